// A register extract whose collection failed (a system gone for longer than the retries last, a
// source answering too much) is not left unanswered: a case handler starts collection again once
// the cause is dealt with. The request returns to `received` with a fresh collect job.
import { InsynError } from '../../domain/error-catalogue.ts';
import { enqueueJob } from '../../engine/enqueue-job.ts';
import { COLLECT_EXTRACT_JOB } from '../extracts/collect-extract.ts';
import { lockRequestRecord } from '../../stores/request-store.ts';
import type { CaseworkDependencies } from './casework-dependencies.ts';
import { moveRequest } from './move-request.ts';
import { COLLECT_MAX_ATTEMPTS } from './register-request.ts';

export async function retryCollection(deps: CaseworkDependencies, input: { readonly requestId: string; readonly actor: string }): Promise<void> {
  const at = deps.clock();
  await deps.db.transaction().execute(async (trx) => {
    const request = await lockRequestRecord(trx, input.requestId);
    if (!request) throw new InsynError('REQUEST_NOT_FOUND', 'no such request');
    if (request.status !== 'failed' || request.right !== 'access') {
      throw new InsynError('REQUEST_TRANSITION_INVALID', 'only a failed register extract is collected again');
    }
    await moveRequest(trx, deps, request, 'received', { actor: input.actor, at, change: { errorCode: null }, detail: { retry: true, error: request.errorCode ?? '' } });
    await enqueueJob(trx, {
      kind: COLLECT_EXTRACT_JOB, version: 1, payload: { requestId: request.id },
      idempotencyKey: `collect:${request.id}:${at.getTime()}`, maxAttempts: COLLECT_MAX_ATTEMPTS,
    });
  });
}
