// Puts a letter on the durable outbox in the caller's transaction, with a timeline entry and its
// delivery (digital mailbox or post, operations/delivery): the state change, the letter it causes
// and its sending commit together.
import { randomUUID } from 'node:crypto';
import type { Kysely } from 'kysely';
import type { ContentSealer } from '../../audit/content-sealer.ts';
import type { Database } from '../../db/database-schema.ts';
import { insertLetter } from '../../stores/letter-store.ts';
import type { ExtractModel } from '../../documents/extract-model.ts';
import type { LetterModel } from '../../documents/letters/letter-model.ts';
import { appendRequestEvent } from '../../stores/request-event-store.ts';
import { scheduleDelivery } from '../delivery/schedule-delivery.ts';

export interface QueuedLetter {
  readonly requestId: string;
  readonly language: 'sv' | 'en';
  /** What the letter says (documents/letters), sealed as JSON; rendered when it is read or sent. */
  readonly letter: LetterModel;
  readonly at: Date;
  readonly actor: string;
}

/**
 * Queues the letter and, unless `deliver` is false (it goes out with another letter: the decision
 * with its extract), a delivery of it alone.
 */
export async function queueLetter(
  trx: Kysely<Database>, sealer: ContentSealer, letter: QueuedLetter, options: { readonly deliver?: boolean } = {},
): Promise<string> {
  const id = randomUUID();
  await insertLetter(trx, {
    id, requestId: letter.requestId, kind: letter.letter.kind, language: letter.language,
    contentSealed: sealer.sealJson({ ...letter.letter, language: letter.language }, id), createdAt: letter.at,
  });
  await appendRequestEvent(trx, {
    requestId: letter.requestId, at: letter.at, actor: letter.actor, kind: 'letter', detail: { letter: letter.letter.kind, id },
  });
  if (options.deliver !== false) await scheduleDelivery(trx, { requestId: letter.requestId, letterIds: [id], at: letter.at });
  return id;
}

/** The register extract itself, on the outbox beside its decision letter (its delivery is the caller's). */
export async function queueExtract(
  trx: Kysely<Database>, sealer: ContentSealer,
  input: { readonly requestId: string; readonly language: 'sv' | 'en'; readonly at: Date; readonly actor: string; readonly extract: ExtractModel },
): Promise<string> {
  const id = randomUUID();
  await insertLetter(trx, {
    id, requestId: input.requestId, kind: 'extract', language: input.language,
    contentSealed: sealer.sealJson(input.extract, id), createdAt: input.at,
  });
  await appendRequestEvent(trx, { requestId: input.requestId, at: input.at, actor: input.actor, kind: 'letter', detail: { letter: 'extract', id } });
  return id;
}
