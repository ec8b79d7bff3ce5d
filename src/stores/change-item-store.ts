// The change items of a request and their execution (issue 6): the dry run, the decision's items
// and the plan the durable run executes are these rows, so they agree item for item.
import type { Kysely, Selectable } from 'kysely';
import type { Database } from '../db/database-schema.ts';
import type { ChangeExecutionStatus, ChangeExecutionTable, ChangeItemKind, ChangeItemStatus, ChangeItemTable } from '../db/tables/change-tables.ts';
import type { RestrictionReason } from '../domain/restriction.ts';

export type { ChangeExecutionStatus, ChangeItemKind, ChangeItemStatus };

export interface ChangeItemRecord {
  readonly id: string;
  readonly requestId: string;
  readonly position: number;
  readonly kind: ChangeItemKind;
  readonly dataset: string;
  readonly keySealed: string | null;
  readonly recordHash: string | null;
  readonly fields: readonly string[];
  readonly changeSealed: string | null;
  readonly decision: 'apply' | 'keep';
  readonly reason: string | null;
  readonly reasonsSealed: string | null;
  readonly restrictionReason: RestrictionReason | null;
  readonly status: ChangeItemStatus;
  readonly outcome: string | null;
  readonly errorCode: string | null;
  readonly restrictionIds: readonly string[];
  readonly proposedBy: string;
  readonly decidedBy: string | null;
  readonly proposedAt: Date;
  readonly doneAt: Date | null;
}

export type NewChangeItem = Omit<ChangeItemRecord, 'position' | 'status' | 'outcome' | 'errorCode' | 'doneAt' | 'decidedBy'>;

function toRecord(row: Selectable<ChangeItemTable>): ChangeItemRecord {
  return {
    id: row.id, requestId: row.request_id, position: row.position, kind: row.kind, dataset: row.dataset, keySealed: row.key_sealed,
    recordHash: row.record_hash, fields: row.fields, changeSealed: row.change_sealed, decision: row.decision, reason: row.reason,
    reasonsSealed: row.reasons_sealed, restrictionReason: row.restriction_reason, status: row.status, outcome: row.outcome,
    errorCode: row.error_code, restrictionIds: row.restriction_ids, proposedBy: row.proposed_by, decidedBy: row.decided_by, proposedAt: row.proposed_at,
    doneAt: row.done_at,
  };
}

/** The request's items in order. */
export async function changeItemsOf(db: Kysely<Database>, requestId: string): Promise<ChangeItemRecord[]> {
  const rows = await db.selectFrom('change_item').selectAll().where('request_id', '=', requestId).orderBy('position').execute();
  return rows.map(toRecord);
}

/** The request's items still to be carried out (decided `apply`, scheduled), in order: a resumed run reads only these. */
export async function scheduledItemsOf(db: Kysely<Database>, requestId: string): Promise<ChangeItemRecord[]> {
  const rows = await db.selectFrom('change_item').selectAll().where('request_id', '=', requestId).where('decision', '=', 'apply')
    .where('status', '=', 'scheduled').orderBy('position').execute();
  return rows.map(toRecord);
}

/** Appends items after the request's last (call with the request row locked). */
export async function insertChangeItems(db: Kysely<Database>, items: readonly NewChangeItem[]): Promise<void> {
  if (items.length === 0) return;
  const requestId = items[0]!.requestId;
  const last = await db.selectFrom('change_item').select((eb) => eb.fn.max('position').as('last')).where('request_id', '=', requestId).executeTakeFirst();
  let position = Number(last?.last ?? 0);
  for (let start = 0; start < items.length; start += 200) {
    await db.insertInto('change_item').values(items.slice(start, start + 200).map((item) => ({
      id: item.id, request_id: item.requestId, position: ++position, kind: item.kind, dataset: item.dataset, key_sealed: item.keySealed,
      record_hash: item.recordHash, fields: [...item.fields], change_sealed: item.changeSealed, decision: item.decision, reason: item.reason,
      reasons_sealed: item.reasonsSealed, restriction_reason: item.restrictionReason, status: 'proposed' as const,
      restriction_ids: [...item.restrictionIds], proposed_by: item.proposedBy, proposed_at: item.proposedAt,
    }))).execute();
  }
}

/** Removes proposed items of the request (all of a kind, or the ones named); returns how many. */
export async function deleteProposedItems(db: Kysely<Database>, requestId: string, which: { readonly kind?: ChangeItemKind; readonly ids?: readonly string[] }): Promise<number> {
  let query = db.deleteFrom('change_item').where('request_id', '=', requestId).where('status', '=', 'proposed');
  if (which.kind) query = query.where('kind', '=', which.kind);
  if (which.ids) query = which.ids.length === 0 ? query.where('id', '=', '') : query.where('id', 'in', [...which.ids]);
  const result = await query.executeTakeFirst();
  return Number(result.numDeletedRows);
}

