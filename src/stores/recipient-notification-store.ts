// The Art. 19 outbox's rows (issue 6, R21): one notification to one recipient and how its
// sending went. Datasets and field names only, never values; whom it concerns stays sealed.
import type { Kysely, Selectable } from 'kysely';
import type { Database } from '../db/database-schema.ts';
import type { NotificationKind, NotificationStatus, RecipientNotificationTable } from '../db/tables/notification-tables.ts';

export type { NotificationKind, NotificationStatus } from '../db/tables/notification-tables.ts';

export interface NewRecipientNotification {
  readonly id: string;
  readonly requestId: string | null;
  readonly recipient: string;
  readonly kind: NotificationKind;
  readonly datasets: readonly string[];
  readonly fields: readonly string[];
  readonly subjectSealed: string;
  readonly at: Date;
}

export interface RecipientNotification extends Omit<NewRecipientNotification, 'at'> {
  readonly status: NotificationStatus;
  readonly attempts: number;
  readonly lastErrorCode: string | null;
  readonly channel: string | null;
  readonly receipt: string | null;
  readonly createdAt: Date;
  readonly sentAt: Date | null;
  readonly failedAt: Date | null;
}

export async function insertRecipientNotification(db: Kysely<Database>, row: NewRecipientNotification): Promise<void> {
  await db.insertInto('recipient_notification').values({
    id: row.id, request_id: row.requestId, recipient: row.recipient, kind: row.kind,
    datasets: JSON.stringify(row.datasets), fields: JSON.stringify(row.fields), subject_sealed: row.subjectSealed, created_at: row.at,
  }).execute();
}

function strings(json: string): readonly string[] {
  const parsed: unknown = JSON.parse(json);
  return Array.isArray(parsed) ? parsed.filter((entry): entry is string => typeof entry === 'string') : [];
}

function toNotification(row: Selectable<RecipientNotificationTable>): RecipientNotification {
  return {
    id: row.id, requestId: row.request_id, recipient: row.recipient, kind: row.kind,
    datasets: strings(row.datasets), fields: strings(row.fields), subjectSealed: row.subject_sealed,
    status: row.status, attempts: row.attempts, lastErrorCode: row.last_error_code, channel: row.channel, receipt: row.receipt,
    createdAt: row.created_at, sentAt: row.sent_at, failedAt: row.failed_at,
  };
}

export async function findRecipientNotification(db: Kysely<Database>, id: string): Promise<RecipientNotification | undefined> {
  const row = await db.selectFrom('recipient_notification').selectAll().where('id', '=', id).executeTakeFirst();
  return row ? toNotification(row) : undefined;
}

/** A request's notifications, oldest first: who was told, and how it went (the person may ask, Art. 19). */
export async function requestNotifications(db: Kysely<Database>, requestId: string): Promise<RecipientNotification[]> {
  const rows = await db.selectFrom('recipient_notification').selectAll()
    .where('request_id', '=', requestId).orderBy('created_at').orderBy('recipient').execute();
  return rows.map(toNotification);
}

/** Counts an attempt of a pending notification (with the code of the failure before it, if any). */
export async function recordNotificationAttempt(db: Kysely<Database>, id: string, attempt: number): Promise<void> {
  await db.updateTable('recipient_notification').set({ attempts: attempt })
    .where('id', '=', id).where('status', '=', 'pending').execute();
}

/** A failed attempt that will be tried again: the code only (messages may hold more than is safe to keep). */
export async function recordNotificationError(db: Kysely<Database>, id: string, code: string): Promise<void> {
  await db.updateTable('recipient_notification').set({ last_error_code: code })
    .where('id', '=', id).where('status', '=', 'pending').execute();
}

/** Pending → sent; false when it was no longer pending. */
export async function markNotificationSent(
  db: Kysely<Database>, id: string, sent: { readonly channel: string; readonly receipt: string; readonly at: Date },
): Promise<boolean> {
  const result = await db.updateTable('recipient_notification')
    .set({ status: 'sent', channel: sent.channel, receipt: sent.receipt, sent_at: sent.at, last_error_code: null })
    .where('id', '=', id).where('status', '=', 'pending').executeTakeFirst();
  return Number(result.numUpdatedRows) === 1;
}

/** Pending → failed with the code; false when it was no longer pending. */
export async function markNotificationFailed(db: Kysely<Database>, id: string, code: string, at: Date): Promise<boolean> {
  const result = await db.updateTable('recipient_notification')
    .set({ status: 'failed', last_error_code: code, failed_at: at })
    .where('id', '=', id).where('status', '=', 'pending').executeTakeFirst();
  return Number(result.numUpdatedRows) === 1;
}
