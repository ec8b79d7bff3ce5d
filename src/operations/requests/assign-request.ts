// A case handler takes an open request ("Ta ärendet"): it becomes theirs in the queue's "mine"
// filter, and the timeline says who took it and when.
import { InsynError } from '../../domain/error-catalogue.ts';
import { isOpen } from '../../domain/request-lifecycle.ts';
import { appendRequestEvent } from '../../stores/request-event-store.ts';
import { lockRequestRecord, updateCase } from '../../stores/request-store.ts';
import type { CaseworkDependencies } from './casework-dependencies.ts';

export async function assignRequest(deps: Pick<CaseworkDependencies, 'db' | 'clock'>, input: { readonly requestId: string; readonly actor: string }): Promise<void> {
  const at = deps.clock();
  await deps.db.transaction().execute(async (trx) => {
    const request = await lockRequestRecord(trx, input.requestId);
    if (!request) throw new InsynError('REQUEST_NOT_FOUND', 'no such request');
    if (!isOpen(request.status)) throw new InsynError('REQUEST_TRANSITION_INVALID', `the request is ${request.status}`);
    if (request.assignedTo === input.actor) return;
    await updateCase(trx, request.id, { assignedTo: input.actor });
    await appendRequestEvent(trx, { requestId: request.id, at, actor: input.actor, kind: 'assigned' });
  });
}
