// The decision (beslut) on a request (R06). A case handler proposes it when the request is ready
// (access: the extract is collected and reviewed) or being handled (other rights). A decision that
// grants everything is sent at once; one that withholds or refuses anything waits for a granskare
// other than the proposer, who approves it or sends it back. Sending writes, in one transaction,
// the decision letter (and for access the extract) on the outbox with one delivery for both, the
// completed state, and drops the collected copy.
import type { Transaction } from 'kysely';
import type { Database } from '../../db/database-schema.ts';
import { assertDecisionComplete, decisionOutcome, needsApproval, type Decision } from '../../domain/decision.ts';
import { InsynError } from '../../domain/error-catalogue.ts';
import { approveDecisionRecord, findDecision, saveDecisionProposal } from '../../stores/decision-store.ts';
import { deleteExtractParts } from '../../stores/extract-part-store.ts';
import { appendRequestEvent } from '../../stores/request-event-store.ts';
import { lockRequestRecord, type RequestRecord } from '../../stores/request-store.ts';
import type { CaseworkDependencies } from './casework-dependencies.ts';
import { assembleExtract, type AssembledExtract } from '../extracts/produce-extract.ts';
import { moveRequest, rightsEvent } from './move-request.ts';
import { queueLetter, queueExtract } from './queue-letter.ts';
import { scheduleDelivery } from '../delivery/schedule-delivery.ts';
import { changeItemsOf, type ChangeItemRecord } from '../../stores/change-item-store.ts';
import { changeDecision, executionWaitMs } from '../changes/change-decision.ts';
import { scheduleChangeExecution } from '../changes/execute-changes.ts';

export type DecisionDependencies = CaseworkDependencies;

/** What the decision is built from: each item's id and decision (a change of either changes the decision). */
function itemsFingerprint(items: readonly ChangeItemRecord[]): string {
  return items.map((item) => `${item.id}:${item.decision}:${item.reason ?? ''}:${item.reasonsSealed ?? ''}`).join('\n');
}

async function lockedRequest(trx: Transaction<Database>, requestId: string): Promise<RequestRecord> {
  const request = await lockRequestRecord(trx, requestId);
  if (!request) throw new InsynError('REQUEST_NOT_FOUND', 'no such request');
  return request;
}

async function sendDecision(
  trx: Transaction<Database>, deps: DecisionDependencies, request: RequestRecord, decision: Decision,
  context: { readonly actor: string; readonly at: Date; readonly extract: AssembledExtract | undefined; readonly approvedAt?: Date },
): Promise<void> {
  const { actor, at, extract } = context;
  const decisionLetter = await queueLetter(trx, deps.contentSealer, {
    requestId: request.id, language: request.language, at, actor,
    letter: {
      kind: 'decision', caseNumber: request.caseNumber ?? '', date: at.toISOString(), right: request.right,
      receivedAt: request.receivedAt.toISOString(), decision, extractEnclosed: extract !== undefined,
      ...(context.approvedAt ? { approvedAt: context.approvedAt.toISOString() } : {}),
    },
  }, { deliver: false });
  const letterIds = [decisionLetter];
  if (extract) {
    // The extract is printed for sending: logged with the sending, in the same transaction.
    await deps.processingLog.appendInTransaction(trx, [rightsEvent(deps.catalog, {
      actor, kind: 'print', subjectKey: extract.subjectKey, datasets: extract.printed, fields: [], stepId: request.id,
      detail: { withheld: extract.withheld, redacted: extract.redacted },
    })]);
    letterIds.push(await queueExtract(trx, deps.contentSealer, { requestId: request.id, language: request.language, at, actor, extract: extract.model }));
  }
  // The decision and the extract go out together: one mailbox message, one envelope.
  await scheduleDelivery(trx, { requestId: request.id, letterIds, at });
  // The decided changes (issue 6) are carried out by a durable run, after the configured wait for an erasure.
  const items = await changeItemsOf(trx, request.id);
  if (items.length > 0) {
    const executeAfter = new Date(at.getTime() + executionWaitMs(items, deps.casework.erasureWaitMs));
    await scheduleChangeExecution(trx, { requestId: request.id, decisionLetterId: decisionLetter, at, executeAfter });
  }
  await moveRequest(trx, deps, request, 'completed', {
    actor, at, change: { completedAt: at }, detail: { outcome: decisionOutcome(decision.items) },
  });
  await deleteExtractParts(trx, request.id);
}

