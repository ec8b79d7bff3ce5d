// A request-page action the casework service refused, as errors on the page: the refusals that
// are about the form or the request's state are shown in the error summary (with the HTTP status
// of the error); anything else (no such request, no authorisation) is left to the error page.
import { errorCatalogue, InsynError, type ErrorCode } from '../../domain/error-catalogue.ts';
import type { Language } from '../request-language.ts';
import { caseFormsText } from '../views/console/case-forms-text.ts';
import type { CaseAction } from '../views/console/case-paths.ts';
import { firstChoiceId } from '../views/console/form-controls.ts';
import type { FieldError } from '../views/console/form-errors.ts';
import { valueOf, type FormValues } from '../views/console/form-values.ts';
import { changeFormIds, changeItemIds } from '../views/console/changes-section.ts';
import { HANDLER_DECIDES } from '../../operations/changes/change-items.ts';
import { reviewFieldIds } from '../views/console/review-section.ts';
import { reviewIndex } from './case-action-input.ts';

/** Where an error that names no field links to: the heading of the page's case-handling section. */
export const ACTIONS_ANCHOR = 'handlaggning';

const SHOWN_ON_PAGE: ReadonlySet<ErrorCode> = new Set<ErrorCode>([
  'VALIDATION_FAILED', 'EXTENSION_NOT_ALLOWED', 'DECISION_INCOMPLETE', 'APPROVAL_NOT_ALLOWED', 'REQUEST_TRANSITION_INVALID',
  'REQUEST_NOT_READY', 'REVIEW_PENDING', 'REQUEST_NOT_MATCHED', 'PERSONNUMMER_INVALID',
  'CHANGE_NOT_ALLOWED', 'SOURCE_CONFLICT', 'UNKNOWN_FIELD', 'NOT_FOUND', 'UNDECIDED_ITEMS',
]);

function extensionError(error: InsynError, language: Language): FieldError {
  const words = caseFormsText[language].extension;
  if (error.detail === 'already-extended') return { field: ACTIONS_ANCHOR, message: words.alreadyExtended };
  if (error.detail === 'first-month-over') return { field: ACTIONS_ANCHOR, message: words.firstMonthOver };
  return { field: 'extension-reasons', message: words.textError };
}

function validationError(error: InsynError, action: CaseAction, values: FormValues, language: Language): FieldError | undefined {
  const field = (error.detail ?? '').split(':')[0];
  const words = caseFormsText[language];
  if (action === 'pause' && field === 'needs') return { field: firstChoiceId('pause-needs'), message: words.pause.needsError };
  if (action === 'review' && (field === 'kind' || field === 'fields')) {
    const ids = reviewFieldIds(reviewIndex(values));
    return field === 'kind' ? { field: ids.kind, message: words.review.kindError } : { field: ids.fields, message: words.review.fieldsError };
  }
  if (action === 'match') return { field: 'match-subject', message: words.match.error };
  return undefined;
}

export interface PageError {
  readonly status: number;
  readonly errors: readonly FieldError[];
}

/** Where a change form's refusal links to: the form's first control (the item form's: its reasons). */
function changeFormField(action: CaseAction, values: FormValues): string | undefined {
  switch (action) {
    case 'change-correct': return changeFormIds.target;
    case 'change-complete': return changeFormIds.record;
    case 'change-restrict': return changeFormIds.restrictTarget;
    case 'change-object': return changeFormIds.objectDataset;
    case 'changes-decision': return changeFormIds.decisionReasons;
    case 'change-keep-undecided': {
      const reason = valueOf(values, 'reason');
      return HANDLER_DECIDES.has(reason) ? changeFormIds.undecided(reason).reasons : undefined;
    }
    case 'change-item': return ['keep', 'abandon'].includes(valueOf(values, 'do')) ? changeItemIds(Number(valueOf(values, 'n')) || 1).reasons : undefined;
    default: return undefined;
  }
}

/** The refusal as errors on the request page, or undefined when the error page should show it. */
export function actionErrors(error: unknown, action: CaseAction, values: FormValues, language: Language): PageError | undefined {
  if (!(error instanceof InsynError) || !SHOWN_ON_PAGE.has(error.code)) return undefined;
  const status = error.status === 400 ? 422 : error.status;
  // A refusal of the state (the form is no longer on the page) links to the section, not to the form.
  const field = error.code === 'REQUEST_TRANSITION_INVALID' ? undefined : changeFormField(action, values);
  const general: FieldError = { field: field ?? ACTIONS_ANCHOR, message: errorCatalogue[error.code][language] };
  if (error.code === 'EXTENSION_NOT_ALLOWED') return { status, errors: [extensionError(error, language)] };
  if (error.code === 'VALIDATION_FAILED' || error.code === 'PERSONNUMMER_INVALID') {
    return { status, errors: [validationError(error, action, values, language) ?? general] };
  }
  if (error.code === 'APPROVAL_NOT_ALLOWED' && (error.detail ?? '').startsWith('who decided items')) {
    return { status, errors: [{ field: ACTIONS_ANCHOR, message: `${general.message} ${caseFormsText[language].decision.decidedItems}` }] };
  }
  if (error.code === 'APPROVAL_NOT_ALLOWED') {
    return { status, errors: [{ field: ACTIONS_ANCHOR, message: `${general.message} ${caseFormsText[language].decision.ownProposal}` }] };
  }
  return { status, errors: [general] };
}
