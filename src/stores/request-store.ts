// The request aggregate in Insyn's own database: a request (whose, which right, status, the case
// around it) and its visible steps. Functions take a Kysely instance or a transaction, so an
// operation can write the change, its log event and the jobs it causes in one transaction.
import type { Kysely, Selectable } from 'kysely';
import type { Database } from '../db/database-schema.ts';
import type {
  ExtensionReason, IdentityMethod, RepresentationProof, RequestChannel, RequesterKind, RequestRight, RequestStatus,
  RequestTable, StepStatus,
} from '../db/tables/request-tables.ts';

export type {
  ExtensionReason, IdentityMethod, RepresentationProof, RequestChannel, RequesterKind, RequestRight, RequestStatus, StepStatus,
};

export interface NewRequest {
  readonly id: string;
  readonly right: RequestRight;
  readonly channel: RequestChannel;
  readonly language: 'sv' | 'en';
  /** Null for a foreign eID request until a case handler matches the person. */
  readonly subjectKey: string | null;
  readonly subjectSealed: string | null;
  readonly receivedAt: Date;
  readonly dueAt: Date;
  readonly status?: RequestStatus;
  readonly caseNumber?: string;
  readonly requesterKey?: string | null;
  readonly requesterKind?: RequesterKind;
  readonly requesterSealed?: string | null;
  readonly representationProof?: RepresentationProof | null;
  readonly identityMethod?: IdentityMethod;
  readonly detailsSealed?: string | null;
  readonly answerFormat?: 'electronic' | 'paper';
  readonly duplicateOf?: string | null;
  readonly protected?: boolean;
  /** Set when the request is answered at intake (a duplicate of an open one). */
  readonly completedAt?: Date | null;
}

export interface RequestRecord {
  readonly id: string;
  readonly right: RequestRight;
  readonly channel: RequestChannel;
  readonly language: 'sv' | 'en';
  readonly subjectKey: string | null;
  readonly subjectSealed: string | null;
  readonly receivedAt: Date;
  readonly dueAt: Date;
  readonly status: RequestStatus;
  readonly waitingFor: readonly string[];
  readonly errorCode: string | null;
  readonly completedAt: Date | null;
  readonly updatedAt: Date;
  readonly caseNumber: string | null;
  readonly requesterKey: string | null;
  readonly requesterKind: RequesterKind;
  readonly requesterSealed: string | null;
  readonly representationProof: RepresentationProof | null;
  readonly identityMethod: IdentityMethod;
  readonly detailsSealed: string | null;
  readonly answerFormat: 'electronic' | 'paper';
  readonly originalDueAt: Date | null;
  readonly extendedAt: Date | null;
  readonly extensionReason: ExtensionReason | null;
  readonly extensionSealed: string | null;
  readonly pausedFrom: RequestStatus | null;
  readonly pausedAt: Date | null;
  readonly pausedDays: number;
  readonly duplicateOf: string | null;
  readonly assignedTo: string | null;
  readonly protected: boolean;
  readonly remindedAt: Date | null;
  readonly overdueAlertedAt: Date | null;
}

export interface RequestStep {
  readonly name: string;
  readonly status: StepStatus;
  readonly errorCode: string | null;
  readonly detail: Readonly<Record<string, unknown>>;
}

export async function insertRequest(db: Kysely<Database>, request: NewRequest): Promise<void> {
  await db.insertInto('request').values({
    id: request.id, right_kind: request.right, status: request.status ?? 'received', channel: request.channel,
    language: request.language, subject_key: request.subjectKey, subject_sealed: request.subjectSealed,
    received_at: request.receivedAt, due_at: request.dueAt, original_due_at: request.dueAt,
    case_number: request.caseNumber,
    requester_key: request.requesterKey ?? request.subjectKey,
    requester_kind: request.requesterKind,
    requester_sealed: request.requesterSealed ?? null,
    representation_proof: request.representationProof ?? null,
    identity_method: request.identityMethod,
    details_sealed: request.detailsSealed ?? null,
    answer_format: request.answerFormat,
    duplicate_of: request.duplicateOf ?? null,
    protected: request.protected,
    completed_at: request.completedAt ?? null,
  }).execute();
}

export function toRequestRecord(row: Selectable<RequestTable>): RequestRecord {
  return {
    id: row.id, right: row.right_kind, channel: row.channel, language: row.language,
    subjectKey: row.subject_key, subjectSealed: row.subject_sealed, receivedAt: row.received_at, dueAt: row.due_at,
    status: row.status, waitingFor: row.waiting_for, errorCode: row.error_code,
    completedAt: row.completed_at, updatedAt: row.updated_at,
    caseNumber: row.case_number, requesterKey: row.requester_key, requesterKind: row.requester_kind,
    requesterSealed: row.requester_sealed, representationProof: row.representation_proof,
    identityMethod: row.identity_method, detailsSealed: row.details_sealed, answerFormat: row.answer_format,
    originalDueAt: row.original_due_at, extendedAt: row.extended_at, extensionReason: row.extension_reason,
    extensionSealed: row.extension_sealed, pausedFrom: row.paused_from, pausedAt: row.paused_at, pausedDays: row.paused_days,
    duplicateOf: row.duplicate_of, assignedTo: row.assigned_to, protected: row.protected,
    remindedAt: row.reminded_at, overdueAlertedAt: row.overdue_alerted_at,
  };
}

