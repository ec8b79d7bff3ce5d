// The request page's change section (issue 6) for rectification, completion, erasure, restriction
// and objection requests: the run after the decision (when, waiting for a failing system, failed
// with a button to run again, done with the recipients told), the items with their decision and
// state (a proposed item can be refused with reasons and a ground, carried out after all, or
// removed), the forms that propose items for the request's right, and the decision proposed from
// the items. Every form works without JavaScript; every control is labelled.
import type { Language } from '../../request-language.ts';
import { legalGroundLabel } from '../../../domain/legal-grounds.ts';
import { html, type SafeHtml } from '../../../lib/html.ts';
import type { ChangeItemView, ChangesView } from '../../../operations/changes/change-actions.ts';
import { HANDLER_DECIDES } from '../../../operations/changes/change-items.ts';
import type { StaffCaseDetail } from '../../../operations/requests/case-views.ts';
import { actionForm, stateOf, type CaseFormContext } from './case-form-context.ts';
import { changesText, type ChangesText } from './changes-text.ts';
import { selectField, textArea, textField, type Choice } from './form-controls.ts';
import { formatDateTime } from './format-date-time.ts';
import { valueOf } from './form-values.ts';

export interface ChangesContext extends CaseFormContext {
  readonly detail: StaffCaseDetail;
  readonly canHandle: boolean;
}

/** The ids a refused item form's errors link to (n: the item's number on the page). */
export function changeItemIds(n: number) {
  return { ground: `item-${n}-ground`, reasons: `item-${n}-reasons` } as const;
}

export const changeFormIds = {
  target: 'change-target', value: 'change-value', record: 'complete-record', statement: 'complete-statement',
  restrictTarget: 'restrict-target', restrictReason: 'restrict-reason', objectDataset: 'object-dataset', decisionReasons: 'changes-decision-reasons',
  /** The form that keeps every undecided record of one plan reason. */
  undecided: (reason: string) => ({ ground: `undecided-${reason}-ground`, reasons: `undecided-${reason}-reasons` }),
} as const;

function isUndecided(item: ChangeItemView): boolean {
  return item.status === 'proposed' && item.decision === 'keep' && item.keptGround === undefined && HANDLER_DECIDES.has(item.reason ?? '');
}

/** One form per plan reason the case handler decides: every such record kept with the same reasons and ground. */
function undecidedForms(changes: ChangesView, context: ChangesContext, words: ChangesText): SafeHtml {
  if (!context.canHandle || context.detail.summary.status !== 'handling') return html``;
  const state = stateOf(context, 'change-keep-undecided');
  return html`${[...HANDLER_DECIDES].map((reason) => {
    const count = changes.items.filter((item) => item.reason === reason && isUndecided(item)).length;
    if (count === 0) return html``;
    const mine = valueOf(state.values, 'reason') === reason;
    const ids = changeFormIds.undecided(reason);
    return html`<h3>${words.undecidedAll.heading(count, words.keepReasons[reason] ?? reason)}</h3><p>${words.undecidedAll.lead[reason as 'restricted' | 'ambiguous-key']}</p>
      ${actionForm(context, 'change-keep-undecided', html`<input type="hidden" name="reason" value="${reason}">
        ${textField({ id: ids.ground, name: 'ground', label: words.keep.ground, hint: words.keep.groundHint, value: mine ? valueOf(state.values, 'ground') : '', errors: mine ? state.errors : [] })}
        ${textArea({ id: ids.reasons, name: 'reasons', label: words.keep.reasons, hint: words.keep.reasonsHint, value: mine ? valueOf(state.values, 'reasons') : '', rows: 3, errors: mine ? state.errors : [] })}
        <button type="submit">${words.undecidedAll.submit(count)}</button>`)}`;
  })}`;
}

function decisionWords(item: ChangeItemView, words: ChangesText, language: Language): string {
  if (item.decision === 'apply') return words.apply;
  if (item.keptGround !== undefined) return words.keptBecause(legalGroundLabel(item.keptGround, language));
  const reason = item.reason ?? '';
  const because = words.keptBecause(words.keepReasons[reason] ?? reason);
  return isUndecided(item) ? `${because} – ${reason === 'restricted' ? words.decideRestricted : words.decideThis}` : because;
}

