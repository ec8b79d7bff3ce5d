// Pauses a request while the agency waits for the person to supplement it (what data, which
// case): a letter asks the question and the clock stops; resuming moves the due date on by the
// calendar days it was paused and returns the request to where it was.
import { InsynError } from '../../domain/error-catalogue.ts';
import { currentDeadline, swedishDaysBetween } from '../../domain/extension.ts';
import { canPause } from '../../domain/request-lifecycle.ts';
import { swedishDay } from '../../domain/response-deadline.ts';
import { lockRequestRecord, updateCase } from '../../stores/request-store.ts';
import type { CaseworkDependencies } from './casework-dependencies.ts';
import { moveRequest } from './move-request.ts';
import { queueLetter } from './queue-letter.ts';

export const MIN_QUESTION_LENGTH = 10;

export async function pauseRequest(
  deps: CaseworkDependencies, input: { readonly requestId: string; readonly question: string; readonly actor: string },
): Promise<void> {
  const at = deps.clock();
  if (input.question.trim().length < MIN_QUESTION_LENGTH) throw new InsynError('VALIDATION_FAILED', 'question: say what the person should add');
  await deps.db.transaction().execute(async (trx) => {
    const request = await lockRequestRecord(trx, input.requestId);
    if (!request) throw new InsynError('REQUEST_NOT_FOUND', 'no such request');
    if (!canPause(request.status)) throw new InsynError('REQUEST_TRANSITION_INVALID', `a ${request.status} request cannot be paused`);
    await moveRequest(trx, deps, request, 'paused', { actor: input.actor, at, detail: { reason: 'supplement' } });
    await updateCase(trx, request.id, { pausedFrom: request.status, pausedAt: at });
    await queueLetter(trx, deps.contentSealer, {
      requestId: request.id, language: request.language, at, actor: input.actor,
      facts: {
        kind: 'supplement', caseNumber: request.caseNumber ?? '', date: swedishDay(at), right: request.right,
        question: input.question.trim(), dueDay: swedishDay(request.dueAt),
      },
    });
  });
}

export async function resumeRequest(deps: CaseworkDependencies, input: { readonly requestId: string; readonly actor: string }): Promise<{ dueAt: Date }> {
  const at = deps.clock();
  return deps.db.transaction().execute(async (trx) => {
    const request = await lockRequestRecord(trx, input.requestId);
    if (!request) throw new InsynError('REQUEST_NOT_FOUND', 'no such request');
    if (request.status !== 'paused' || !request.pausedFrom || !request.pausedAt) {
      throw new InsynError('REQUEST_TRANSITION_INVALID', `the request is ${request.status}`);
    }
    const pausedDays = request.pausedDays + swedishDaysBetween(request.pausedAt, at);
    const dueAt = currentDeadline(request.receivedAt, { extended: request.extendedAt !== null, pausedDays }, { evesAreHolidays: deps.evesAreHolidays });
    await moveRequest(trx, deps, request, request.pausedFrom, { actor: input.actor, at, detail: { pausedDays } });
    await updateCase(trx, request.id, { pausedFrom: null, pausedAt: null, pausedDays, dueAt });
    return { dueAt };
  });
}
