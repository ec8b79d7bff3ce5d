// The sealed values before and after each change made in a source system (issue 6). The
// processing log names a row's id; the values can be erased later, leaving the row.
import type { Kysely } from 'kysely';
import type { Database } from '../db/database-schema.ts';

export interface NewChangeRecord {
  readonly id: string;
  readonly dataset: string;
  readonly kind: 'rectify';
  readonly stepId: string | null;
  readonly valuesSealed: string;
  readonly at: Date;
}

export interface ChangeRecord {
  readonly id: string;
  readonly dataset: string;
  readonly kind: 'rectify';
  readonly stepId: string | null;
  /** Null once erased. */
  readonly valuesSealed: string | null;
  readonly createdAt: Date;
  readonly valuesErasedAt: Date | null;
}

export async function insertChangeRecord(db: Kysely<Database>, record: NewChangeRecord): Promise<void> {
  await db.insertInto('change_record').values({
    id: record.id, dataset: record.dataset, kind: record.kind, step_id: record.stepId, values_sealed: record.valuesSealed, created_at: record.at,
  }).execute();
}

export async function findChangeRecord(db: Kysely<Database>, id: string): Promise<ChangeRecord | undefined> {
  const row = await db.selectFrom('change_record').selectAll().where('id', '=', id).executeTakeFirst();
  return row ? {
    id: row.id, dataset: row.dataset, kind: row.kind, stepId: row.step_id, valuesSealed: row.values_sealed,
    createdAt: row.created_at, valuesErasedAt: row.values_erased_at,
  } : undefined;
}

/** Empties the values of a change (the row and its id stay, so the log's reference still resolves). */
export async function eraseChangeValues(db: Kysely<Database>, id: string, at: Date): Promise<boolean> {
  const result = await db.updateTable('change_record').set({ values_sealed: null, values_erased_at: at })
    .where('id', '=', id).where('values_sealed', 'is not', null).executeTakeFirst();
  return Number(result.numUpdatedRows) === 1;
}
