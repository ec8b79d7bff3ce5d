// The request page's first sections: the summary (case number, right, channel, status, received,
// due date with the time left), the person and who asks for them, and the request in their words.
import type { Language } from '../../request-language.ts';
import { isOpen } from '../../../domain/request-lifecycle.ts';
import { html, type SafeHtml } from '../../../lib/html.ts';
import type { StaffCaseDetail } from '../../../operations/requests/case-views.ts';
import { casePath, withLanguage } from './case-paths.ts';
import { dueState, type DueOptions } from './due-state.ts';
import { formatDateTime, formatSwedishDay } from './format-date-time.ts';
import { queuePageText } from './queue-page-text.ts';
import { channelLabels, rightLabels } from './request-kind-labels.ts';
import type { RequestPageText } from './request-page-text.ts';
import { statusBadge } from './status-labels.ts';

export interface SummaryContext {
  readonly language: Language;
  readonly detail: StaffCaseDetail;
  readonly now: Date;
  readonly due: DueOptions;
  readonly text: RequestPageText;
}

const item = (term: string, value: SafeHtml | string) => html`<div><dt>${term}</dt><dd>${value}</dd></div>`;

function dueValue(context: SummaryContext): SafeHtml {
  const { detail, language, text } = context;
  const summary = detail.summary;
  const day = formatSwedishDay(summary.dueAt, language);
  const notes = html`${detail.extension && detail.originalDueAt ? html`<br>${text.extendedFrom(formatSwedishDay(detail.originalDueAt, language))}` : ''}${detail.pausedAt ? html`<br>${text.paused(formatSwedishDay(detail.pausedAt, language))}` : ''}`;
  if (!isOpen(summary.status) || summary.status === 'paused') return html`${day}${notes}`;
  const queueText = queuePageText[language];
  const state = dueState(summary.dueAt, context.now, context.due);
  const badge = state.level === 'overdue'
    ? html` <span class="badge badge-overdue">${queueText.overdueBadge(-state.daysLeft)}</span>`
    : html` <span class="days-left">(${queueText.days(state.daysLeft)})</span>${state.level === 'due-soon' ? html` <span class="badge badge-due-soon">${queueText.dueSoon}</span>` : ''}`;
  return html`${day}${badge}${notes}`;
}

export function summarySection(context: SummaryContext): SafeHtml {
  const { detail, language, text } = context;
  const summary = detail.summary;
  return html`<section aria-labelledby="sammanfattning">
    <h2 id="sammanfattning">${text.summary}</h2>
    <dl class="case-facts">
      ${item(text.caseNumber, summary.caseNumber)}
      ${item(text.right, rightLabels[language][summary.right])}
      ${item(text.channel, channelLabels[language][summary.channel])}
      ${item(text.status, statusBadge(summary.status, language))}
      ${item(text.receivedAt, formatDateTime(summary.receivedAt, language))}
      ${item(text.dueAt, dueValue(context))}
      ${item(text.answerFormat, text.answerFormats[detail.answerFormat])}
      ${summary.duplicateOf ? item(text.duplicateOf, html`<a href="${withLanguage(casePath(summary.duplicateOf), language)}">${text.openEarlier}</a>`) : ''}
    </dl>
  </section>`;
}

function foreignIdentity(detail: StaffCaseDetail, text: RequestPageText): SafeHtml {
  const foreign = detail.foreignIdentity;
  if (!foreign) return html``;
  return html`${item(text.foreignName, foreign.name)}${foreign.birthDate ? item(text.foreignBirthDate, foreign.birthDate) : ''}${item(text.foreignId, foreign.foreignId)}`;
}

export function peopleSection(context: SummaryContext): SafeHtml {
  const { detail, text } = context;
  const representative = detail.representative;
  return html`<section aria-labelledby="personen">
    <h2 id="personen">${text.people}</h2>
    <dl class="case-facts">
      ${item(text.subject, html`${detail.subject ?? text.notMatched}${detail.summary.protected ? html` <span class="badge badge-protected">${text.protected}</span>` : ''}`)}
      ${foreignIdentity(detail, text)}
      ${item(text.identityMethod, text.identityMethods[detail.identityMethod])}
      ${item(text.requester, text.requesters[detail.summary.requesterKind])}
      ${representative ? item(text.representative, representative.identityNumber) : ''}
      ${representative?.proof ? item(text.proof, text.proofs[representative.proof as keyof RequestPageText['proofs']] ?? representative.proof) : ''}
    </dl>
  </section>`;
}

export function wordsSection(context: SummaryContext): SafeHtml {
  const { detail, text } = context;
  const words = detail.details;
  const body = !words.text && !words.correction
    ? html`<p>${text.noWords}</p>`
    : html`<dl class="case-words">
        ${words.text ? html`<div><dt>${text.wordsText}</dt><dd class="own-words">${words.text}</dd></div>` : ''}
        ${words.correction ? html`<div><dt>${text.wordsCorrection}</dt><dd class="own-words">${words.correction}</dd></div>` : ''}
      </dl>`;
  return html`<section aria-labelledby="begaran">
    <h2 id="begaran">${text.words}</h2>
    ${body}
  </section>`;
}
