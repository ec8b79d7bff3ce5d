// Reads across requests: the earlier request a new one duplicates, a requester's own requests
// (the e-service's "my requests") and the console's queue.
import { sql, type Kysely } from 'kysely';
import type { Database } from '../db/database-schema.ts';
import { toRequestRecord, type RequestChannel, type RequestRecord, type RequestRight, type RequestStatus } from './request-store.ts';

/**
 * The latest request for the same right about the same person by the same requester that is open,
 * or was answered since `answeredSince`. Another requester's request (the other guardian, an
 * agent) is never a duplicate: it is theirs to be answered, and not theirs to be told about.
 */
export async function findDuplicateCandidate(
  db: Kysely<Database>,
  input: { readonly subjectKey: string; readonly requesterKey: string | null; readonly right: RequestRight; readonly answeredSince: Date },
): Promise<RequestRecord | undefined> {
  if (input.requesterKey === null) return undefined;
  const row = await db.selectFrom('request').selectAll()
    .where('subject_key', '=', input.subjectKey).where('requester_key', '=', input.requesterKey).where('right_kind', '=', input.right)
    .where('duplicate_of', 'is', null)
    .where((eb) => eb.or([
      eb('status', 'not in', ['completed', 'failed']),
      eb.and([eb('status', '=', 'completed'), eb('completed_at', '>=', input.answeredSince)]),
    ]))
    .orderBy('received_at', 'desc').limit(1).executeTakeFirst();
  return row ? toRequestRecord(row) : undefined;
}

/** Requests made by a person (about themselves or someone they represent), newest first. */
export async function listRequesterRequests(db: Kysely<Database>, requesterKey: string, limit = 200): Promise<RequestRecord[]> {
  const rows = await db.selectFrom('request').selectAll().where('requester_key', '=', requesterKey)
    .orderBy('received_at', 'desc').limit(limit).execute();
  return rows.map(toRequestRecord);
}

export interface QueueFilter {
  readonly statuses?: readonly RequestStatus[];
  readonly rights?: readonly RequestRight[];
  readonly channels?: readonly RequestChannel[];
  readonly assignedTo?: string;
  /** Only requests whose due date has passed at this instant. */
  readonly overdueAt?: Date;
  /** Include cases of persons with protected identity (staff with that authorisation only). */
  readonly includeProtected: boolean;
  readonly limit?: number;
  readonly offset?: number;
}

/** Unanswered requests (unless statuses say otherwise: a failed one is unanswered too), earliest due date first. */
export async function listQueue(db: Kysely<Database>, filter: QueueFilter): Promise<{ rows: RequestRecord[]; total: number }> {
  let query = db.selectFrom('request');
  query = filter.statuses?.length ? query.where('status', 'in', filter.statuses) : query.where('status', '!=', 'completed');
  if (filter.rights?.length) query = query.where('right_kind', 'in', filter.rights);
  if (filter.channels?.length) query = query.where('channel', 'in', filter.channels);
  if (filter.assignedTo) query = query.where('assigned_to', '=', filter.assignedTo);
  if (filter.overdueAt) query = query.where('due_at', '<', filter.overdueAt);
  if (!filter.includeProtected) query = query.where('protected', '=', false);
  const [rows, count] = await Promise.all([
    query.selectAll().orderBy('due_at').orderBy('received_at').limit(filter.limit ?? 100).offset(filter.offset ?? 0).execute(),
    query.select(sql<number>`count(*)::int`.as('n')).executeTakeFirstOrThrow(),
  ]);
  return { rows: rows.map(toRequestRecord), total: Number(count.n) };
}

/** Requests about a person or made by them, newest first (the console's search). */
export async function listRequestsOfPerson(db: Kysely<Database>, key: string, includeProtected: boolean, limit = 100): Promise<RequestRecord[]> {
  let query = db.selectFrom('request').selectAll().where((eb) => eb.or([eb('subject_key', '=', key), eb('requester_key', '=', key)]));
  if (!includeProtected) query = query.where('protected', '=', false);
  const rows = await query.orderBy('received_at', 'desc').limit(limit).execute();
  return rows.map(toRequestRecord);
}
