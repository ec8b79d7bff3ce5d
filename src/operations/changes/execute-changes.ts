// The durable run of a decision's changes (issue 6, R18–R22): the job `changes.execute` carries out
// the request's decided items one step each — corrected, completed, erased, restricted through
// the access layer's doors — then lifts the restrictions the decision gave notice of, queues the
// Art. 19 notifications and sends the person a receipt. Every step is idempotent and memoised: a
// run resumed after a crash skips what was done (an item settled as done is never carried out
// again) and a door met a second time answers `already-applied` / `already-gone`. A system that
// fails leaves the run `waiting` (retried with backoff, visible to the case handler); a refusal
// (the record changed, the door refuses) settles the item `failed` and the run `failed` until a
// case handler runs it again.
import type { Kysely } from 'kysely';
import type { Database } from '../../db/database-schema.ts';
import { InsynError, isInsynError } from '../../domain/error-catalogue.ts';
import { defineJob, type JobContext, type JobDefinition } from '../../engine/job-definition.ts';
import { enqueueJob } from '../../engine/enqueue-job.ts';
import { errorCode, isPermanentError } from '../../engine/run-job.ts';
import {
  changeItemsOf, findChangeExecution, insertChangeExecution, scheduleChangeItems, scheduledItemsOf, setItemRestrictions, settleChangeItem, updateChangeExecution,
  type ChangeItemRecord,
} from '../../stores/change-item-store.ts';
import { activeRestrictionIds, requestRestrictionIds } from '../../stores/restriction-store.ts';
import { findRequest } from '../../stores/request-store.ts';
import { RIGHTS_PURPOSE } from '../requests/move-request.ts';
import { requestSubject, type RequestSubject } from '../requests/request-subject.ts';
import { liftRestrictionAfterNotice, restrictData } from './restriction-register.ts';
import { CHANGES_ACTOR, NOT_DONE, type ChangeworkDependencies } from './change-work.ts';
import { notifyRecipientsOfChanges } from './notify-changes.ts';
import { sendChangeReceipt } from './change-receipt.ts';

export const EXECUTE_CHANGES_JOB = 'changes.execute';
/** With the backoff's ten-minute cap, about a day of trying before a failing system fails the run. */
export const EXECUTE_MAX_ATTEMPTS = 150;

/** In the decision's transaction: the items scheduled, the run recorded and its job enqueued to start at `executeAfter`. */
export async function scheduleChangeExecution(
  trx: Kysely<Database>, input: { readonly requestId: string; readonly decisionLetterId: string; readonly at: Date; readonly executeAfter: Date },
): Promise<void> {
  await scheduleChangeItems(trx, input.requestId, input.at);
  await insertChangeExecution(trx, { requestId: input.requestId, executeAfter: input.executeAfter, decisionLetterId: input.decisionLetterId, at: input.at });
  await enqueueExecution(trx, input.requestId, 0, input.executeAfter);
}

/** Enqueues a run's job and records it on the run (the hourly sweep looks at it). */
async function enqueueExecution(db: Kysely<Database>, requestId: string, round: number | string, runAfter?: Date): Promise<void> {
  const job = await enqueueJob(db, {
    kind: EXECUTE_CHANGES_JOB, version: 1, payload: { requestId }, idempotencyKey: `changes:${requestId}:${round}`,
    maxAttempts: EXECUTE_MAX_ATTEMPTS, ...(runAfter ? { runAfter } : {}),
  });
  await db.updateTable('change_execution').set({ job_id: job.id }).where('request_id', '=', requestId).execute();
}

/** A case handler runs a failed run again: its failed items are scheduled again, a new job starts now. */
export async function retryChangeExecution(deps: Pick<ChangeworkDependencies, 'db' | 'clock'>, input: { readonly requestId: string }): Promise<void> {
  await deps.db.transaction().execute((trx) => retryIn(trx, input.requestId, deps.clock()));
}

