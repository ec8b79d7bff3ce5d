// Table types of the supplementary statements (Art. 16 completion, stores/supplementary-statement-store.ts).
import type { ColumnType } from 'kysely';

export interface SupplementaryStatementTable {
  readonly id: ColumnType<string, string, never>;
  /** The person's subject key (audit/subject-key.ts). */
  readonly subject_key: ColumnType<string, string, never>;
  /** `system.dataset` */
  readonly dataset: ColumnType<string, string, never>;
  /** Keyed hash of the record's key as the source holds it (audit/record-key.ts); never the key. */
  readonly record_hash: ColumnType<string, string, never>;
  /** The fields the statement completes; empty: the record as a whole. */
  readonly fields: ColumnType<string[], readonly string[], never>;
  /** Sealed JSON {text}, bound to the row's id. */
  readonly statement_sealed: ColumnType<string, string, never>;
  readonly request_id: ColumnType<string | null, string | null | undefined, never>;
  readonly created_at: ColumnType<Date, Date, never>;
  readonly created_by: ColumnType<string, string, never>;
  readonly withdrawn_at: ColumnType<Date | null, never, Date>;
}

export interface SupplementaryStatementTables {
  readonly supplementary_statement: SupplementaryStatementTable;
}
