// Supplementary statements (Art. 16 completion): a person's statement linked to one record of a
// dataset (named by a keyed hash of its key) and, optionally, to the fields it completes. The text
// is stored sealed; this store neither seals nor opens it.
import type { Kysely } from 'kysely';
import type { Database } from '../db/database-schema.ts';

export interface SupplementaryStatementRow {
  readonly id: string;
  readonly subjectKey: string;
  /** `system.dataset` */
  readonly dataset: string;
  readonly recordHash: string;
  /** Empty: the record as a whole. */
  readonly fields: readonly string[];
  readonly statementSealed: string;
  readonly requestId: string | null;
  readonly createdAt: Date;
  readonly createdBy: string;
}

export async function insertSupplementaryStatement(db: Kysely<Database>, row: SupplementaryStatementRow): Promise<void> {
  await db.insertInto('supplementary_statement').values({
    id: row.id, subject_key: row.subjectKey, dataset: row.dataset, record_hash: row.recordHash, fields: [...row.fields],
    statement_sealed: row.statementSealed, request_id: row.requestId, created_at: row.createdAt, created_by: row.createdBy,
  }).onConflict((conflict) => conflict.column('id').doNothing()).execute();
}

/** The person's statements that are not withdrawn, oldest first. */
export async function statementsOfSubject(db: Kysely<Database>, subjectKey: string): Promise<SupplementaryStatementRow[]> {
  const rows = await db.selectFrom('supplementary_statement')
    .select(['id', 'subject_key', 'dataset', 'record_hash', 'fields', 'statement_sealed', 'request_id', 'created_at', 'created_by'])
    .where('subject_key', '=', subjectKey).where('withdrawn_at', 'is', null)
    .orderBy('created_at').orderBy('id').execute();
  return rows.map((row) => ({
    id: row.id, subjectKey: row.subject_key, dataset: row.dataset, recordHash: row.record_hash, fields: row.fields,
    statementSealed: row.statement_sealed, requestId: row.request_id, createdAt: row.created_at, createdBy: row.created_by,
  }));
}
