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

export interface ChangeTables {
  readonly change_record: ChangeRecordTable;
  readonly restriction: RestrictionTable;
}
