// Table types for durable jobs (engine/). Owned by engine/; declared here so that db/ can
// assemble the whole schema without importing upwards.
import type { ColumnType, Generated } from 'kysely';

/** jsonb: read as parsed JSON, written as a JSON string (pg would turn a JS array into a SQL array). */
type Json<T> = ColumnType<T, string, string>;

export type JobStatus = 'pending' | 'running' | 'done' | 'failed';

export interface JobTable {
  readonly id: Generated<number>;
  readonly kind: ColumnType<string, string, never>;
  readonly version: ColumnType<number, number, never>;
  readonly payload: ColumnType<unknown, string, never>;
  readonly status: ColumnType<JobStatus, JobStatus | undefined, JobStatus>;
  readonly attempts: ColumnType<number, number | undefined, number>;
  readonly max_attempts: ColumnType<number, number, never>;
  readonly run_after: ColumnType<Date, Date | undefined, Date>;
  readonly locked_by: string | null;
  readonly locked_until: ColumnType<Date | null, Date | null | undefined, Date | null>;
  /** An error code from the error catalogue (or INTERNAL), never a message. */
  readonly last_error_code: string | null;
  readonly idempotency_key: ColumnType<string | null, string | null | undefined, never>;
  readonly created_at: ColumnType<Date, Date | undefined, never>;
  readonly finished_at: ColumnType<Date | null, Date | null | undefined, Date | null>;
}

export interface JobStepTable {
  readonly job_id: ColumnType<number, number, never>;
  readonly name: ColumnType<string, string, never>;
  readonly result: Json<unknown>;
  readonly completed_at: ColumnType<Date, Date | undefined, never>;
}

export interface JobTables {
  readonly job: JobTable;
  readonly job_step: JobStepTable;
}
