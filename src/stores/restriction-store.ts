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

export async function insertRestriction(db: Kysely<Database>, restriction: NewRestriction): Promise<void> {
  await db.insertInto('restriction').values({
    id: restriction.id, subject_key: restriction.subjectKey, dataset: restriction.dataset, record_hash: restriction.recordHash,
    reason: restriction.reason, request_id: restriction.requestId, set_at: restriction.at, set_by: restriction.by,
  }).execute();
}

/** Whether an active restriction covers every record of the person in the dataset. */
export async function wholeDatasetRestricted(db: Kysely<Database>, subjectKey: string, dataset: string): Promise<boolean> {
  const row = await db.selectFrom('restriction').select('id')
    .where('subject_key', '=', subjectKey).where('dataset', '=', dataset).where('record_hash', 'is', null).where('lifted_at', 'is', null)
    .limit(1).executeTakeFirst();
  return row !== undefined;
}

/** Which of the record hashes of the dataset an active restriction covers (whoever they belong to). */
export async function restrictedRecords(db: Kysely<Database>, dataset: string, hashes: readonly string[]): Promise<ReadonlySet<string>> {
  const found = new Set<string>();
  for (let start = 0; start < hashes.length; start += 500) {
    const rows = await db.selectFrom('restriction').select('record_hash')
      .where('dataset', '=', dataset).where('record_hash', 'in', hashes.slice(start, start + 500)).where('lifted_at', 'is', null).execute();
    for (const row of rows) if (row.record_hash) found.add(row.record_hash);
  }
  return found;
}

/** Lifts an active restriction after the person was told (`notice`: the letter's id); false when there is none. */
export async function liftRestriction(db: Kysely<Database>, id: string, lift: { readonly at: Date; readonly by: string; readonly notice: string }): Promise<boolean> {
  const result = await db.updateTable('restriction').set({ lifted_at: lift.at, lifted_by: lift.by, lift_notice: lift.notice })
    .where('id', '=', id).where('lifted_at', 'is', null).executeTakeFirst();
  return Number(result.numUpdatedRows) === 1;
}

/** Which of the ids are active restrictions (a lift run again finds none left). */
export async function activeRestrictionIds(db: Kysely<Database>, ids: readonly string[]): Promise<string[]> {
  if (ids.length === 0) return [];
  const rows = await db.selectFrom('restriction').select('id').where('id', 'in', [...ids]).where('lifted_at', 'is', null).execute();
  return rows.map((row) => row.id);
}

/** The active restrictions a request set on a dataset (one record, or the whole dataset and each record when `recordHash` is null). */
export async function requestRestrictionIds(
  db: Kysely<Database>, input: { readonly requestId: string; readonly dataset: string; readonly recordHash: string | null; readonly reason: RestrictionReason },
): Promise<string[]> {
  const query = db.selectFrom('restriction').select(['id', 'record_hash']).where('request_id', '=', input.requestId).where('dataset', '=', input.dataset)
    .where('reason', '=', input.reason).where('lifted_at', 'is', null);
  if (input.recordHash !== null) return (await query.where('record_hash', '=', input.recordHash).execute()).map((row) => row.id);
  // A whole dataset: written once its dataset-level row exists (restrictData writes it with the records', in one transaction).
  const rows = await query.execute();
  return rows.some((row) => row.record_hash === null) ? rows.map((row) => row.id) : [];
}

export interface ActiveRestriction {
  readonly id: string;
  readonly subjectKey: string;
  readonly dataset: string;
  readonly recordHash: string | null;
}

/** The active restrictions among these ids: whose, which dataset, which record (null: the whole dataset). */
export async function activeRestrictions(db: Kysely<Database>, ids: readonly string[]): Promise<ActiveRestriction[]> {
  if (ids.length === 0) return [];
  const rows = await db.selectFrom('restriction').select(['id', 'subject_key', 'dataset', 'record_hash'])
    .where('id', 'in', [...ids]).where('lifted_at', 'is', null).execute();
  return rows.map((row) => ({ id: row.id, subjectKey: row.subject_key, dataset: row.dataset, recordHash: row.record_hash }));
}

/**
 * What stays restricted once the restrictions `except` are lifted: whether another active one covers
 * the person's whole dataset, and which of these record hashes another active one covers.
 */
export async function remainingRestrictions(
  db: Kysely<Database>, input: { readonly subjectKey: string; readonly dataset: string; readonly hashes: readonly string[]; readonly except: readonly string[] },
): Promise<{ readonly whole: boolean; readonly records: ReadonlySet<string> }> {
  let whole = db.selectFrom('restriction').select('id').where('subject_key', '=', input.subjectKey).where('dataset', '=', input.dataset)
    .where('record_hash', 'is', null).where('lifted_at', 'is', null);
  if (input.except.length > 0) whole = whole.where('id', 'not in', [...input.except]);
  const records = new Set<string>();
  for (let start = 0; start < input.hashes.length; start += 500) {
    let query = db.selectFrom('restriction').select('record_hash').where('dataset', '=', input.dataset)
      .where('record_hash', 'in', input.hashes.slice(start, start + 500)).where('lifted_at', 'is', null);
    if (input.except.length > 0) query = query.where('id', 'not in', [...input.except]);
    for (const row of await query.execute()) if (row.record_hash) records.add(row.record_hash);
  }
  return { whole: (await whole.limit(1).executeTakeFirst()) !== undefined, records };
}
