// Reading processing-log rows back as events, for verification. Two things the hash cannot see
// are read as the database stores them: detail (jsonb text, so that a number such as
// 3.0000000000000001 is not read as 3) and whether occurred_at has digits below the millisecond.
import { sql, type Kysely, type Selectable } from 'kysely';
import type { Database } from '../db/database-schema.ts';
import type { ProcessingLogTable } from '../db/tables/processing-log-tables.ts';
import type { EventDetail, ProcessingKind, ProcessingOutcome, StoredEvent } from './processing-event.ts';

export type LogRow = Omit<Selectable<ProcessingLogTable>, 'detail'> & {
  /** detail as the database stores it (jsonb text). */
  readonly detail_text: string;
  /** occurred_at has nothing below the millisecond (the hash covers milliseconds only). */
  readonly whole_ms: boolean;
};

/** A query for log rows as `LogRow`; add where, order and limit. */
export function selectLogRows(db: Kysely<Database>) {
  return db.selectFrom('processing_log').select([
    'id', 'chain', 'seq', 'occurred_at', 'actor', 'purpose', 'legal_basis', 'kind', 'subject_key', 'datasets',
    'fields', 'step_id', 'outcome_of', 'outcome', 'prev_hash', 'hash', 'key_version',
    sql<string>`detail::text`.as('detail_text'),
    sql<boolean>`occurred_at = date_trunc('milliseconds', occurred_at)`.as('whole_ms'),
  ]);
}

/** The detail, or undefined when a number in it is not a safe integer written plainly (as the log writes them). */
function exactDetail(text: string): EventDetail | undefined {
  let exact = true;
  const detail = JSON.parse(text, (_key, value: unknown, context?: { source?: string }) => {
    if (typeof value === 'number' && !(Number.isSafeInteger(value) && String(value) === context?.source)) exact = false;
    return value;
  }) as EventDetail;
  return exact ? detail : undefined;
}

/** The event as stored, or undefined when it holds a value its hash could not cover. */
export function storedEventOf(row: LogRow): StoredEvent | undefined {
  const detail = exactDetail(row.detail_text);
  if (!detail || !row.whole_ms) return undefined;
  return {
    keyVersion: Number(row.key_version), id: Number(row.id), chain: row.chain, seq: Number(row.seq),
    occurredAt: new Date(row.occurred_at), actor: row.actor, purpose: row.purpose, legalBasis: row.legal_basis,
    kind: row.kind as ProcessingKind, subjectKey: row.subject_key, datasets: row.datasets, fields: row.fields,
    stepId: row.step_id, outcomeOf: row.outcome_of === null ? null : Number(row.outcome_of),
    outcome: row.outcome as ProcessingOutcome | null, detail, prevHash: row.prev_hash, hash: row.hash,
  };
}
