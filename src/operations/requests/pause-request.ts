// Pauses a request while the agency waits for the person to supplement it (what data, which
// case): a letter asks the question and the clock stops; resuming moves the due date on by the
// calendar days it was paused and returns the request to where it was.
import { InsynError } from '../../domain/error-catalogue.ts';
import { currentDeadline, swedishDaysBetween } from '../../domain/extension.ts';
import { canPause } from '../../domain/request-lifecycle.ts';
import type { SupplementNeed } from '../../documents/letters/letter-model.ts';
import { lockRequestRecord, updateCase } from '../../stores/request-store.ts';
import type { CaseworkDependencies } from './casework-dependencies.ts';
import { moveRequest } from './move-request.ts';
import { queueLetter } from './queue-letter.ts';

export interface PauseInput {
  readonly requestId: string;
  /** What the person is asked to add. */
  readonly needs: readonly SupplementNeed[];
  /** Anything else, in the case handler's words (in the letter's language). */
  readonly details?: string;
  readonly actor: string;
}

export async function pauseRequest(deps: CaseworkDependencies, input: PauseInput): Promise<void> {
  const at = deps.clock();
  if (input.needs.length === 0 && (input.details ?? '').trim().length < 10) {
    throw new InsynError('VALIDATION_FAILED', 'needs: say what the person should add');
  }
  await deps.db.transaction().execute(async (trx) => {
    const request = await lockRequestRecord(trx, input.requestId);
    if (!request) throw new InsynError('REQUEST_NOT_FOUND', 'no such request');
    if (!canPause(request.status)) throw new InsynError('REQUEST_TRANSITION_INVALID', `a ${request.status} request cannot be paused`);
    // A register extract's collection is already under way from intake; pause it once collected.
    if (request.right === 'access' && request.status === 'received') {
      throw new InsynError('REQUEST_TRANSITION_INVALID', 'an access request is paused after collection, not while it is being collected');
    }
    await moveRequest(trx, deps, request, 'paused', { actor: input.actor, at, detail: { reason: 'supplement' } });
    await updateCase(trx, request.id, { pausedFrom: request.status, pausedAt: at });
    await queueLetter(trx, deps.contentSealer, {
      requestId: request.id, language: request.language, at, actor: input.actor,
      letter: {
        kind: 'supplement', caseNumber: request.caseNumber ?? '', date: at.toISOString(), right: request.right,
        receivedAt: request.receivedAt.toISOString(), needs: [...new Set(input.needs)],
        ...(input.details?.trim() ? { details: input.details.trim() } : {}),
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
    await updateCase(trx, request.id, { pausedFrom: null, pausedAt: null, pausedDays, dueAt, remindedAt: null, overdueAlertedAt: null });
    return { dueAt };
  });
}
