// The decision (beslut) on a request (R06). A case handler proposes it when the request is ready
// (access: the extract is collected and reviewed) or being handled (other rights). A decision that
// grants everything is sent at once; one that withholds or refuses anything waits for a granskare
// other than the proposer, who approves it or sends it back. Sending writes, in one transaction,
// the decision letter (and for access the extract) on the outbox, the completed state, and drops
// the collected copy.
import type { Transaction } from 'kysely';
import type { Database } from '../../db/database-schema.ts';
import { assertDecisionComplete, decisionOutcome, needsApproval, type Decision } from '../../domain/decision.ts';
import { InsynError } from '../../domain/error-catalogue.ts';
import type { ExtractModel } from '../../documents/extract-model.ts';
import { approveDecisionRecord, findDecision, saveDecisionProposal } from '../../stores/decision-store.ts';
import { deleteExtractParts } from '../../stores/extract-part-store.ts';
import { appendRequestEvent } from '../../stores/request-event-store.ts';
import { lockRequestRecord, type RequestRecord } from '../../stores/request-store.ts';
import type { CaseworkDependencies } from './casework-dependencies.ts';
import { moveRequest } from './move-request.ts';
import { queueLetter, queueExtract } from './queue-letter.ts';

export interface DecisionDependencies extends CaseworkDependencies {
  /** Produces the register extract of a ready access request (logged as printing). */
  readonly produceExtract: (requestId: string, actor: string) => Promise<ExtractModel>;
}

async function lockedRequest(trx: Transaction<Database>, requestId: string): Promise<RequestRecord> {
  const request = await lockRequestRecord(trx, requestId);
  if (!request) throw new InsynError('REQUEST_NOT_FOUND', 'no such request');
  return request;
}

async function sendDecision(
  trx: Transaction<Database>, deps: DecisionDependencies, request: RequestRecord, decision: Decision,
  context: { readonly actor: string; readonly at: Date; readonly extract: ExtractModel | undefined; readonly approvedAt?: Date },
): Promise<void> {
  const { actor, at } = context;
  await queueLetter(trx, deps.contentSealer, {
    requestId: request.id, language: request.language, at, actor,
    letter: {
      kind: 'decision', caseNumber: request.caseNumber ?? '', date: at.toISOString(), right: request.right,
      receivedAt: request.receivedAt.toISOString(), decision, extractEnclosed: context.extract !== undefined,
      ...(context.approvedAt ? { approvedAt: context.approvedAt.toISOString() } : {}),
    },
  });
  if (context.extract) await queueExtract(trx, deps.contentSealer, { requestId: request.id, language: request.language, at, actor, extract: context.extract });
  await moveRequest(trx, deps, request, 'completed', {
    actor, at, change: { completedAt: at }, detail: { outcome: decisionOutcome(decision.items) },
  });
  await deleteExtractParts(trx, request.id);
}

/** Proposes the decision; returns 'approval' when a granskare must approve it, 'completed' when it was sent. */
export async function proposeRequestDecision(
  deps: DecisionDependencies, input: { readonly requestId: string; readonly decision: Decision; readonly actor: string },
): Promise<'approval' | 'completed'> {
  assertDecisionComplete(input.decision);
  const at = deps.clock();
  const approval = needsApproval(input.decision);
  const first = await deps.db.selectFrom('request').select(['status', 'right_kind']).where('id', '=', input.requestId).executeTakeFirst();
  if (!first) throw new InsynError('REQUEST_NOT_FOUND', 'no such request');
  const extract = !approval && first.right_kind === 'access' ? await deps.produceExtract(input.requestId, input.actor) : undefined;
  return deps.db.transaction().execute(async (trx) => {
    const request = await lockedRequest(trx, input.requestId);
    if (request.status !== 'ready' && request.status !== 'handling') {
      throw new InsynError('REQUEST_TRANSITION_INVALID', `a decision is proposed on a ready or handled request, not ${request.status}`);
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
    await sendDecision(trx, deps, request, input.decision, { actor: input.actor, at, extract });
    return 'completed';
  });
}

/** A granskare other than the proposer approves the proposed decision; it is sent. */
export async function approveRequestDecision(deps: DecisionDependencies, input: { readonly requestId: string; readonly actor: string }): Promise<void> {
  const proposal = await findDecision(deps.db, input.requestId);
  if (!proposal) throw new InsynError('REQUEST_TRANSITION_INVALID', 'no decision is proposed');
  if (proposal.proposedBy === input.actor) throw new InsynError('APPROVAL_NOT_ALLOWED', 'the proposer cannot approve their own decision');
  const first = await deps.db.selectFrom('request').select('right_kind').where('id', '=', input.requestId).executeTakeFirstOrThrow();
  const extract = first.right_kind === 'access' ? await deps.produceExtract(input.requestId, input.actor) : undefined;
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
