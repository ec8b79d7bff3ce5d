// The request aggregate in Insyn's own database: a request (whose, which right, status) and its
// visible steps. Functions take a Kysely instance or a transaction, so an operation can write the
// change, its log event and the jobs it causes in one transaction.
import type { Kysely } from 'kysely';
import type { Database } from '../db/database-schema.ts';
import type {
  RequestChannel, RequestRight, RequestStatus, StepStatus,
} from '../db/tables/request-tables.ts';

export type { RequestChannel, RequestRight, RequestStatus, StepStatus };

export interface NewRequest {
  readonly id: string;
  readonly right: RequestRight;
  readonly channel: RequestChannel;
  readonly language: 'sv' | 'en';
  readonly subjectKey: string;
  readonly subjectSealed: string;
  readonly receivedAt: Date;
  readonly dueAt: Date;
}

export interface RequestRecord extends NewRequest {
  readonly status: RequestStatus;
  readonly waitingFor: readonly string[];
  readonly errorCode: string | null;
  readonly completedAt: Date | null;
  readonly updatedAt: Date;
}

export interface RequestStep {
  readonly name: string;
  readonly status: StepStatus;
  readonly errorCode: string | null;
  readonly detail: Readonly<Record<string, unknown>>;
}

export async function insertRequest(db: Kysely<Database>, request: NewRequest): Promise<void> {
  await db.insertInto('request').values({
    id: request.id, right_kind: request.right, status: 'received', channel: request.channel,
    language: request.language, subject_key: request.subjectKey, subject_sealed: request.subjectSealed,
    received_at: request.receivedAt, due_at: request.dueAt,
  }).execute();
}

export async function findRequest(db: Kysely<Database>, id: string): Promise<RequestRecord | undefined> {
  const row = await db.selectFrom('request').selectAll().where('id', '=', id).executeTakeFirst();
  if (!row) return undefined;
  return {
    id: row.id, right: row.right_kind, channel: row.channel, language: row.language,
    subjectKey: row.subject_key, subjectSealed: row.subject_sealed, receivedAt: row.received_at, dueAt: row.due_at,
    status: row.status, waitingFor: row.waiting_for, errorCode: row.error_code,
    completedAt: row.completed_at, updatedAt: row.updated_at,
  };
}

/** The request's status, its row locked until the caller's transaction ends (serialises changes). */
export async function lockRequest(trx: Kysely<Database>, id: string): Promise<RequestStatus | undefined> {
  const row = await trx.selectFrom('request').select('status').where('id', '=', id).forUpdate().executeTakeFirst();
  return row?.status;
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
