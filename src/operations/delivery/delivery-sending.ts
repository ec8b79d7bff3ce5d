// What one sending of a delivery works with: the dependencies, the recipient, the delivery with its
// request and letters, and the letters unsealed into documents. Shared by the mailbox and post ways.
import type { Kysely } from 'kysely';
import type { ContentSealer } from '../../audit/content-sealer.ts';
import type { SubjectSealer } from '../../audit/subject-sealer.ts';
import type { Catalog } from '../../catalog/catalog-types.ts';
import type { Database } from '../../db/database-schema.ts';
import type { OutboxDocument } from '../../documents/outbox-document.ts';
import type { ExtractModel } from '../../documents/extract-model.ts';
import type { LetterModel } from '../../documents/letters/letter-model.ts';
import type { IdentityNumber } from '../../domain/personnummer.ts';
import type { MailboxKeys } from '../../delivery/mailbox/mailbox-keys.ts';
import type { MailboxService } from '../../delivery/mailbox/mailbox-client.ts';
import type { DeliveryLetter, DeliveryRecord } from '../../stores/delivery-store.ts';
import type { RequestRecord } from '../../stores/request-store.ts';
import type { TransitionLogPort } from '../requests/move-request.ts';
import type { PopulationRegister } from './population-register.ts';

export const DELIVERY_ACTOR = 'insyn-delivery';

export interface DeliveryDependencies {
  readonly db: Kysely<Database>;
  readonly catalog: Catalog;
  readonly processingLog: TransitionLogPort;
  readonly sealer: SubjectSealer;
  readonly contentSealer: ContentSealer;
  readonly clock: () => Date;
  readonly register: PopulationRegister;
  /** The digital-mailbox service and the keys that sign and seal; undefined: every letter goes by post. */
  readonly mailbox: { readonly service: MailboxService; readonly keys: () => MailboxKeys } | undefined;
  readonly printDir: string;
  /** After this long without the mailbox service taking a letter, it goes by post. */
  readonly fallbackAfterMs: number;
}

export type DeliveryOutcome = 'sent' | 'held' | 'failed' | 'done-before';

export interface Recipient {
  readonly identity: IdentityNumber;
  readonly kind: 'subject' | 'representative';
}

export function openDocument(deps: DeliveryDependencies, letter: DeliveryLetter): OutboxDocument {
  return letter.kind === 'extract'
    ? { kind: 'extract', model: deps.contentSealer.openJson<ExtractModel>(letter.contentSealed, letter.id) }
    : { kind: 'letter', model: deps.contentSealer.openJson<LetterModel>(letter.contentSealed, letter.id) };
}

export interface Sending {
  readonly delivery: DeliveryRecord;
  readonly request: RequestRecord;
  readonly recipient: Recipient;
  readonly letters: readonly DeliveryLetter[];
  readonly language: 'sv' | 'en';
}