/** In `trx`, with the run's row locked: a failed run's failed items scheduled again and a new job enqueued. */
async function retryIn(trx: Kysely<Database>, requestId: string, at: Date): Promise<void> {
  const execution = await trx.selectFrom('change_execution').select(['status', 'updated_at']).where('request_id', '=', requestId).forUpdate().executeTakeFirst();
  if (!execution) throw new InsynError('NOT_FOUND', 'the request has no decided changes');
  if (execution.status !== 'failed') throw new InsynError('REQUEST_TRANSITION_INVALID', `the run is ${execution.status}`);
  await trx.updateTable('change_item').set({ status: 'scheduled', error_code: null, outcome: null })
    .where('request_id', '=', requestId).where('status', '=', 'failed').execute();
  await updateChangeExecution(trx, requestId, { status: 'scheduled', at, errorCode: null });
  // One new job per failed state: a second click on the same failure enqueues nothing.
  await enqueueExecution(trx, requestId, execution.updated_at.getTime());
}

/**
 * A case handler settles a failed item as not carried out (its reasons sealed to it), so the run can
 * finish: the others' recipients are told and the receipt says what could not be done. A record
 * whose correction was not made stays restricted (its accuracy is still disputed).
 */
export async function abandonChangeItem(
  deps: Pick<ChangeworkDependencies, 'db' | 'clock' | 'contentSealer'>,
  input: { readonly requestId: string; readonly itemId: string; readonly reasons: string; readonly actor: string },
): Promise<void> {
  const reasons = input.reasons.trim();
  if (reasons.length < 10 || reasons.length > 4000) throw new InsynError('DECISION_INCOMPLETE', 'reasons-missing (reasons): say why the item is not carried out');
  await deps.db.transaction().execute(async (trx) => {
    const execution = await trx.selectFrom('change_execution').select('status').where('request_id', '=', input.requestId).forUpdate().executeTakeFirst();
    if (execution?.status !== 'failed') throw new InsynError('REQUEST_TRANSITION_INVALID', 'only an item of a failed run is settled by hand');
    const result = await trx.updateTable('change_item').set({
      status: 'done', outcome: NOT_DONE, done_at: deps.clock(), decided_by: input.actor,
      reasons_sealed: deps.contentSealer.sealJson({ reasons, ground: '' }, `${input.itemId}/reasons`),
    }).where('id', '=', input.itemId).where('request_id', '=', input.requestId).where('status', '=', 'failed').executeTakeFirst();
    if (Number(result.numUpdatedRows) !== 1) throw new InsynError('REQUEST_TRANSITION_INVALID', 'the item has not failed');
    // The last failed item settled: the run goes on at once (under the same lock, so two handlers never both restart it).
    const left = await trx.selectFrom('change_item').select('id').where('request_id', '=', input.requestId).where('status', '=', 'failed').executeTakeFirst();
    if (!left) await retryIn(trx, input.requestId, deps.clock());
  });
}

interface ItemResult {
  readonly outcome: string;
  readonly code?: string;
}

function openKey(deps: ChangeworkDependencies, item: ChangeItemRecord): Record<string, string> | undefined {
  return item.keySealed ? deps.contentSealer.openJson<Record<string, string>>(item.keySealed, `${item.id}/key`) : undefined;
}