/** A failed item of a failed run: settled by hand as not carried out, with reasons, so the run can finish. */
function abandonForm(item: ChangeItemView, n: number, context: ChangesContext, words: ChangesText): SafeHtml {
  if (!context.canHandle || item.status !== 'failed' || context.detail.changes?.execution?.status !== 'failed') return html``;
  const own = stateOf(context, 'change-item');
  const mine = valueOf(own.values, 'item') === item.id;
  const ids = changeItemIds(n);
  return html`<details${mine ? html` open` : ''}><summary>${words.abandon.summary(n)}</summary>
      ${actionForm(context, 'change-item', html`<input type="hidden" name="item" value="${item.id}"><input type="hidden" name="do" value="abandon"><input type="hidden" name="n" value="${n}">
        ${textArea({ id: ids.reasons, name: 'reasons', label: words.abandon.reasons, hint: words.abandon.hint, value: mine ? valueOf(own.values, 'reasons') : '', rows: 3, errors: mine ? own.errors : [] })}
        <button type="submit">${words.abandon.submit}</button>`)}
    </details>`;
}

function itemActions(item: ChangeItemView, n: number, context: ChangesContext, words: ChangesText): SafeHtml {
  if (item.status === 'failed') return abandonForm(item, n, context, words);
  if (!context.canHandle || item.status !== 'proposed' || context.detail.summary.status !== 'handling') return html``;
  const own = stateOf(context, 'change-item');
  const mine = valueOf(own.values, 'item') === item.id;
  const ids = changeItemIds(n);
  const label = words.itemLabel(n, item.description);
  const refusable = item.decision === 'apply' || isUndecided(item);
  const applicable = item.decision === 'keep' && (item.reason === 'restricted' || item.reason === 'handler');
  const keep = refusable ? html`<details${mine ? html` open` : ''}><summary>${words.keep.summary(n)}</summary>
      ${actionForm(context, 'change-item', html`<input type="hidden" name="item" value="${item.id}"><input type="hidden" name="do" value="keep"><input type="hidden" name="n" value="${n}">
        ${textField({ id: ids.ground, name: 'ground', label: words.keep.ground, hint: words.keep.groundHint, value: mine ? valueOf(own.values, 'ground') : '', errors: mine ? own.errors : [] })}
        ${textArea({ id: ids.reasons, name: 'reasons', label: words.keep.reasons, hint: words.keep.reasonsHint, value: mine ? valueOf(own.values, 'reasons') : '', rows: 3, errors: mine ? own.errors : [] })}
        <button type="submit">${words.keep.submit}</button>`)}
    </details>` : html``;
  const apply = !applicable ? html`` : actionForm(context, 'change-item', html`<input type="hidden" name="item" value="${item.id}"><input type="hidden" name="do" value="apply">
      <button type="submit" class="button-quiet" aria-label="${words.applyAnyway}: ${label}">${words.applyAnyway}</button>`, 'inline-form');
  const remove = item.restricting || item.kind === 'erase' ? html`` : actionForm(context, 'change-item', html`<input type="hidden" name="item" value="${item.id}"><input type="hidden" name="do" value="remove">
      <button type="submit" class="button-quiet" aria-label="${words.remove}: ${label}">${words.remove}</button>`, 'inline-form');
  return html`${keep}${apply}${remove}`;
}

