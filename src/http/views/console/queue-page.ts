// The request queue (the <main> content; consoleLayout frames it): a GET form to filter by status,
// right, channel, own requests and overdue ones, and the table of requests sorted by due date with
// the days left, a reminder badge when the due day is near and an alert when it has passed.
import type { Language } from '../../request-language.ts';
import { REQUEST_CHANNELS, REQUEST_RIGHTS, type RequestChannel, type RequestRight } from '../../../domain/request-kinds.ts';
import { OPEN_STATUSES, REQUEST_STATUSES, type LifecycleStatus } from '../../../domain/request-lifecycle.ts';
import { html, type SafeHtml } from '../../../lib/html.ts';
import type { CaseSummary } from '../../../operations/requests/case-views.ts';
import { casePath, consolePaths, withLanguage } from './case-paths.ts';
import { dueState, type DueOptions } from './due-state.ts';
import { choiceGroup, selectField } from './form-controls.ts';
import { formatSwedishDay } from './format-date-time.ts';
import { queuePageText, type QueuePageText } from './queue-page-text.ts';
import { channelLabels, rightLabels } from './request-kind-labels.ts';
import { statusBadge, statusLabels } from './status-labels.ts';

export interface QueueFilterValues {
  readonly status?: LifecycleStatus;
  readonly right?: RequestRight;
  readonly channel?: RequestChannel;
  readonly mine: boolean;
  readonly overdue: boolean;
}

export interface QueuePageInput {
  readonly language: Language;
  readonly rows: readonly CaseSummary[];
  readonly total: number;
  readonly filter: QueueFilterValues;
  readonly now: Date;
  readonly due: DueOptions;
  /** False: the viewer lacks the skyddad-identitet authorisation, and the page says such cases are left out. */
  readonly seesProtected: boolean;
  /** Decided changes whose run waits for a failing system or failed. */
  readonly stalled?: readonly { readonly requestId: string; readonly caseNumber: string | null; readonly status: 'waiting' | 'failed'; readonly errorCode: string | null }[];
}

function stalledNotice(input: QueuePageInput, text: QueuePageText): SafeHtml {
  const stalled = input.stalled ?? [];
  if (stalled.length === 0) return html``;
  return html`<section class="notice notice-warning" aria-labelledby="ej-genomforda">
      <h2 id="ej-genomforda">${text.stalled.heading}</h2>
      <ul>${stalled.map((run) => html`<li><a href="${withLanguage(casePath(run.requestId), input.language)}">${run.caseNumber ?? run.requestId}</a>:
        ${run.status === 'failed' ? text.stalled.failed : text.stalled.waiting} <code>${run.errorCode ?? '–'}</code></li>`)}</ul>
    </section>`;
}

function filterForm(input: QueuePageInput, text: QueuePageText): SafeHtml {
  const { language, filter } = input;
  return html`<form method="get" action="${consolePaths.queue}" class="filter-form">
    ${language === 'en' ? html`<input type="hidden" name="lang" value="en">` : ''}
    <fieldset>
      <legend>${text.filterLegend}</legend>
      <div class="form-row">
        ${selectField({ id: 'status', name: 'status', label: text.status, selected: filter.status ?? '',
          options: [{ value: '', label: text.allOpen }, ...REQUEST_STATUSES.map((status) => ({ value: status, label: statusLabels[language][status] }))] })}
        ${selectField({ id: 'rattighet', name: 'rattighet', label: text.right, selected: filter.right ?? '',
          options: [{ value: '', label: text.all }, ...REQUEST_RIGHTS.map((right) => ({ value: right, label: rightLabels[language][right] }))] })}
        ${selectField({ id: 'kanal', name: 'kanal', label: text.channel, selected: filter.channel ?? '',
          options: [{ value: '', label: text.all }, ...REQUEST_CHANNELS.map((channel) => ({ value: channel, label: channelLabels[language][channel] }))] })}
      </div>
      ${choiceGroup({ idPrefix: 'urval', name: 'urval', legend: text.limit, type: 'checkbox', className: 'choices choices-inline',
        choices: [{ value: 'mina', label: text.mine }, { value: 'forsenade', label: text.overdue }],
        checked: [...(filter.mine ? ['mina'] : []), ...(filter.overdue ? ['forsenade'] : [])] })}
      <div class="form-row">
        <button type="submit">${text.filter}</button>
        <a href="${withLanguage(consolePaths.queue, language)}">${text.clear}</a>
      </div>
    </fieldset>
  </form>`;
}

function timeLeft(row: CaseSummary, input: QueuePageInput, text: QueuePageText): SafeHtml {
  if (row.status === 'paused') return html`<span class="badge badge-paused">${text.paused}</span>`;
  if (!OPEN_STATUSES.includes(row.status)) return html``;
  const state = dueState(row.dueAt, input.now, input.due);
  if (state.level === 'overdue') return html`<span class="badge badge-overdue">${text.overdueBadge(-state.daysLeft)}</span>`;
  const days = html`<span class="days-left">${text.days(state.daysLeft)}</span>`;
  return state.level === 'due-soon' ? html`${days} <span class="badge badge-due-soon">${text.dueSoon}</span>` : days;
}

function row(summary: CaseSummary, input: QueuePageInput, text: QueuePageText): SafeHtml {
  const { language } = input;
  const badges = html`${summary.protected ? html` <span class="badge badge-protected">${text.protectedBadge}</span>` : ''}${summary.duplicateOf ? html` <span class="badge">${text.duplicate}</span>` : ''}`;
  return html`<tr>
        <th scope="row"><a href="${withLanguage(casePath(summary.id), language)}">${summary.caseNumber}</a>${badges}</th>
        <td>${rightLabels[language][summary.right]}</td>
        <td>${channelLabels[language][summary.channel]}</td>
        <td>${statusBadge(summary.status, language)}</td>
        <td>${formatSwedishDay(summary.receivedAt, language)}</td>
        <td>${formatSwedishDay(summary.dueAt, language)}</td>
        <td>${timeLeft(summary, input, text)}</td>
      </tr>`;
}

function table(input: QueuePageInput, text: QueuePageText): SafeHtml {
  if (input.rows.length === 0) return html`<p>${text.empty}</p>`;
  return html`<div class="table-scroll" role="region" aria-labelledby="ko-rubrik" tabindex="0">
    <table class="data-table queue-table">
      <caption id="ko-rubrik">${text.caption}</caption>
      <thead><tr>
        <th scope="col">${text.caseNumber}</th><th scope="col">${text.right}</th><th scope="col">${text.channel}</th>
        <th scope="col">${text.status}</th><th scope="col">${text.received}</th><th scope="col">${text.due}</th><th scope="col">${text.daysLeft}</th>
      </tr></thead>
      <tbody>${input.rows.map((summary) => row(summary, input, text))}</tbody>
    </table>
  </div>`;
}

export function renderQueuePage(input: QueuePageInput): SafeHtml {
  const text = queuePageText[input.language];
  return html`<h1>${text.title}</h1>
    <p>${text.lead}</p>
    ${stalledNotice(input, text)}
    ${filterForm(input, text)}
    <p role="status">${text.count(input.rows.length, input.total)}</p>
    ${input.seesProtected ? '' : html`<p class="field-hint">${text.protectedHidden}</p>`}
    ${table(input, text)}`;
}
