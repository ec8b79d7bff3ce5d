// The request page (the <main> content; consoleLayout frames it): the case number and status, a
// confirmation after an action, an error summary when a form was refused, the summary, the person
// and requester, the request in their words, what can be done now (matching, secrecy review,
// decision, extension, pause or resume, each shown only when the state and the viewer's roles
// allow it), the timeline, the collection steps, the letters and their deliveries.
import type { Language } from '../../request-language.ts';
import type { Catalog } from '../../../catalog/catalog-types.ts';
import { canPause, isOpen } from '../../../domain/request-lifecycle.ts';
import { html, type SafeHtml } from '../../../lib/html.ts';
import type { StaffCaseDetail } from '../../../operations/requests/case-views.ts';
import type { StaffViewer } from '../../../operations/requests/casework-service.ts';
import type { CaseFormContext } from './case-form-context.ts';
import { assignForm, extensionForm, matchForm, pauseForm, resumeForm, retryForm } from './case-forms.ts';
import { actorLabel } from './actor-label.ts';
import { caseFormsText } from './case-forms-text.ts';
import { casePath, withLanguage, type CaseAction } from './case-paths.ts';
import { decisionSection } from './decision-section.ts';
import { changesSection } from './changes-section.ts';
import { deliveriesSection } from './delivery-section.ts';
import type { DueOptions } from './due-state.ts';
import { errorSummary } from './form-errors.ts';
import type { FailedForm } from './form-values.ts';
import { lettersSection, stepsSection, timelineSection } from './request-history.ts';
import { requestPageText, type DoneNotice, type RequestPageText } from './request-page-text.ts';
import { peopleSection, summarySection, wordsSection } from './request-summary.ts';
import { reviewSection } from './review-section.ts';
import { statusBadge } from './status-labels.ts';

export interface RequestPageInput {
  readonly language: Language;
  readonly detail: StaffCaseDetail;
  readonly viewer: StaffViewer;
  readonly csrfToken: string;
  readonly now: Date;
  readonly due: DueOptions;
  readonly catalog: Catalog;
  /** The confirmation of the action just done (from ?klart=). */
  readonly done?: DoneNotice;
  /** The form that was posted and refused, shown again with its errors. */
  readonly failed?: FailedForm<CaseAction>;
}

const HANDLER_ROLES = ['handlaggare', 'granskare', 'administrator'];

/** The page's title (also the <title>). */
export function requestPageTitle(detail: StaffCaseDetail, language: Language): string {
  return requestPageText[language].title(detail.summary.caseNumber);
}

/** While the first month runs and the request is open and not yet extended. */
function mayExtend(detail: StaffCaseDetail, now: Date): boolean {
  const summary = detail.summary;
  return isOpen(summary.status) && !summary.extended && now.getTime() <= summary.dueAt.getTime();
}

function extensionNote(detail: StaffCaseDetail, context: CaseFormContext): SafeHtml {
  const extension = detail.extension;
  if (!extension) return html``;
  const words = context.text.extension;
  const reason = Object.hasOwn(words.reasons, extension.reason) ? words.reasons[extension.reason as keyof typeof words.reasons] : extension.reason;
  return html`<p>${words.current(reason)}. <span class="own-words">${extension.reasons}</span></p>`;
}

function actionsSection(input: RequestPageInput, context: CaseFormContext, canHandle: boolean): SafeHtml {
  const { detail, viewer } = input;
  const status = detail.summary.status;
  const viewerActor = `staff:${viewer.staffId}`;
  const isReviewer = viewer.roles.includes('granskare');
  const shared = { ...context, detail, pageText: requestPageText[input.language], canHandle, isReviewer, viewerActor };
  const assignedTo = detail.summary.assignedTo;
  const parts = [
    canHandle && isOpen(status) ? assignForm(context, assignedTo, viewerActor, assignedTo ? actorLabel(assignedTo, shared.pageText) : null) : '',
    canHandle && status === 'failed' && detail.summary.right === 'access' ? retryForm(context, detail.errorCode ?? 'INTERNAL') : '',
    canHandle && status === 'matching' ? matchForm(context) : '',
    reviewSection({ ...shared, catalog: input.catalog }),
    decisionSection(shared),
    canHandle && mayExtend(detail, input.now) ? extensionForm(context) : '',
    extensionNote(detail, context),
    canHandle && canPause(status) ? pauseForm(context) : '',
    canHandle && status === 'paused' ? resumeForm(context) : '',
  ];
  if (!input.failed && parts.every((part) => part.toString().trim() === '')) return html``;
  return html`<section aria-labelledby="handlaggning" class="case-actions">
      <h2 id="handlaggning" tabindex="-1">${context.text.actions}</h2>
      ${parts}
    </section>`;
}

/** While an access request's collected copy exists: a link to the extract as it would be sent now. */
function previewLink(detail: StaffCaseDetail, language: Language, text: RequestPageText): SafeHtml {
  const { right, status, id } = detail.summary;
  if (right !== 'access' || !['review', 'ready', 'approval'].includes(status)) return html``;
  return html`<p><a href="${withLanguage(`${casePath(id)}/forhandsgranskning`, language)}">${text.preview}</a></p>`;
}

export function renderRequestPage(input: RequestPageInput): SafeHtml {
  const { language, detail } = input;
  const text = requestPageText[language];
  const canHandle = input.viewer.roles.some((role) => HANDLER_ROLES.includes(role));
  const summaryContext = { language, detail, now: input.now, due: input.due, text };
  const formContext: CaseFormContext = {
    language, requestId: detail.summary.id, csrfToken: input.csrfToken, text: caseFormsText[language], ...(input.failed ? { failed: input.failed } : {}),
  };
  return html`<h1>${text.title(detail.summary.caseNumber)} ${statusBadge(detail.summary.status, language)}</h1>
    ${input.done ? html`<div class="notice" role="status"><p>${text.done[input.done]}</p></div>` : ''}
    ${errorSummary(input.failed?.errors ?? [], language)}
    ${summarySection(summaryContext)}
    ${peopleSection(summaryContext)}
    ${wordsSection(summaryContext)}
    ${previewLink(detail, language, text)}
    ${actionsSection(input, formContext, canHandle)}
    ${changesSection({ ...formContext, detail, canHandle })}
    ${timelineSection(detail, language, text)}
    ${stepsSection(detail, text)}
    ${lettersSection(detail, language, text)}
    ${deliveriesSection(detail, language, text, canHandle ? formContext : undefined)}`;
}
