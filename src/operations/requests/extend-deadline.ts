// Extends the deadline by two months (Art. 12(3), R03): once, only while the first month runs,
// only with a reason code and reasons. The new due date, the timeline entry, the processing-log
// event and the notice to the person are written in one transaction.
import { InsynError } from '../../domain/error-catalogue.ts';
import { currentDeadline, extensionRefusal } from '../../domain/extension.ts';
import { isOpen } from '../../domain/request-lifecycle.ts';
import { appendRequestEvent } from '../../stores/request-event-store.ts';
import { lockRequestRecord, updateCase, type ExtensionReason } from '../../stores/request-store.ts';
import type { CaseworkDependencies } from './casework-dependencies.ts';
import { rightsEvent } from './move-request.ts';
import { queueLetter } from './queue-letter.ts';

export interface ExtensionInput {
  readonly requestId: string;
  readonly reason: ExtensionReason;
  readonly reasons: string;
  readonly actor: string;
}

export async function extendDeadline(deps: CaseworkDependencies, input: ExtensionInput): Promise<{ dueAt: Date }> {
  const at = deps.clock();
  return deps.db.transaction().execute(async (trx) => {
    const request = await lockRequestRecord(trx, input.requestId);
    if (!request) throw new InsynError('REQUEST_NOT_FOUND', 'no such request');
    if (!isOpen(request.status)) throw new InsynError('REQUEST_TRANSITION_INVALID', `the request is ${request.status}`);
    // The first month runs to the unextended due date, moved on by any pause.
    const firstMonthEnd = currentDeadline(request.receivedAt, { extended: false, pausedDays: request.pausedDays }, { evesAreHolidays: deps.evesAreHolidays });
    const refusal = extensionRefusal({
      receivedAt: request.receivedAt, originalDueAt: firstMonthEnd, dueAt: request.dueAt,
      extendedAt: request.extendedAt, reasons: input.reasons, at,
    });
    if (refusal) throw new InsynError('EXTENSION_NOT_ALLOWED', refusal);
    const dueAt = currentDeadline(request.receivedAt, { extended: true, pausedDays: request.pausedDays }, { evesAreHolidays: deps.evesAreHolidays });
    await updateCase(trx, request.id, {
      dueAt, remindedAt: null, overdueAlertedAt: null, extendedAt: at, extensionReason: input.reason, extensionSealed: deps.contentSealer.sealJson(input.reasons, `${request.id}/extension`),
    });
    await appendRequestEvent(trx, { requestId: request.id, at, actor: input.actor, kind: 'extended', detail: { reason: input.reason } });
    await deps.processingLog.appendInTransaction(trx, [rightsEvent(deps.catalog, {
      actor: input.actor, kind: 'store', subjectKey: request.subjectKey, datasets: [], fields: [], stepId: request.id,
      detail: { extended: input.reason },
    })]);
    await queueLetter(trx, deps.contentSealer, {
      requestId: request.id, language: request.language, at, actor: input.actor,
      letter: {
        kind: 'extension', caseNumber: request.caseNumber ?? '', date: at.toISOString(), right: request.right,
        receivedAt: request.receivedAt.toISOString(), originalDueAt: request.dueAt.toISOString(), newDueAt: dueAt.toISOString(),
        reason: input.reason, reasons: input.reasons.trim(),
      },
    });
    return { dueAt };
  });
}