function itemsTable(changes: ChangesView, context: ChangesContext, words: ChangesText): SafeHtml {
  if (changes.items.length === 0) return html`<p>${words.none}</p>`;
  const { language } = context;
  return html`<div class="table-scroll" role="region" aria-labelledby="andringar-tabell" tabindex="0"><table class="data-table">
      <caption id="andringar-tabell">${words.caption}</caption>
      <thead><tr><th scope="col">${words.columns.what}</th><th scope="col">${words.columns.system}</th><th scope="col">${words.columns.decision}</th>
        <th scope="col">${words.columns.state}</th><th scope="col">${words.columns.actions}</th></tr></thead>
      <tbody>${changes.items.map((item, index) => html`<tr>
        <th scope="row">${index + 1}. ${item.description}${item.restricting && item.status === 'proposed' ? html`<br><span class="field-hint">${words.restricting}</span>` : ''}</th>
        <td>${item.system}</td>
        <td>${decisionWords(item, words, language)}</td>
        <td>${item.outcome === 'not-done' ? words.closedNotDone : html`${words.itemStatus[item.status]}${item.errorCode ? html` <code>${item.errorCode}</code>` : ''}`}</td>
        <td>${itemActions(item, index + 1, context, words)}</td>
      </tr>`)}</tbody>
    </table></div>`;
}

function runNotice(changes: ChangesView, context: ChangesContext, words: ChangesText): SafeHtml {
  const run = changes.execution;
  if (!run) return html``;
  const detail = run.status === 'scheduled' ? formatDateTime(run.executeAfter, context.language) : run.errorCode ?? '–';
  const told = run.status === 'done' ? html`<p>${run.notified.length > 0 ? words.notified(run.notified.join(', ')) : words.nobodyNotified}</p>` : '';
  const retry = run.status === 'failed' && context.canHandle
    ? actionForm(context, 'changes-retry', html`<button type="submit">${words.retry}</button>`, 'inline-form') : '';
  return html`<div class="${run.status === 'failed' || run.status === 'waiting' ? 'notice notice-warning' : 'notice'}" role="status">
      <p>${words.run[run.status](detail)}</p>${told}${retry}
    </div>`;
}

function recordText(record: ChangesView['records'][number]): string {
  const parts = Object.entries(record.label).filter(([, value]) => value !== '').map(([name, value]) => `${record.fieldNames[name] ?? name} ${value}`);
  return parts.length > 0 ? `${record.datasetName} (${parts.join(', ')})` : record.datasetName;
}

function correctForm(changes: ChangesView, context: ChangesContext, words: ChangesText): SafeHtml {
  const state = stateOf(context, 'change-correct');
  const options: Choice[] = changes.records.flatMap((record) => Object.entries(record.changeable).map(([field, value]) => ({
    value: `${field}|${record.token}`, label: `${recordText(record)} – ${record.fieldNames[field] ?? field} (${words.correct.now(value)})`,
  })));
  const body = options.length === 0 ? html`<p>${words.correct.noRecords}</p>` : actionForm(context, 'change-correct', html`
      ${selectField({ id: changeFormIds.target, name: 'target', label: words.correct.target, options, selected: valueOf(state.values, 'target'), errors: state.errors })}
      ${textField({ id: changeFormIds.value, name: 'value', label: words.correct.value, hint: words.correct.valueHint, value: valueOf(state.values, 'value'), errors: state.errors })}
      <button type="submit">${words.correct.submit}</button>`);
  return html`<h3>${words.correct.heading}</h3><p>${words.correct.lead}</p>${body}`;
}

function completeForm(changes: ChangesView, context: ChangesContext, words: ChangesText): SafeHtml {
  if (changes.records.length === 0) return html``;
  const state = stateOf(context, 'change-complete');
  const options = changes.records.map((record) => ({ value: record.token, label: recordText(record) }));
  return html`<h3>${words.complete.heading}</h3><p>${words.complete.lead}</p>${actionForm(context, 'change-complete', html`
      ${selectField({ id: changeFormIds.record, name: 'record', label: words.complete.record, options, selected: valueOf(state.values, 'record'), errors: state.errors })}
      ${textArea({ id: changeFormIds.statement, name: 'statement', label: words.complete.statement, hint: words.complete.statementHint, value: valueOf(state.values, 'statement'), errors: state.errors })}
      <button type="submit">${words.complete.submit}</button>`)}`;
}

