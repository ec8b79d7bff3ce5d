// The receipt (issue 6): when a decision's changes have been carried out, the person is sent what
// was done where — each item as the decision described it, the system, done or kept — and which
// recipients were told (Art. 19). Written once: the run's row holds the letter's id, checked with
// the row locked, so a resumed run never sends a second receipt.
import type { ReceiptItem } from '../../documents/letters/letter-model.ts';
import { InsynError } from '../../domain/error-catalogue.ts';
import { changeItemsOf, updateChangeExecution } from '../../stores/change-item-store.ts';
import { findDecision } from '../../stores/decision-store.ts';
import { appendRequestEvent } from '../../stores/request-event-store.ts';
import { lockRequestRecord } from '../../stores/request-store.ts';
import { queueLetter } from '../requests/queue-letter.ts';
import { receiptTexts } from '../../documents/letters/receipt-texts.ts';
import { itemDescription } from './change-decision.ts';
import { describeItems } from './change-items.ts';
import { CHANGES_ACTOR, NOT_DONE, systemName, type ChangeworkDependencies } from './change-work.ts';

export async function sendChangeReceipt(deps: ChangeworkDependencies, requestId: string): Promise<string> {
  return deps.db.transaction().execute(async (trx) => {
    const request = await lockRequestRecord(trx, requestId);
    if (!request) throw new InsynError('REQUEST_NOT_FOUND', 'no such request');
    const execution = await trx.selectFrom('change_execution').selectAll().where('request_id', '=', requestId).forUpdate().executeTakeFirstOrThrow();
    if (execution.receipt_letter_id) {
      if (execution.status !== 'done') await updateChangeExecution(trx, requestId, { status: 'done', at: deps.clock(), errorCode: null });
      return execution.receipt_letter_id;
    }
    const language = request.language;
    const counters = new Map<string, number>();
    const items = describeItems(deps, await changeItemsOf(trx, requestId)).map((described): ReceiptItem => {
      const index = (counters.get(described.dataset.qualifiedId) ?? 0) + 1;
      counters.set(described.dataset.qualifiedId, index);
      const { item } = described;
      const system = systemName(deps.catalog, described.dataset, language);
      const outcome = item.decision === 'keep' ? 'kept' : item.status === 'done' && item.outcome !== NOT_DONE ? 'done' : 'not-done';
      if (outcome !== 'not-done') return { description: itemDescription(described, language, index), system, outcome };
      // The case handler's reasons for settling it as not carried out; a correction not made leaves the record restricted.
      const own = item.reasonsSealed ? deps.contentSealer.openJson<{ reasons: string }>(item.reasonsSealed, `${item.id}/reasons`).reasons : '';
      const still = item.kind === 'rectify' && item.restrictionIds.length > 0 ? receiptTexts[language].stillRestricted : '';
      const reasons = [own, still].filter((part) => part !== '').join(' ');
      return { description: itemDescription(described, language, index), system, outcome, ...(reasons ? { reasons } : {}) };
    });
    const names = new Map(deps.catalog.recipients.map((recipient) => [recipient.id, recipient.name[language]]));
    const decision = await findDecision(trx, requestId);
    const at = deps.clock();
    const letterId = await queueLetter(trx, deps.contentSealer, {
      requestId, language, at, actor: CHANGES_ACTOR,
      letter: {
        kind: 'receipt', caseNumber: request.caseNumber ?? '', date: at.toISOString(), right: request.right, receivedAt: request.receivedAt.toISOString(),
        decidedAt: (decision?.approvedAt ?? decision?.proposedAt ?? at).toISOString(), items,
        notified: execution.notified.map((id) => names.get(id) ?? id),
      },
    });
    await updateChangeExecution(trx, requestId, { status: 'done', at, errorCode: null, receiptLetterId: letterId });
    await appendRequestEvent(trx, {
      requestId, at, actor: CHANGES_ACTOR, kind: 'changes-carried-out',
      detail: { items: items.length, done: items.filter((item) => item.outcome === 'done').length, notified: execution.notified.length },
    });
    return letterId;
  });
}
