// Reading processing-log rows back as events, for verification.
import type { Selectable } from 'kysely';
import type { ProcessingLogTable } from '../db/tables/processing-log-tables.ts';
import type { ProcessingKind, ProcessingOutcome, StoredEvent } from './processing-event.ts';

export type LogRow = Selectable<ProcessingLogTable>;

export function storedEventOf(row: LogRow): StoredEvent {
  return {
    id: Number(row.id), chain: row.chain, seq: Number(row.seq), occurredAt: new Date(row.occurred_at),
    actor: row.actor, purpose: row.purpose, legalBasis: row.legal_basis, kind: row.kind as ProcessingKind,
    subjectKey: row.subject_key, datasets: row.datasets, fields: row.fields, stepId: row.step_id,
    outcomeOf: row.outcome_of === null ? null : Number(row.outcome_of), outcome: row.outcome as ProcessingOutcome | null,
    detail: row.detail, prevHash: row.prev_hash, hash: row.hash,
  };
}
