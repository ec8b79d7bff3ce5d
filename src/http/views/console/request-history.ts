// The request page's record: the timeline of events, the collection steps and the letters with
// links to read each one (HTML) or download it (PDF). The deliveries are in delivery-section.ts.
import type { Language } from '../../request-language.ts';
import { REQUEST_STATUSES, type LifecycleStatus } from '../../../domain/request-lifecycle.ts';
import { html, type SafeHtml } from '../../../lib/html.ts';
import type { StaffCaseDetail } from '../../../operations/requests/case-views.ts';
import type { CaseEvent } from './case-types.ts';
import type { LetterSummary } from './case-types.ts';
import { actorLabel } from './actor-label.ts';
import { caseLetterPath, caseLetterPdfPath, withLanguage } from './case-paths.ts';
import { deliveryEventDescription } from './delivery-section.ts';
import { formatDateTime } from './format-date-time.ts';
import { channelLabels } from './request-kind-labels.ts';
import type { RequestPageText } from './request-page-text.ts';
import { statusLabels } from './status-labels.ts';

const isStatus = (value: unknown): value is LifecycleStatus => typeof value === 'string' && (REQUEST_STATUSES as readonly string[]).includes(value);

function statusName(status: unknown, language: Language): string {
  return isStatus(status) ? statusLabels[language][status] : '–';
}

function letterKindName(kind: unknown, text: RequestPageText): string {
  return typeof kind === 'string' && Object.hasOwn(text.letterKinds, kind) ? text.letterKinds[kind as LetterSummary['kind']] : String(kind);
}

/** What happened, in words; event details hold codes only (no personal data). */
export function eventDescription(event: CaseEvent, language: Language, text: RequestPageText): string {
  const words = text.events;
  switch (event.kind) {
    case 'registered': {
      const channel = event.detail.channel;
      const label = typeof channel === 'string' && Object.hasOwn(channelLabels[language], channel)
        ? channelLabels[language][channel as keyof (typeof channelLabels)['sv']] : '';
      return label ? `${words.registered} (${label})` : words.registered;
    }
    case 'transition':
      return event.detail.returned === true ? words.returned : words.transition(statusName(event.from, language), statusName(event.to, language));
    case 'letter': return words.letter(letterKindName(event.detail.letter, text));
    case 'extended': return words.extended;
    case 'assigned': return words.assigned;
    case 'matched': return words.matched;
    case 'decision-proposed': return words.decisionProposed;
    case 'decision-approved': return words.decisionApproved;
    case 'changes-proposed': return words.changesProposed(Number(event.detail.items) || 0);
    case 'changes-carried-out': return words.changesCarriedOut(Number(event.detail.done) || 0, Number(event.detail.notified) || 0);
    case 'reminder': return words.reminder;
    case 'overdue-alert': return words.overdueAlert;
    default: return deliveryEventDescription(event, language) ?? words.other(event.kind);
  }
}

export function timelineSection(detail: StaffCaseDetail, language: Language, text: RequestPageText): SafeHtml {
  return html`<section aria-labelledby="handelser">
    <h2 id="handelser">${text.timeline}</h2>
    <div class="table-scroll" role="region" aria-labelledby="handelser-tabell" tabindex="0">
      <table class="data-table">
        <caption id="handelser-tabell">${text.timelineCaption}</caption>
        <thead><tr><th scope="col">${text.when}</th><th scope="col">${text.what}</th><th scope="col">${text.who}</th></tr></thead>
        <tbody>${detail.events.map((event) => html`<tr>
          <td>${formatDateTime(event.at, language)}</td>
          <th scope="row">${eventDescription(event, language, text)}</th>
          <td>${actorLabel(event.actor, text)}</td>
        </tr>`)}</tbody>
      </table>
    </div>
  </section>`;
}

export function stepsSection(detail: StaffCaseDetail, text: RequestPageText): SafeHtml {
  if (detail.summary.right !== 'access' && detail.steps.length === 0) return html``;
  const body = detail.steps.length === 0 ? html`<p>${text.noSteps}</p>` : html`<div class="table-scroll" role="region" aria-labelledby="insamling-tabell" tabindex="0"><table class="data-table">
      <caption id="insamling-tabell">${text.stepsCaption}</caption>
      <thead><tr><th scope="col">${text.stepName}</th><th scope="col">${text.stepStatus}</th></tr></thead>
      <tbody>${detail.steps.map((step) => html`<tr><th scope="row">${step.name}</th><td>${text.stepStatuses[step.status]}${step.errorCode ? html` (<code>${step.errorCode}</code>)` : ''}</td></tr>`)}</tbody>
    </table></div>`;
  return html`<section aria-labelledby="insamling">
    <h2 id="insamling">${text.steps}</h2>
    ${body}
  </section>`;
}

function letterRow(letter: LetterSummary, requestId: string, language: Language, text: RequestPageText): SafeHtml {
  const name = text.letterKinds[letter.kind];
  return html`<tr>
      <th scope="row"><a href="${withLanguage(caseLetterPath(requestId, letter.id), language)}">${name}</a></th>
      <td>${formatDateTime(letter.createdAt, language)}</td>
      <td>${text.languages[letter.language]}</td>
      <td>${text.deliveries[letter.deliveryStatus]}</td>
      <td><a href="${caseLetterPdfPath(requestId, letter.id)}" download>${text.pdf}<span class="visually-hidden"> – ${name}</span></a></td>
    </tr>`;
}

export function lettersSection(detail: StaffCaseDetail, language: Language, text: RequestPageText): SafeHtml {
  const body = detail.letters.length === 0 ? html`<p>${text.noLetters}</p>` : html`<div class="table-scroll" role="region" aria-labelledby="brev-tabell" tabindex="0">
      <table class="data-table">
        <caption id="brev-tabell">${text.lettersCaption}</caption>
        <thead><tr><th scope="col">${text.letters}</th><th scope="col">${text.letterDate}</th><th scope="col">${text.letterLanguage}</th>
          <th scope="col">${text.delivery}</th><th scope="col">${text.file}</th></tr></thead>
        <tbody>${detail.letters.map((letter) => letterRow(letter, detail.summary.id, language, text))}</tbody>
      </table>
    </div>`;
  return html`<section aria-labelledby="brev">
    <h2 id="brev">${text.letters}</h2>
    ${body}
  </section>`;
}
