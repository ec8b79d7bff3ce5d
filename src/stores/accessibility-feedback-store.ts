// Accessibility feedback (meddelandefunktion): what visitors report about the website's
// accessibility. The message and contact details arrive sealed; this store neither seals nor opens them.
import type { Kysely } from 'kysely';
import type { Database } from '../db/database-schema.ts';

export interface AccessibilityFeedbackRow {
  readonly id: string;
  readonly receivedAt: Date;
  readonly language: 'sv' | 'en';
  readonly messageSealed: string;
  readonly contactSealed: string | null;
}

export async function insertAccessibilityFeedback(db: Kysely<Database>, row: AccessibilityFeedbackRow): Promise<void> {
  await db.insertInto('accessibility_feedback').values({
    id: row.id, received_at: row.receivedAt, language: row.language, message_sealed: row.messageSealed, contact_sealed: row.contactSealed,
  }).execute();
}

/** The newest `limit` messages, newest first, and how many there are in all. */
export async function latestAccessibilityFeedback(db: Kysely<Database>, limit: number): Promise<{ rows: AccessibilityFeedbackRow[]; total: number }> {
  const rows = await db.selectFrom('accessibility_feedback')
    .select(['id', 'received_at', 'language', 'message_sealed', 'contact_sealed'])
    .orderBy('received_at', 'desc').orderBy('id', 'desc').limit(limit).execute();
  const { total } = await db.selectFrom('accessibility_feedback').select((eb) => eb.fn.countAll<string | number>().as('total')).executeTakeFirstOrThrow();
  return {
    rows: rows.map((row) => ({
      id: row.id, receivedAt: row.received_at, language: row.language === 'en' ? 'en' : 'sv',
      messageSealed: row.message_sealed, contactSealed: row.contact_sealed,
    })),
    total: Number(total),
  };
}
