// Every change of a request's state goes through here: the lifecycle allows it or it is refused
// (REQUEST_TRANSITION_INVALID); the new state, a timeline entry and a processing-log event are
// written in the caller's transaction. Writing the same state again only updates its details.
import type { Transaction } from 'kysely';
import { legalBasisText, resolvePurpose } from '../../access/resolve-dataset.ts';
import type { ProcessingEventInput } from '../../audit/processing-event.ts';
import type { Catalog } from '../../catalog/catalog-types.ts';
import type { Database } from '../../db/database-schema.ts';
import { InsynError } from '../../domain/error-catalogue.ts';
import { canTransition } from '../../domain/request-lifecycle.ts';
import { appendRequestEvent, type TimelineDetail } from '../../stores/request-event-store.ts';
import { lockRequest, updateRequestStatus, type RequestStatus, type StatusChange } from '../../stores/request-store.ts';

/** The catalog purpose under which requests from data subjects are answered. */
export const RIGHTS_PURPOSE = 'rattigheter';

export interface TransitionLogPort {
  appendInTransaction(trx: Transaction<Database>, events: readonly ProcessingEventInput[]): Promise<unknown>;
}

export interface MoveDependencies {
  readonly catalog: Catalog;
  readonly processingLog: TransitionLogPort;
}

export interface MovingRequest {
  readonly id: string;
  /** The state the caller last saw; the row's own state (read under lock) decides. */
  readonly status: RequestStatus;
  readonly subjectKey: string | null;
}

export interface MoveContext {
  /** Pseudonymous: `staff:<id>`, `e-service`, `insyn-extract`, `cli`. */
  readonly actor: string;
  readonly at: Date;
  /** Codes and numbers only, never personal data. */
  readonly detail?: TimelineDetail;
  readonly change?: Omit<StatusChange, 'status'>;
}

export function rightsEvent(catalog: Catalog, input: Omit<ProcessingEventInput, 'purpose' | 'legalBasis'>): ProcessingEventInput {
  const purpose = resolvePurpose(catalog, RIGHTS_PURPOSE);
  return { ...input, purpose: purpose.id, legalBasis: legalBasisText(purpose) };
}

export async function moveRequest(
  trx: Transaction<Database>, deps: MoveDependencies, request: MovingRequest, to: RequestStatus, context: MoveContext,
): Promise<void> {
  // The state as it is now, under the row lock: a caller's copy may be stale (a pause meanwhile).
  const from = (await lockRequest(trx, request.id)) ?? request.status;
  if (from !== to && !canTransition(from, to)) {
    throw new InsynError('REQUEST_TRANSITION_INVALID', `${from} → ${to}`);
  }
  await updateRequestStatus(trx, request.id, { ...context.change, status: to });
  if (from === to) return;
  const detail: TimelineDetail = { ...context.detail, from, to };
  await appendRequestEvent(trx, { requestId: request.id, at: context.at, actor: context.actor, kind: 'transition', from, to, detail: context.detail ?? {} });
  await deps.processingLog.appendInTransaction(trx, [rightsEvent(deps.catalog, {
    actor: context.actor, kind: 'store', subjectKey: request.subjectKey, datasets: [], fields: [], stepId: request.id, detail,
  })]);
}