/** Proposes the decision; returns 'approval' when a granskare must approve it, 'completed' when it was sent. */
export async function proposeRequestDecision(
  deps: DecisionDependencies, input: { readonly requestId: string; readonly decision: Decision; readonly actor: string },
): Promise<'approval' | 'completed'> {
  const at = deps.clock();
  const first = await deps.db.selectFrom('request').select(['status', 'right_kind', 'language']).where('id', '=', input.requestId).executeTakeFirst();
  if (!first) throw new InsynError('REQUEST_NOT_FOUND', 'no such request');
  // With change items (issue 6) the decision is theirs, item for item; the case handler adds reasons for the whole.
  const items = await changeItemsOf(deps.db, input.requestId);
  if (items.length > 0) {
    input = { ...input, decision: changeDecision(deps, items, {
      language: first.language, waitMs: executionWaitMs(items, deps.casework.erasureWaitMs), ...(input.decision.reasons ? { reasons: input.decision.reasons } : {}),
    }) };
  }
  assertDecisionComplete(input.decision);
  const extract = first.right_kind === 'access' && first.status === 'ready' ? await assembleExtract(deps, input.requestId) : undefined;
  const withheld = extract ? extract.withheld + extract.redacted : 0;
  // What the secrecy review left out is part of the decision: stated in it, and approved by a granskare.
  if (withheld > 0 && input.decision.items.every((item) => item.outcome === 'granted')) {
    throw new InsynError('DECISION_INCOMPLETE', 'withholding-not-stated (items): the secrecy review left items out of the extract');
  }
  const approval = needsApproval(input.decision) || withheld > 0;
  return deps.db.transaction().execute(async (trx) => {
    const request = await lockedRequest(trx, input.requestId);
    if (request.status !== 'ready' && request.status !== 'handling') {
      throw new InsynError('REQUEST_TRANSITION_INVALID', `a decision is proposed on a ready or handled request, not ${request.status}`);
    }
    // The items are changed only while the request is handled, under its lock: the decision is built from what is still there.
    if (itemsFingerprint(await changeItemsOf(trx, request.id)) !== itemsFingerprint(items)) {
      throw new InsynError('REQUEST_TRANSITION_INVALID', 'the change items changed while the decision was proposed; reload the request');
    }
    await saveDecisionProposal(trx, {
      requestId: request.id, outcome: decisionOutcome(input.decision.items), proposedBy: input.actor, proposedAt: at,
      contentSealed: deps.contentSealer.sealJson(input.decision, `${request.id}/decision`),
    });
    await appendRequestEvent(trx, { requestId: request.id, at, actor: input.actor, kind: 'decision-proposed', detail: { approval } });
    if (approval) {
      await moveRequest(trx, deps, request, 'approval', { actor: input.actor, at });
      return 'approval';
    }
    await sendDecision(trx, deps, request, input.decision, { actor: input.actor, at, extract: request.right === 'access' ? extract : undefined });
    return 'completed';
  });
}

/** A granskare other than the proposer approves the proposed decision; it is sent. */
export async function approveRequestDecision(deps: DecisionDependencies, input: { readonly requestId: string; readonly actor: string }): Promise<void> {
  const proposal = await findDecision(deps.db, input.requestId);
  if (!proposal) throw new InsynError('REQUEST_TRANSITION_INVALID', 'no decision is proposed');
  if (proposal.proposedBy === input.actor) throw new InsynError('APPROVAL_NOT_ALLOWED', 'the proposer cannot approve their own decision');
  if ((await changeItemsOf(deps.db, input.requestId)).some((item) => item.decidedBy === input.actor)) {
    throw new InsynError('APPROVAL_NOT_ALLOWED', 'who decided items of the decision cannot approve it');
  }
  const first = await deps.db.selectFrom('request').select('right_kind').where('id', '=', input.requestId).executeTakeFirstOrThrow();
  const extract = first.right_kind === 'access' ? await assembleExtract(deps, input.requestId) : undefined;
  const at = deps.clock();
  await deps.db.transaction().execute(async (trx) => {
    const request = await lockedRequest(trx, input.requestId);
    const current = await findDecision(trx, input.requestId);
    if (request.status !== 'approval' || !current || current.proposedAt.getTime() !== proposal.proposedAt.getTime()) {
      throw new InsynError('REQUEST_TRANSITION_INVALID', 'the proposal changed or was already decided; reload the request');
    }
    await approveDecisionRecord(trx, request.id, input.actor, at);
    await appendRequestEvent(trx, { requestId: request.id, at, actor: input.actor, kind: 'decision-approved' });
    const decision = deps.contentSealer.openJson<Decision>(current.contentSealed, `${request.id}/decision`);
    await sendDecision(trx, deps, request, decision, { actor: input.actor, at, extract, approvedAt: at });
  });
}

/** The granskare sends the proposal back to the case handler, with a note in the timeline. */
export async function returnRequestDecision(deps: DecisionDependencies, input: { readonly requestId: string; readonly actor: string }): Promise<void> {
  const at = deps.clock();
  await deps.db.transaction().execute(async (trx) => {
    const request = await lockedRequest(trx, input.requestId);
    if (request.status !== 'approval') throw new InsynError('REQUEST_TRANSITION_INVALID', `the request is ${request.status}`);
    await moveRequest(trx, deps, request, request.right === 'access' ? 'ready' : 'handling', { actor: input.actor, at, detail: { returned: true } });
  });
}
