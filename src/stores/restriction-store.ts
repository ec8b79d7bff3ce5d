// The restriction register (Art. 18, R20): which data of a person may only be stored. A whole
// dataset of the person, or one record named by a keyed hash of its key. Lifting needs the notice
// the person was sent first (the database refuses a lift without one).
import type { Kysely } from 'kysely';
import type { Database } from '../db/database-schema.ts';
import type { RestrictionReason } from '../domain/restriction.ts';

export interface NewRestriction {
  readonly id: string;
  readonly subjectKey: string;
  readonly dataset: string;
  /** Null: every record of the person in the dataset. */
  readonly recordHash: string | null;
  readonly reason: RestrictionReason;
  readonly requestId: string | null;
  readonly at: Date;
  readonly by: string;
}

export interface ActiveRestrictions {
  /** Every record of the person in the dataset is restricted. */
  readonly whole: boolean;
  /** Keyed hashes of the restricted records. */
  readonly records: ReadonlySet<string>;
}

export async function insertRestriction(db: Kysely<Database>, restriction: NewRestriction): Promise<void> {
  await db.insertInto('restriction').values({
    id: restriction.id, subject_key: restriction.subjectKey, dataset: restriction.dataset, record_hash: restriction.recordHash,
    reason: restriction.reason, request_id: restriction.requestId, set_at: restriction.at, set_by: restriction.by,
  }).execute();
}

export async function activeRestrictions(db: Kysely<Database>, subjectKey: string, dataset: string): Promise<ActiveRestrictions> {
  const rows = await db.selectFrom('restriction').select('record_hash')
    .where('subject_key', '=', subjectKey).where('dataset', '=', dataset).where('lifted_at', 'is', null).execute();
  return {
    whole: rows.some((row) => row.record_hash === null),
    records: new Set(rows.flatMap((row) => (row.record_hash === null ? [] : [row.record_hash]))),
  };
}

/** Lifts an active restriction after the person was told (`notice`: the letter's id); false when there is none. */
export async function liftRestriction(db: Kysely<Database>, id: string, lift: { readonly at: Date; readonly by: string; readonly notice: string }): Promise<boolean> {
  const result = await db.updateTable('restriction').set({ lifted_at: lift.at, lifted_by: lift.by, lift_notice: lift.notice })
    .where('id', '=', id).where('lifted_at', 'is', null).executeTakeFirst();
  return Number(result.numUpdatedRows) === 1;
}
