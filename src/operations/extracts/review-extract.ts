// The secrecy review of an extract (sekretessprövning): a case handler proposes, for each marked
// item, to release it, redact named fields or withhold it, on one of the item's secrecy grounds;
// another person approves (four eyes). When every marked item is approved the request is ready.
import type { Kysely } from 'kysely';
import type { Catalog, SecrecyClass } from '../../catalog/catalog-types.ts';
import type { Database } from '../../db/database-schema.ts';
import { InsynError } from '../../domain/error-catalogue.ts';
import { findRequest, lockRequest } from '../../stores/request-store.ts';
import { moveRequest, type TransitionLogPort } from '../requests/move-request.ts';
import {
  approveProposals, listReviewItems, proposeReview, type ReviewDecision, type ReviewItem,
} from '../../stores/review-store.ts';

export interface ReviewDependencies {
  readonly db: Kysely<Database>;
  readonly catalog: Catalog;
  readonly clock: () => Date;
  readonly processingLog: TransitionLogPort;
}

export interface ProposalInput {
  readonly requestId: string;
  readonly dataset: string;
  readonly itemKey: string;
  readonly decision: 'release' | 'redact' | 'withhold';
  readonly kind?: SecrecyClass;
  readonly fields?: readonly string[];
  /** Pseudonymous staff id. */
  readonly by: string;
}

/** Locks the request (so a proposal cannot slip in after the last approval) and checks it is in review. */
async function requestInReview(trx: Kysely<Database>, requestId: string): Promise<void> {
  const status = await lockRequest(trx, requestId);
  if (!status) throw new InsynError('REQUEST_NOT_FOUND', 'no such request');
  if (status !== 'review') throw new InsynError('REQUEST_NOT_READY', `the request is ${status}, not in review`);
}

function decisionOf(input: ProposalInput, item: ReviewItem, catalog: Catalog): ReviewDecision {
  if (input.decision === 'release') return { decision: 'release' };
  const kind = input.kind ?? (item.kinds.length === 1 ? item.kinds[0] : undefined);
  if (!kind || !item.kinds.includes(kind)) {
    throw new InsynError('VALIDATION_FAILED', `kind: one of ${item.kinds.join(', ')}`);
  }
  if (input.decision === 'withhold') return { decision: 'withhold', kind };
  const declared = catalog.systems.flatMap((system) => system.datasets)
    .find((dataset) => dataset.qualifiedId === input.dataset)?.fields.map((field) => field.name) ?? [];
  const fields = [...new Set(input.fields ?? [])];
  if (fields.length === 0 || fields.some((field) => !declared.includes(field))) {
    throw new InsynError('VALIDATION_FAILED', 'fields: one or more fields the dataset declares');
  }
  return { decision: 'redact', fields, kind };
}

export async function proposeDecision(deps: ReviewDependencies, input: ProposalInput): Promise<void> {
  await deps.db.transaction().execute(async (trx) => {
    await requestInReview(trx, input.requestId);
    const item = (await listReviewItems(trx, input.requestId))
      .find((candidate) => candidate.dataset === input.dataset && candidate.itemKey === input.itemKey);
    if (!item) throw new InsynError('NOT_FOUND', 'no such item waits for review in this request');
    await proposeReview(trx, input.requestId, item, decisionOf(input, item, deps.catalog), input.by, deps.clock());
  });
}

/**
 * Approves every proposal made by someone else; the request becomes ready when nothing is left.
 * `seen` is the latest proposal time the approver was shown: a proposal made or changed after it
 * is not approved unseen (REQUEST_TRANSITION_INVALID; reload and look again).
 */
export async function approveReview(deps: ReviewDependencies, requestId: string, by: string, seen?: Date): Promise<{ approved: number; pending: number }> {
  return deps.db.transaction().execute(async (trx) => {
    await requestInReview(trx, requestId);
    if (seen) {
      const changed = (await listReviewItems(trx, requestId))
        .some((item) => item.proposedAt && !item.approvedBy && item.proposedAt.getTime() > seen.getTime());
      if (changed) throw new InsynError('REQUEST_TRANSITION_INVALID', 'a proposal changed after the page was shown; reload and look again');
    }
    const approved = await approveProposals(trx, requestId, by, deps.clock());
    const pending = (await listReviewItems(trx, requestId)).filter((item) => !item.approvedBy).length;
    if (pending === 0) {
      const request = await findRequest(trx, requestId);
      if (request) await moveRequest(trx, deps, request, 'ready', { actor: by, at: deps.clock(), detail: { approved } });
    }
    return { approved, pending };
  });
}

export async function reviewItems(deps: Pick<ReviewDependencies, 'db'>, requestId: string): Promise<ReviewItem[]> {
  if (!(await findRequest(deps.db, requestId))) throw new InsynError('REQUEST_NOT_FOUND', 'no such request');
  return listReviewItems(deps.db, requestId);
}
