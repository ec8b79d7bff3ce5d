// Table types for the processing log (audit/). Owned by audit/; declared here so that
// db/ can assemble the whole schema without importing upwards. Nothing here is ever updated:
// the log, its checkpoints and signing keys are append-only (the head moves with each append).
import type { ColumnType, Generated } from 'kysely';

type Insert<T> = ColumnType<T, T, never>;
/** jsonb: read as parsed JSON, written as a JSON string (pg would turn a JS array into a SQL array). */
type Json<T> = ColumnType<T, string, never>;

export interface ProcessingLogTable {
  /** Allocated by the appender from the identity sequence, so that it is sealed in the hash. */
  readonly id: Insert<number>;
  readonly chain: Insert<string>;
  readonly seq: Insert<number>;
  readonly occurred_at: ColumnType<Date, Date, never>;
  readonly actor: Insert<string>;
  readonly purpose: Insert<string>;
  readonly legal_basis: Insert<string>;
  readonly kind: Insert<string>;
  readonly subject_key: Insert<string | null>;
  readonly datasets: Json<string[]>;
  readonly fields: Json<string[]>;
  readonly step_id: Insert<string | null>;
  readonly outcome_of: Insert<number | null>;
  readonly outcome: Insert<string | null>;
  readonly detail: Json<Record<string, string | number | boolean>>;
  readonly prev_hash: Insert<string>;
  readonly hash: Insert<string>;
  /** The version of the chain-hash key the event is hashed with (0: written unkeyed, before migration 0002). */
  readonly key_version: Insert<number>;
}

export interface ProcessingLogHeadTable {
  readonly chain: ColumnType<string, string, never>;
  readonly seq: number;
  readonly hash: string;
}

export interface ProcessingLogCheckpointTable {
  readonly id: Generated<number>;
  readonly chain: Insert<string>;
  readonly seq: Insert<number>;
  readonly hash: Insert<string>;
  readonly signed_at: ColumnType<Date, Date, never>;
  readonly key_id: Insert<string>;
  /** Ed25519 signature, base64. */
  readonly signature: Insert<string>;
}

export interface ProcessingLogSigningKeyTable {
  readonly key_id: Insert<string>;
  /** SPKI PEM. */
  readonly public_key: Insert<string>;
  readonly created_at: ColumnType<Date, Date | undefined, never>;
}

export interface ProcessingLogTables {
  readonly processing_log: ProcessingLogTable;
  readonly processing_log_head: ProcessingLogHeadTable;
  readonly processing_log_checkpoint: ProcessingLogCheckpointTable;
  readonly processing_log_signing_key: ProcessingLogSigningKeyTable;
}
