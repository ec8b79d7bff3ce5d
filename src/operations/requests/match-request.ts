// Manual identity matching (R30): a request made with a foreign eID carries no personnummer. A
// case handler who has established who the person is (for example from the eIDAS attributes and
// the population register) records the personnummer or samordningsnummer; the request then
// proceeds like any other. The due date stays: the month runs from receipt.
import { InsynError } from '../../domain/error-catalogue.ts';
import type { IdentityNumber } from '../../domain/personnummer.ts';
import { enqueueJob } from '../../engine/enqueue-job.ts';
import { appendRequestEvent } from '../../stores/request-event-store.ts';
import { lockRequestRecord, updateCase } from '../../stores/request-store.ts';
import { releaseHeldDeliveries } from '../../stores/delivery-store.ts';
import { enqueueDeliveryJob } from '../delivery/schedule-delivery.ts';
import type { CaseworkDependencies } from './casework-dependencies.ts';
import type { ForeignIdentity } from './intake-input.ts';
import { moveRequest } from './move-request.ts';
import { COLLECT_EXTRACT_JOB } from '../extracts/collect-extract.ts';
import { COLLECT_MAX_ATTEMPTS, isProtected } from './register-request.ts';

export async function matchRequest(
  deps: CaseworkDependencies, input: { readonly requestId: string; readonly subject: IdentityNumber; readonly actor: string },
): Promise<void> {
  const at = deps.clock();
  const protectedIdentity = await isProtected(deps, input.subject);
  await deps.db.transaction().execute(async (trx) => {
    const request = await lockRequestRecord(trx, input.requestId);
    if (!request) throw new InsynError('REQUEST_NOT_FOUND', 'no such request');
    if (request.status !== 'matching') throw new InsynError('REQUEST_TRANSITION_INVALID', `the request is ${request.status}`);
    // The eIDAS login's date of birth must be the person's: a mistyped number would send someone else's data.
    const foreign = request.requesterSealed ? deps.contentSealer.openJson<Partial<ForeignIdentity>>(request.requesterSealed, `${request.id}/requester`) : {};
    if (foreign.birthDate && foreign.birthDate !== input.subject.birthDate) {
      throw new InsynError('VALIDATION_FAILED', 'subject: the date of birth differs from the one the foreign eID gave');
    }
    const subjectKey = deps.subjectKey(input.subject.normalized);
    await updateCase(trx, request.id, { subjectKey, subjectSealed: deps.sealer.seal(input.subject.normalized), protected: protectedIdentity });
    await appendRequestEvent(trx, { requestId: request.id, at, actor: input.actor, kind: 'matched' });
    // Letters written before the person was known (the acknowledgement) are sent now.
    // (A delivery job running now sees the match: it holds a delivery only under this request's lock.)
    for (const deliveryId of await releaseHeldDeliveries(trx, request.id, at)) await enqueueDeliveryJob(trx, deliveryId, `deliver:${deliveryId}:matched`);
    const next = request.right === 'access' ? 'received' : 'handling';
    await moveRequest(trx, deps, { ...request, subjectKey }, 'received', { actor: input.actor, at, detail: { matched: true } });
    if (next === 'handling') await moveRequest(trx, deps, { ...request, subjectKey, status: 'received' }, 'handling', { actor: input.actor, at });
    else {
      await enqueueJob(trx, {
        kind: COLLECT_EXTRACT_JOB, version: 1, payload: { requestId: request.id }, idempotencyKey: `collect:${request.id}`, maxAttempts: COLLECT_MAX_ATTEMPTS,
      });
    }
  });
}