/** The case handler keeps (refuses) or applies a proposed item. */
export async function decideChangeItem(
  db: Kysely<Database>, id: string,
  decision: { readonly decision: 'apply' | 'keep'; readonly reason: string | null; readonly reasonsSealed: string | null; readonly by: string },
): Promise<boolean> {
  const result = await db.updateTable('change_item').set({ decision: decision.decision, reason: decision.reason, reasons_sealed: decision.reasonsSealed, decided_by: decision.by })
    .where('id', '=', id).where('status', '=', 'proposed').executeTakeFirst();
  return Number(result.numUpdatedRows) === 1;
}

/** The decision was sent: every item of the request is scheduled (kept ones are done: nothing is done to them). */
export async function scheduleChangeItems(db: Kysely<Database>, requestId: string, at: Date): Promise<void> {
  await db.updateTable('change_item').set({ status: 'scheduled' }).where('request_id', '=', requestId).where('decision', '=', 'apply')
    .where('status', '=', 'proposed').execute();
  await db.updateTable('change_item').set({ status: 'done', outcome: 'kept', done_at: at }).where('request_id', '=', requestId)
    .where('decision', '=', 'keep').where('status', '=', 'proposed').execute();
}

export async function settleChangeItem(
  db: Kysely<Database>, id: string, result: { readonly status: 'done' | 'failed' | 'scheduled'; readonly outcome: string | null; readonly errorCode: string | null; readonly at: Date | null },
): Promise<void> {
  await db.updateTable('change_item').set({ status: result.status, outcome: result.outcome, error_code: result.errorCode, done_at: result.at })
    .where('id', '=', id).execute();
}

export async function setItemRestrictions(db: Kysely<Database>, id: string, restrictionIds: readonly string[]): Promise<void> {
  await db.updateTable('change_item').set({ restriction_ids: [...restrictionIds] }).where('id', '=', id).execute();
}

export interface ChangeExecutionRecord {
  readonly requestId: string;
  readonly status: ChangeExecutionStatus;
  readonly executeAfter: Date;
  readonly decisionLetterId: string | null;
  readonly receiptLetterId: string | null;
  readonly errorCode: string | null;
  readonly notified: readonly string[];
  readonly updatedAt: Date;
}

function toExecution(row: Selectable<ChangeExecutionTable>): ChangeExecutionRecord {
  return {
    requestId: row.request_id, status: row.status, executeAfter: row.execute_after, decisionLetterId: row.decision_letter_id,
    receiptLetterId: row.receipt_letter_id, errorCode: row.error_code, notified: row.notified, updatedAt: row.updated_at,
  };
}

export async function insertChangeExecution(
  db: Kysely<Database>, execution: { readonly requestId: string; readonly executeAfter: Date; readonly decisionLetterId: string; readonly at: Date },
): Promise<void> {
  await db.insertInto('change_execution').values({
    request_id: execution.requestId, status: 'scheduled', execute_after: execution.executeAfter, decision_letter_id: execution.decisionLetterId,
    created_at: execution.at, updated_at: execution.at,
  }).execute();
}

export async function findChangeExecution(db: Kysely<Database>, requestId: string): Promise<ChangeExecutionRecord | undefined> {
  const row = await db.selectFrom('change_execution').selectAll().where('request_id', '=', requestId).executeTakeFirst();
  return row ? toExecution(row) : undefined;
}

export async function updateChangeExecution(
  db: Kysely<Database>, requestId: string,
  change: { readonly status: ChangeExecutionStatus; readonly at: Date; readonly errorCode?: string | null; readonly receiptLetterId?: string; readonly notified?: readonly string[] },
): Promise<void> {
  await db.updateTable('change_execution').set({
    status: change.status, updated_at: change.at,
    ...(change.errorCode !== undefined ? { error_code: change.errorCode } : {}),
    ...(change.receiptLetterId ? { receipt_letter_id: change.receiptLetterId } : {}),
    ...(change.notified ? { notified: [...change.notified] } : {}),
  }).where('request_id', '=', requestId).where((eb) => (change.status === 'done' ? eb.lit(true) : eb('status', '<>', 'done'))).execute();
}

export interface StalledExecution {
  readonly requestId: string;
  readonly caseNumber: string | null;
  readonly status: 'waiting' | 'failed';
  readonly errorCode: string | null;
}

/** Runs waiting for a failing system or failed: what case handlers must see in the queue (protected persons' only when allowed). */
export async function stalledChangeExecutions(db: Kysely<Database>, includeProtected: boolean): Promise<StalledExecution[]> {
  let query = db.selectFrom('change_execution').innerJoin('request', 'request.id', 'change_execution.request_id')
    .select(['change_execution.request_id', 'request.case_number', 'change_execution.status', 'change_execution.error_code'])
    .where('change_execution.status', 'in', ['waiting', 'failed'])
    // Waiting for the decision to reach the person by post is normal, not stalled.
    .where((eb) => eb.or([eb('change_execution.error_code', 'is', null), eb('change_execution.error_code', '<>', 'NOTICE_NOT_DELIVERED')]))
    .orderBy('change_execution.updated_at').limit(100);
  if (!includeProtected) query = query.where('request.protected', '=', false);
  const rows = await query.execute();
  return rows.map((row) => ({ requestId: row.request_id, caseNumber: row.case_number, status: row.status as 'waiting' | 'failed', errorCode: row.error_code }));
}
