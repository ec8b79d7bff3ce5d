// The decision on the request page: the proposed (or sent) decision with its items, reasons and
// legal grounds and who proposed and approved it; for a granskare other than the proposer the
// approve and send-back buttons while it waits for approval; the form while it can be proposed.
import type { Language } from '../../request-language.ts';
import { legalGroundLabel } from '../../../domain/legal-grounds.ts';
import { html, type SafeHtml } from '../../../lib/html.ts';
import type { StaffCaseDetail } from '../../../operations/requests/case-views.ts';
import { actorLabel } from './actor-label.ts';
import { actionForm, type CaseFormContext } from './case-form-context.ts';
import { decisionForm } from './decision-form.ts';
import { changesDecisionForm } from './changes-section.ts';
import { formatDateTime } from './format-date-time.ts';
import type { RequestPageText } from './request-page-text.ts';

export interface DecisionContext extends CaseFormContext {
  readonly detail: StaffCaseDetail;
  readonly pageText: RequestPageText;
  readonly canHandle: boolean;
  readonly isReviewer: boolean;
  readonly viewerActor: string;
}

type ShownDecision = NonNullable<StaffCaseDetail['decision']>;

function itemsTable(shown: ShownDecision, language: Language, context: DecisionContext): SafeHtml {
  const words = context.text.decision;
  return html`<div class="table-scroll" role="region" aria-labelledby="beslut-tabell" tabindex="0"><table class="data-table">
      <caption id="beslut-tabell">${words.caption}</caption>
      <thead><tr><th scope="col">${words.item}</th><th scope="col">${words.outcome}</th><th scope="col">${words.reasons}</th><th scope="col">${words.grounds}</th></tr></thead>
      <tbody>${shown.decision.items.map((item) => html`<tr>
        <th scope="row">${item.description}</th>
        <td>${words.outcomes[item.outcome]}</td>
        <td>${item.reasons ?? ''}</td>
        <td>${item.legalGrounds.length > 0 ? html`<ul class="plain-list">${item.legalGrounds.map((ground) => html`<li>${legalGroundLabel(ground, language)}</li>`)}</ul>` : ''}</td>
      </tr>`)}</tbody>
    </table></div>`;
}

function shownDecision(shown: ShownDecision, context: DecisionContext): SafeHtml {
  const { language, pageText } = context;
  const words = context.text.decision;
  const whole = shown.decision;
  return html`${itemsTable(shown, language, context)}
    ${whole.reasons ? html`<p><strong>${words.overallReasons}:</strong> <span class="own-words">${whole.reasons}</span></p>` : ''}
    ${whole.refusalKind ? html`<p><strong>${words.refusalKind}:</strong> ${words.refusalKinds[whole.refusalKind]}</p>` : ''}
    <p>${words.proposedLead(actorLabel(shown.proposedBy, pageText), formatDateTime(shown.proposedAt, language))}
      ${shown.approvedBy && shown.approvedAt ? words.approvedLead(actorLabel(shown.approvedBy, pageText), formatDateTime(shown.approvedAt, language)) : ''}</p>`;
}

function approval(shown: ShownDecision, context: DecisionContext): SafeHtml {
  const words = context.text.decision;
  if (!context.isReviewer) return html`<p>${words.reviewerOnly}</p>`;
  if (shown.proposedBy === context.viewerActor) return html`<p>${words.ownProposal}</p>`;
  if (context.detail.changes?.items.some((item) => item.decidedBy === context.viewerActor)) return html`<p>${words.decidedItems}</p>`;
  return html`<h4>${words.approveHeading}</h4>
    <div class="button-row">
      ${actionForm(context, 'decision-approve', html`<button type="submit">${words.approve}</button>`, 'inline-form')}
      ${actionForm(context, 'decision-return', html`<button type="submit" class="button-quiet">${words.sendBack}</button>`, 'inline-form')}
    </div>`;
}

export function decisionSection(context: DecisionContext): SafeHtml {
  const { detail } = context;
  const status = detail.summary.status;
  const shown = detail.decision;
  const proposing = context.canHandle && (status === 'ready' || status === 'handling');
  if (!shown && !proposing) return html``;
  const words = context.text.decision;
  return html`<section aria-labelledby="beslut">
      <h3 id="beslut">${words.heading}</h3>
      ${shown && status !== 'ready' && status !== 'handling' ? shownDecision(shown, context) : ''}
      ${shown && status === 'approval' ? approval(shown, context) : ''}
      ${proposing ? (detail.changes && detail.changes.items.length > 0 ? changesDecisionForm(context) : decisionForm(context)) : ''}
    </section>`;
}