export async function findRequest(db: Kysely<Database>, id: string): Promise<RequestRecord | undefined> {
  const row = await db.selectFrom('request').selectAll().where('id', '=', id).executeTakeFirst();
  return row ? toRequestRecord(row) : undefined;
}

/** The request's status, its row locked until the caller's transaction ends (serialises changes). */
export async function lockRequest(trx: Kysely<Database>, id: string): Promise<RequestStatus | undefined> {
  const row = await trx.selectFrom('request').select('status').where('id', '=', id).forUpdate().executeTakeFirst();
  return row?.status;
}

/** The whole request, its row locked until the caller's transaction ends. */
export async function lockRequestRecord(trx: Kysely<Database>, id: string): Promise<RequestRecord | undefined> {
  const row = await trx.selectFrom('request').selectAll().where('id', '=', id).forUpdate().executeTakeFirst();
  return row ? toRequestRecord(row) : undefined;
}

export interface StatusChange {
  readonly status: RequestStatus;
  readonly waitingFor?: readonly string[];
  readonly errorCode?: string | null;
  readonly completedAt?: Date | null;
}

export async function updateRequestStatus(db: Kysely<Database>, id: string, change: StatusChange): Promise<void> {
  await db.updateTable('request').set({
    status: change.status,
    waiting_for: JSON.stringify(change.waitingFor ?? []),
    error_code: change.errorCode ?? null,
    ...(change.completedAt !== undefined ? { completed_at: change.completedAt } : {}),
    updated_at: new Date(),
  }).where('id', '=', id).execute();
}

export async function setRequestStep(
  db: Kysely<Database>, requestId: string, name: string, status: StepStatus,
  extra: { readonly errorCode?: string | null; readonly detail?: Readonly<Record<string, unknown>> } = {},
): Promise<void> {
  const values = {
    status, error_code: extra.errorCode ?? null, detail: JSON.stringify(extra.detail ?? {}), updated_at: new Date(),
  };
  await db.insertInto('request_step').values({ request_id: requestId, name, ...values })
    .onConflict((conflict) => conflict.columns(['request_id', 'name']).doUpdateSet(values))
    .execute();
}

export async function listRequestSteps(db: Kysely<Database>, requestId: string): Promise<RequestStep[]> {
  const rows = await db.selectFrom('request_step').select(['name', 'status', 'error_code', 'detail'])
    .where('request_id', '=', requestId).orderBy('name').execute();
  return rows.map((row) => ({ name: row.name, status: row.status, errorCode: row.error_code, detail: row.detail }));
}

export interface CaseChange {
  readonly dueAt?: Date;
  readonly extendedAt?: Date;
  readonly extensionReason?: ExtensionReason;
  readonly extensionSealed?: string;
  readonly pausedFrom?: RequestStatus | null;
  readonly pausedAt?: Date | null;
  readonly pausedDays?: number;
  readonly assignedTo?: string | null;
  readonly subjectKey?: string;
  readonly subjectSealed?: string;
  readonly protected?: boolean;
  readonly remindedAt?: Date | null;
  readonly overdueAlertedAt?: Date | null;
}

/** Updates the case fields named in `change` (the status goes through updateRequestStatus). */
export async function updateCase(db: Kysely<Database>, id: string, change: CaseChange): Promise<void> {
  const set = {
    ...(change.dueAt !== undefined ? { due_at: change.dueAt } : {}),
    ...(change.extendedAt !== undefined ? { extended_at: change.extendedAt } : {}),
    ...(change.extensionReason !== undefined ? { extension_reason: change.extensionReason } : {}),
    ...(change.extensionSealed !== undefined ? { extension_sealed: change.extensionSealed } : {}),
    ...(change.pausedFrom !== undefined ? { paused_from: change.pausedFrom } : {}),
    ...(change.pausedAt !== undefined ? { paused_at: change.pausedAt } : {}),
    ...(change.pausedDays !== undefined ? { paused_days: change.pausedDays } : {}),
    ...(change.assignedTo !== undefined ? { assigned_to: change.assignedTo } : {}),
    ...(change.subjectKey !== undefined ? { subject_key: change.subjectKey } : {}),
    ...(change.subjectSealed !== undefined ? { subject_sealed: change.subjectSealed } : {}),
    ...(change.protected !== undefined ? { protected: change.protected } : {}),
    ...(change.remindedAt !== undefined ? { reminded_at: change.remindedAt } : {}),
    ...(change.overdueAlertedAt !== undefined ? { overdue_alerted_at: change.overdueAlertedAt } : {}),
  };
  if (Object.keys(set).length === 0) return;
  await db.updateTable('request').set({ ...set, updated_at: new Date() }).where('id', '=', id).execute();
}