async function carryOut(deps: ChangeworkDependencies, item: ChangeItemRecord, request: { id: string } & RequestSubject): Promise<string> {
  const access = await deps.access();
  const key = openKey(deps, item);
  const base = { actor: { id: CHANGES_ACTOR }, purpose: RIGHTS_PURPOSE, subject: request.subject, dataset: item.dataset, stepId: request.id };
  switch (item.kind) {
    case 'rectify': {
      const change = deps.contentSealer.openJson<{ set: Record<string, string>; expect: Record<string, string> }>(item.changeSealed!, `${item.id}/change`);
      // The record is restricted while its accuracy is disputed; the person's request is the ground to correct it.
      return (await access.changeRecord({ ...base, key: key!, set: change.set, expect: change.expect, restrictionGround: 'consent' })).outcome;
    }
    case 'complete': {
      if (!deps.supplement) throw new InsynError('CHANGE_NOT_ALLOWED', 'supplementary statements are not kept here');
      const { statement } = deps.contentSealer.openJson<{ statement: string }>(item.changeSealed!, `${item.id}/change`);
      await deps.supplement({ id: item.id, subject: request.subject, dataset: item.dataset, key: key!, fields: item.fields, statement, requestId: request.id, actor: CHANGES_ACTOR });
      return 'completed';
    }
    case 'erase':
      // The person's own erasure request is their consent to erase a record restricted on their behalf (Art. 18(2)).
      return (await access.eraseRecord({ ...base, key: key!, restrictionGround: 'consent' })).outcome;
    case 'restrict': {
      // Restricted once: a run resumed after the register was written finds its rows.
      const existing = await requestRestrictionIds(deps.db, { requestId: request.id, dataset: item.dataset, recordHash: item.recordHash, reason: item.restrictionReason! });
      const ids = existing.length > 0 ? existing : await restrictData({ ...deps, access }, {
        subject: request.subject, dataset: item.dataset, ...(key ? { key } : {}), reason: item.restrictionReason!, requestId: request.id, actor: CHANGES_ACTOR, at: deps.clock(),
      });
      await setItemRestrictions(deps.db, item.id, ids);
      return 'restricted';
    }
    case 'object':
      // Upheld: the processing the person objected to stops; the data stay restricted (only stored).
      return 'upheld';
  }
}

/** One item: carried out and settled (done, or failed on a refusal); a failing system throws (retried). */
async function runItem(deps: ChangeworkDependencies, item: ChangeItemRecord, request: { id: string } & RequestSubject): Promise<ItemResult> {
  try {
    const outcome = await carryOut(deps, item, request);
    await settleChangeItem(deps.db, item.id, { status: 'done', outcome, errorCode: null, at: deps.clock() });
    return { outcome };
  } catch (error) {
    if (!isPermanentError(error)) throw error;
    const code = errorCode(error);
    await settleChangeItem(deps.db, item.id, { status: 'failed', outcome: 'failed', errorCode: code, at: deps.clock() });
    return { outcome: 'failed', code };
  }
}

/** How long the run waits before it looks again whether the decision has reached the person. */
export const NOTICE_RECHECK_MS = 10 * 60_000;

/** The restrictions the decision gives notice of, still active. */
async function noticedRestrictions(deps: ChangeworkDependencies, requestId: string): Promise<{ noticed: string[]; active: string[] }> {
  const items = await changeItemsOf(deps.db, requestId);
  const noticed = items.filter((item) => (item.kind === 'rectify' && item.outcome !== NOT_DONE) || (item.kind === 'object' && item.decision === 'keep'))
    .flatMap((item) => item.restrictionIds);
  return { noticed, active: await activeRestrictionIds(deps.db, noticed) };
}

/** Whether restrictions wait to be lifted while the decision is still on its way (a delivery that failed for good throws). */
async function noticePending(deps: ChangeworkDependencies, requestId: string, decisionLetterId: string): Promise<boolean> {
  if ((await noticedRestrictions(deps, requestId)).active.length === 0) return false;
  const letter = await deps.db.selectFrom('letter').select('delivery_status').where('id', '=', decisionLetterId).executeTakeFirst();
  if (letter?.delivery_status === 'failed') throw new InsynError('NOTICE_DELIVERY_FAILED', 'send the decision again, then run the changes again');
  return letter?.delivery_status !== 'sent';
}

/** The restrictions the decision gave notice of are lifted: a disputed record once decided on, an objection refused. */
async function liftNoticed(deps: ChangeworkDependencies, request: { id: string } & RequestSubject, decisionLetterId: string): Promise<number> {
  const { noticed, active } = await noticedRestrictions(deps, request.id);
  if (active.length === 0) return 0;
  // The person is told in the decision before the lift (R20): only once it has been delivered to them (retried until then).
  const letter = await deps.db.selectFrom('letter').select('delivery_status').where('id', '=', decisionLetterId).executeTakeFirst();
  if (letter?.delivery_status === 'failed') throw new InsynError('NOTICE_DELIVERY_FAILED', 'send the decision again, then run the changes again');
  if (letter?.delivery_status !== 'sent') throw new InsynError('NOTICE_NOT_DELIVERED', 'the decision has not reached the person yet');
  try {
    await liftRestrictionAfterNotice({ ...deps, access: await deps.access() }, {
      ids: active, notice: decisionLetterId, subject: request.subject, actor: CHANGES_ACTOR, at: deps.clock(),
    });
  } catch (error) {
    // Another run of the job (its lease ran out) lifted them first: what counts is that none is left.
    if (!isInsynError(error, 'NOT_FOUND') || (await activeRestrictionIds(deps.db, noticed)).length > 0) throw error;
  }
  return active.length;
}

