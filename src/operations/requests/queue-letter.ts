// Puts a letter on the durable outbox in the caller's transaction, with a timeline entry: the
// state change and the letter it causes commit together, and delivery takes it from there.
import { randomUUID } from 'node:crypto';
import type { Kysely } from 'kysely';
import type { ContentSealer } from '../../audit/content-sealer.ts';
import type { Database } from '../../db/database-schema.ts';
import { insertLetter, type LetterKind } from '../../stores/letter-store.ts';
import { appendRequestEvent } from '../../stores/request-event-store.ts';

export interface QueuedLetter {
  readonly requestId: string;
  readonly kind: LetterKind;
  readonly language: 'sv' | 'en';
  /** The letter's model (documents/letters), sealed as JSON. */
  readonly model: unknown;
  readonly at: Date;
  readonly actor: string;
}

export async function queueLetter(trx: Kysely<Database>, sealer: ContentSealer, letter: QueuedLetter): Promise<string> {
  const id = randomUUID();
  await insertLetter(trx, {
    id, requestId: letter.requestId, kind: letter.kind, language: letter.language,
    contentSealed: sealer.sealJson(letter.model, id), createdAt: letter.at,
  });
  await appendRequestEvent(trx, {
    requestId: letter.requestId, at: letter.at, actor: letter.actor, kind: 'letter', detail: { letter: letter.kind, id },
  });
  return id;
}
