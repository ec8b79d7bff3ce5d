// Table types of the change records and the restriction register (stores/).
import type { ColumnType } from 'kysely';
import type { RestrictionReason } from '../../domain/restriction.ts';

export interface ChangeRecordTable {
  readonly id: ColumnType<string, string, never>;
  readonly dataset: ColumnType<string, string, never>;
  readonly kind: ColumnType<'rectify', 'rectify', never>;
  /** The request (or other step) the change was made for. */
  readonly step_id: ColumnType<string | null, string | null | undefined, never>;
  /** Sealed JSON {key, before, after}; null once erased. */
  readonly values_sealed: ColumnType<string | null, string, null>;
  readonly created_at: ColumnType<Date, Date, never>;
  readonly values_erased_at: ColumnType<Date | null, never, Date>;
}

export interface RestrictionTable {
  readonly id: ColumnType<string, string, never>;
  readonly subject_key: ColumnType<string, string, never>;
  readonly dataset: ColumnType<string, string, never>;
  /** Keyed hash of the record's key; null: every record of the person in the dataset. */
  readonly record_hash: ColumnType<string | null, string | null, never>;
  readonly reason: ColumnType<RestrictionReason, RestrictionReason, never>;
  readonly request_id: ColumnType<string | null, string | null | undefined, never>;
  readonly set_at: ColumnType<Date, Date, never>;
  readonly set_by: ColumnType<string, string, never>;
  readonly lifted_at: ColumnType<Date | null, never, Date>;
  readonly lifted_by: ColumnType<string | null, never, string>;
  /** The notice the person was sent before the lift (a letter id): required to lift. */
  readonly lift_notice: ColumnType<string | null, never, string>;
}

export type ChangeItemKind = 'rectify' | 'complete' | 'erase' | 'restrict' | 'object';
export type ChangeItemStatus = 'proposed' | 'scheduled' | 'done' | 'failed';

export interface ChangeItemTable {
  readonly id: ColumnType<string, string, never>;
  readonly request_id: ColumnType<string, string, never>;
  readonly position: ColumnType<number, number, never>;
  readonly kind: ColumnType<ChangeItemKind, ChangeItemKind, never>;
  readonly dataset: ColumnType<string, string, never>;
  /** Sealed JSON of the record's key as the source holds it; null: the person's whole dataset. */
  readonly key_sealed: ColumnType<string | null, string | null, never>;
  readonly record_hash: ColumnType<string | null, string | null, never>;
  readonly fields: ColumnType<string[], string[] | undefined, never>;
  /** Sealed JSON of what is decided on: {set, expect} (rectify) or {statement} (complete). */
  readonly change_sealed: ColumnType<string | null, string | null, never>;
  readonly decision: ColumnType<'apply' | 'keep', 'apply' | 'keep', 'apply' | 'keep'>;
  /** Why an item is kept: an erasure keep reason or a legal ground id. */
  readonly reason: ColumnType<string | null, string | null, string | null>;
  /** The case handler's own words on the item, sealed. */
  readonly reasons_sealed: ColumnType<string | null, string | null, string | null>;
  readonly restriction_reason: ColumnType<RestrictionReason | null, RestrictionReason | null, never>;
  readonly status: ColumnType<ChangeItemStatus, ChangeItemStatus, ChangeItemStatus>;
  readonly outcome: ColumnType<string | null, never, string | null>;
  readonly error_code: ColumnType<string | null, never, string | null>;
  /** The restriction register rows this item set (lifted with the notice the decision gave). */
  readonly restriction_ids: ColumnType<string[], string[] | undefined, string[]>;
  readonly proposed_by: ColumnType<string, string, never>;
  /** Who refused an item or carried a refused one out after all (four eyes: not the granskare who approves). */
  readonly decided_by: ColumnType<string | null, never, string>;
  readonly proposed_at: ColumnType<Date, Date, never>;
  readonly done_at: ColumnType<Date | null, never, Date | null>;
}

export type ChangeExecutionStatus = 'scheduled' | 'running' | 'waiting' | 'done' | 'failed';

export interface ChangeExecutionTable {
  readonly request_id: ColumnType<string, string, never>;
  readonly status: ColumnType<ChangeExecutionStatus, ChangeExecutionStatus, ChangeExecutionStatus>;
  readonly execute_after: ColumnType<Date, Date, Date>;
  readonly decision_letter_id: ColumnType<string | null, string | null, never>;
  readonly receipt_letter_id: ColumnType<string | null, never, string | null>;
  readonly error_code: ColumnType<string | null, never, string | null>;
  /** Catalog ids of the recipients told of the changes (Art. 19). */
  readonly notified: ColumnType<string[], never, string[]>;
  /** The job of the current run (a retry enqueues another). */
  readonly job_id: ColumnType<number | null, never, number>;
  readonly created_at: ColumnType<Date, Date, never>;
  readonly updated_at: ColumnType<Date, Date, Date>;
}

export interface ChangeTables {
  readonly change_record: ChangeRecordTable;
  readonly restriction: RestrictionTable;
  readonly change_item: ChangeItemTable;
  readonly change_execution: ChangeExecutionTable;
}
