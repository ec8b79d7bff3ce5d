// Letters on the durable outbox: written in the same transaction as the state change that causes
// them; delivery (digital mailbox or post) takes them from here. The content is the letter's
// model as JSON, sealed, because letters can hold personal data.
import type { Kysely } from 'kysely';
import type { Database } from '../db/database-schema.ts';
import type { DeliveryStatus, LetterKind } from '../db/tables/request-tables.ts';

export type { DeliveryStatus, LetterKind };

export interface NewLetter {
  readonly id: string;
  readonly requestId: string;
  readonly kind: LetterKind;
  readonly language: 'sv' | 'en';
  readonly contentSealed: string;
  readonly createdAt: Date;
}

export interface LetterRecord extends NewLetter {
  readonly deliveryStatus: DeliveryStatus;
  readonly deliveredAt: Date | null;
}

export type LetterSummary = Omit<LetterRecord, 'contentSealed'>;

export async function insertLetter(trx: Kysely<Database>, letter: NewLetter): Promise<void> {
  await trx.insertInto('letter').values({
    id: letter.id, request_id: letter.requestId, kind: letter.kind, language: letter.language,
    content_sealed: letter.contentSealed, created_at: letter.createdAt,
  }).execute();
}

/** The request's letters without their content, oldest first. */
export async function listLetters(db: Kysely<Database>, requestId: string): Promise<LetterSummary[]> {
  const rows = await db.selectFrom('letter')
    .select(['id', 'request_id', 'kind', 'language', 'created_at', 'delivery_status', 'delivered_at'])
    .where('request_id', '=', requestId).orderBy('created_at').orderBy('id').execute();
  return rows.map((row) => ({
    id: row.id, requestId: row.request_id, kind: row.kind, language: row.language, createdAt: row.created_at,
    deliveryStatus: row.delivery_status, deliveredAt: row.delivered_at,
  }));
}

/** One letter of one request (both ids must match), with its sealed content. */
export async function findLetter(db: Kysely<Database>, requestId: string, letterId: string): Promise<LetterRecord | undefined> {
  const row = await db.selectFrom('letter').selectAll().where('request_id', '=', requestId).where('id', '=', letterId).executeTakeFirst();
  if (!row) return undefined;
  return {
    id: row.id, requestId: row.request_id, kind: row.kind, language: row.language, contentSealed: row.content_sealed,
    createdAt: row.created_at, deliveryStatus: row.delivery_status, deliveredAt: row.delivered_at,
  };
}
