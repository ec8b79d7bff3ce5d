// Table types of the request aggregate (stores/). Declared here so that db/ can assemble the
// whole schema without importing upwards; the kinds they hold are the domain's.
import type { ColumnType } from 'kysely';
import type { DecisionOutcome } from '../../domain/decision.ts';
import type {
  ExtensionReason, IdentityMethod, LetterKind, RepresentationProof, RequestChannel, RequesterKind, RequestRight,
} from '../../domain/request-kinds.ts';
import type { LifecycleStatus } from '../../domain/request-lifecycle.ts';

export type {
  DecisionOutcome, ExtensionReason, IdentityMethod, LetterKind, RepresentationProof, RequestChannel, RequesterKind, RequestRight,
};
export type RequestStatus = LifecycleStatus;

/** jsonb: read as parsed JSON, written as a JSON string. */
type Json<T> = ColumnType<T, string, string>;

export type StepStatus = 'pending' | 'waiting' | 'done' | 'failed';

export interface RequestTable {
  readonly id: ColumnType<string, string, never>;
  readonly right_kind: ColumnType<RequestRight, RequestRight, never>;
  readonly status: RequestStatus;
  readonly channel: ColumnType<RequestChannel, RequestChannel, never>;
  readonly language: 'sv' | 'en';
  /** Keyed hash of the normalised personnummer (audit/subject-key.ts); null until a foreign eID request is matched. */
  readonly subject_key: ColumnType<string | null, string | null, string | null>;
  /** The personnummer sealed with AES-GCM (audit/subject-sealer.ts). */
  readonly subject_sealed: ColumnType<string | null, string | null, string | null>;
  /** Ids of the systems the request waits for. */
  readonly waiting_for: ColumnType<readonly string[], string | undefined, string>;
  readonly error_code: string | null;
  readonly received_at: ColumnType<Date, Date, never>;
  readonly due_at: Date;
  readonly completed_at: Date | null;
  readonly updated_at: ColumnType<Date, Date | undefined, Date>;
  readonly case_number: ColumnType<string | null, string | undefined, never>;
  /** Keyed hash of whoever made the request (the person, or their representative). */
  readonly requester_key: ColumnType<string | null, string | null | undefined, string | null>;
  readonly requester_kind: ColumnType<RequesterKind, RequesterKind | undefined, never>;
  /** Sealed JSON: the representative's identity, or a foreign eID's claims. */
  readonly requester_sealed: ColumnType<string | null, string | null | undefined, string | null>;
  readonly representation_proof: ColumnType<RepresentationProof | null, RepresentationProof | null | undefined, never>;
  readonly identity_method: ColumnType<IdentityMethod, IdentityMethod | undefined, IdentityMethod>;
  /** Sealed JSON: which data, in which context, the proposed correction. */
  readonly details_sealed: ColumnType<string | null, string | null | undefined, never>;
  readonly answer_format: ColumnType<'electronic' | 'paper', 'electronic' | 'paper' | undefined, never>;
  readonly original_due_at: ColumnType<Date | null, Date | null | undefined, never>;
  readonly extended_at: Date | null;
  readonly extension_reason: ExtensionReason | null;
  readonly extension_sealed: string | null;
  readonly paused_from: RequestStatus | null;
  readonly paused_at: Date | null;
  /** Calendar days the request has been paused in all; the deadline moves on by as many. */
  readonly paused_days: ColumnType<number, number | undefined, number>;
  readonly duplicate_of: ColumnType<string | null, string | null | undefined, never>;
  readonly assigned_to: string | null;
  readonly protected: ColumnType<boolean, boolean | undefined, boolean>;
  readonly reminded_at: Date | null;
  readonly overdue_alerted_at: Date | null;
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

export interface RequestEventTable {
  readonly id: ColumnType<number, never, never>;
  readonly request_id: ColumnType<string, string, never>;
  readonly at: ColumnType<Date, Date, never>;
  /** Pseudonymous: `staff:<id>`, `e-service`, `worker`, `cli`. */
  readonly actor: ColumnType<string, string, never>;
  readonly kind: ColumnType<string, string, never>;
  readonly from_status: ColumnType<RequestStatus | null, RequestStatus | null | undefined, never>;
  readonly to_status: ColumnType<RequestStatus | null, RequestStatus | null | undefined, never>;
  /** Never personal data. */
  readonly detail: ColumnType<Readonly<Record<string, string | number | boolean>>, string | undefined, never>;
}

export interface DecisionTable {
  readonly request_id: ColumnType<string, string, never>;
  readonly outcome: DecisionOutcome;
  readonly content_sealed: string;
  readonly proposed_by: string;
  readonly proposed_at: Date;
  readonly approved_by: string | null;
  readonly approved_at: Date | null;
}

export type DeliveryStatus = 'pending' | 'sent' | 'failed';

export interface LetterTable {
  readonly id: ColumnType<string, string, never>;
  readonly request_id: ColumnType<string, string, never>;
  readonly kind: ColumnType<LetterKind, LetterKind, never>;
  readonly language: ColumnType<'sv' | 'en', 'sv' | 'en', never>;
  /** Sealed JSON of the letter's model (documents/letters). */
  readonly content_sealed: ColumnType<string, string, never>;
  readonly created_at: ColumnType<Date, Date, never>;
  readonly delivery_status: ColumnType<DeliveryStatus, DeliveryStatus | undefined, DeliveryStatus>;
  readonly delivered_at: Date | null;
  /** The delivery (digital mailbox or post) that carries the letter. */
  readonly delivery_id: ColumnType<string | null, string | null | undefined, string | null>;
}

export interface RequestTables {
  readonly request: RequestTable;
  readonly request_event: RequestEventTable;
  readonly decision: DecisionTable;
  readonly letter: LetterTable;
  readonly case_number_counter: { readonly year: number; readonly last_value: number };
  readonly request_step: RequestStepTable;
  readonly extract_part: ExtractPartTable;
  readonly review_item: ReviewItemTable;
}