async function execute(deps: ChangeworkDependencies, requestId: string, context: JobContext): Promise<void> {
  const execution = await findChangeExecution(deps.db, requestId);
  if (!execution || execution.status === 'done') return;
  const request = await findRequest(deps.db, requestId);
  if (!request) throw new InsynError('REQUEST_NOT_FOUND', 'no such request');
  const subject = { id: request.id, ...requestSubject(request, deps.sealer) };
  if (execution.status !== 'running') await updateChangeExecution(deps.db, requestId, { status: 'running', at: deps.clock() });
  let failing: unknown;
  // Only what is left to do is read: an erasure keeps thousands of records, and a run is resumed once per crash or retry.
  for (const item of await scheduledItemsOf(deps.db, requestId)) {
    try {
      await context.step(`item:${item.id}`, () => runItem(deps, item, subject));
    } catch (error) {
      // A failing system: the other items still run; this one waits for the next attempt.
      failing ??= error;
      await deps.db.updateTable('change_item').set({ error_code: errorCode(error) }).where('id', '=', item.id).execute().catch(() => undefined);
    }
  }
  if (failing) throw failing;
  const failed = (await changeItemsOf(deps.db, requestId)).filter((item) => item.status === 'failed');
  if (failed.length > 0) throw new InsynError('CHANGE_NOT_CARRIED_OUT', `${failed.length} item(s) refused: ${[...new Set(failed.map((item) => item.errorCode))].join(', ')}`);
  await context.step('notify', () => notifyRecipientsOfChanges(deps, subject));
  // The lift waits for the decision to reach the person, as long as post takes: a later job looks again (no attempts spent).
  if (await noticePending(deps, requestId, execution.decisionLetterId!)) {
    await deps.db.transaction().execute(async (trx) => {
      await updateChangeExecution(trx, requestId, { status: 'waiting', at: deps.clock(), errorCode: 'NOTICE_NOT_DELIVERED' });
      const after = new Date(deps.clock().getTime() + (deps.noticeRecheckMs ?? NOTICE_RECHECK_MS));
      await enqueueExecution(trx, requestId, `notice:${after.getTime()}`, after);
    });
    return;
  }
  await context.step('lift', () => liftNoticed(deps, subject, execution.decisionLetterId!));
  await context.step('receipt', () => sendChangeReceipt(deps, requestId));
}

function parsePayload(payload: unknown): { requestId: string } {
  const requestId = (payload as { requestId?: unknown } | null)?.requestId;
  if (typeof requestId !== 'string' || requestId === '') throw new InsynError('VALIDATION_FAILED', 'requestId');
  return { requestId };
}

export function executeChangesJob(deps: ChangeworkDependencies): JobDefinition<{ requestId: string }> {
  return defineJob({
    kind: EXECUTE_CHANGES_JOB,
    version: 1,
    parsePayload,
    async run(context, { requestId }) {
      try {
        await execute(deps, requestId, context);
      } catch (error) {
        // Visible on the request: waiting for a failing system, or failed for good (a case handler runs it again).
        const final = context.lastAttempt || isPermanentError(error);
        // Failed for good: an item whose system never answered is failed too, so a case handler can settle it by hand.
        if (final) {
          await deps.db.updateTable('change_item').set({ status: 'failed', outcome: 'failed' }).where('request_id', '=', requestId)
            .where('status', '=', 'scheduled').where('error_code', 'is not', null).execute().catch(() => undefined);
        }
        await updateChangeExecution(deps.db, requestId, { status: final ? 'failed' : 'waiting', at: deps.clock(), errorCode: errorCode(error) })
          .catch(() => undefined);
        throw error;
      }
    },
  });
}