function eraseForm(changes: ChangesView, context: ChangesContext, words: ChangesText): SafeHtml {
  const again = changes.items.some((item) => item.kind === 'erase');
  return html`<h3>${words.erase.heading}</h3><p>${words.erase.lead}</p>
    ${actionForm(context, 'change-erasure-plan', html`<button type="submit">${again ? words.erase.again : words.erase.submit}</button>`)}`;
}

function restrictForm(changes: ChangesView, context: ChangesContext, words: ChangesText): SafeHtml {
  const state = stateOf(context, 'change-restrict');
  const targets: Choice[] = [
    ...changes.datasets.map((dataset) => ({ value: `dataset|${dataset.id}`, label: words.restrict.whole(dataset.name) })),
    ...changes.records.map((record) => ({ value: `record|${record.token}`, label: recordText(record) })),
  ];
  const reasons = Object.entries(words.restrict.reasons).map(([value, label]) => ({ value, label }));
  return html`<h3>${words.restrict.heading}</h3><p>${words.restrict.lead}</p>${actionForm(context, 'change-restrict', html`
      ${selectField({ id: changeFormIds.restrictTarget, name: 'target', label: words.restrict.target, options: targets, selected: valueOf(state.values, 'target'), errors: state.errors })}
      ${selectField({ id: changeFormIds.restrictReason, name: 'reason', label: words.restrict.reason, options: reasons, selected: valueOf(state.values, 'reason'), errors: state.errors })}
      <button type="submit">${words.restrict.submit}</button>`)}`;
}

function objectForm(changes: ChangesView, context: ChangesContext, words: ChangesText): SafeHtml {
  const state = stateOf(context, 'change-object');
  const options = changes.datasets.map((dataset) => ({ value: dataset.id, label: dataset.name }));
  return html`<h3>${words.object.heading}</h3><p>${words.object.lead}</p>${actionForm(context, 'change-object', html`
      ${selectField({ id: changeFormIds.objectDataset, name: 'dataset', label: words.object.dataset, options, selected: valueOf(state.values, 'dataset'), errors: state.errors })}
      <button type="submit">${words.object.submit}</button>`)}`;
}

function proposalForms(changes: ChangesView, context: ChangesContext, words: ChangesText): SafeHtml {
  switch (context.detail.summary.right) {
    case 'rectification': return html`${correctForm(changes, context, words)}${completeForm(changes, context, words)}`;
    case 'completion': return html`${completeForm(changes, context, words)}${correctForm(changes, context, words)}`;
    case 'erasure': return eraseForm(changes, context, words);
    case 'restriction': return restrictForm(changes, context, words);
    case 'objection': return objectForm(changes, context, words);
    default: return html``;
  }
}

/** The decision proposed from the items (they are its points); only the reasons for the whole are written here. */
export function changesDecisionForm(context: CaseFormContext): SafeHtml {
  const words = changesText[context.language].decision;
  const state = stateOf(context, 'changes-decision');
  return html`<h4>${words.heading}</h4><p>${words.lead}</p>${actionForm(context, 'changes-decision', html`
      ${textArea({ id: changeFormIds.decisionReasons, name: 'reasons', label: words.reasons, hint: words.reasonsHint, value: valueOf(state.values, 'reasons'), errors: state.errors })}
      <button type="submit">${words.submit}</button>`)}`;
}

export function changesSection(context: ChangesContext): SafeHtml {
  const changes = context.detail.changes;
  if (!changes) return html``;
  const words = changesText[context.language];
  const proposing = context.canHandle && context.detail.summary.status === 'handling';
  if (!proposing && changes.items.length === 0 && !changes.execution) return html``;
  return html`<section aria-labelledby="andringar">
      <h2 id="andringar">${words.heading}</h2>
      <p>${words.lead}</p>
      ${runNotice(changes, context, words)}
      ${changes.unavailable.length > 0 ? html`<div class="notice notice-warning" role="status"><p>${words.unavailable(changes.unavailable.join(', '))}</p></div>` : ''}
      ${undecidedForms(changes, context, words)}
      ${itemsTable(changes, context, words)}
      ${proposing ? proposalForms(changes, context, words) : ''}
    </section>`;
}
