// Table types of the request aggregate (stores/). Declared here so that db/ can assemble the
// whole schema without importing upwards.
import type { ColumnType } from 'kysely';

/** jsonb: read as parsed JSON, written as a JSON string. */
type Json<T> = ColumnType<T, string, string>;

export type RequestRight = 'access' | 'rectification' | 'erasure' | 'restriction' | 'objection';
export type RequestStatus = 'received' | 'collecting' | 'waiting' | 'review' | 'ready' | 'completed' | 'failed';
export type RequestChannel = 'e-service' | 'letter' | 'phone' | 'cli';
export type StepStatus = 'pending' | 'waiting' | 'done' | 'failed';

export interface RequestTable {
  readonly id: ColumnType<string, string, never>;
  readonly right_kind: ColumnType<RequestRight, RequestRight, never>;
  readonly status: RequestStatus;
  readonly channel: ColumnType<RequestChannel, RequestChannel, never>;
  readonly language: 'sv' | 'en';
  /** Keyed hash of the normalised personnummer (audit/subject-key.ts). */
  readonly subject_key: ColumnType<string, string, never>;
  /** The personnummer sealed with AES-GCM (audit/subject-sealer.ts). */
  readonly subject_sealed: ColumnType<string, string, never>;
  /** Ids of the systems the request waits for. */
  readonly waiting_for: ColumnType<readonly string[], string | undefined, string>;
  readonly error_code: string | null;
  readonly received_at: ColumnType<Date, Date, never>;
  readonly due_at: Date;
  readonly completed_at: Date | null;
  readonly updated_at: ColumnType<Date, Date | undefined, Date>;
}

export interface RequestStepTable {
  readonly request_id: ColumnType<string, string, never>;
  readonly name: ColumnType<string, string, never>;
  readonly status: StepStatus;
  readonly error_code: string | null;
  readonly detail: ColumnType<Readonly<Record<string, unknown>>, string | undefined, string>;
  readonly updated_at: ColumnType<Date, Date | undefined, Date>;
}

export interface ExtractPartTable {
  readonly request_id: ColumnType<string, string, never>;
  readonly dataset: ColumnType<string, string, never>;
  readonly items: Json<unknown>;
  readonly collected_at: ColumnType<Date, Date | undefined, Date>;
}

export interface ReviewItemTable {
  readonly request_id: ColumnType<string, string, never>;
  readonly dataset: ColumnType<string, string, never>;
  readonly item_key: ColumnType<string, string, never>;
  readonly kinds: Json<readonly string[]>;
  readonly proposal: ColumnType<unknown, string | null | undefined, string | null>;
  readonly proposed_by: string | null;
  readonly proposed_at: Date | null;
  readonly approved_by: string | null;
  readonly approved_at: Date | null;
}

export interface RequestTables {
  readonly request: RequestTable;
  readonly request_step: RequestStepTable;
  readonly extract_part: ExtractPartTable;
  readonly review_item: ReviewItemTable;
}
