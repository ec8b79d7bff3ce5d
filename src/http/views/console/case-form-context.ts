// What every form on the request page needs: the request, the language, the CSRF token and the
// form that was refused (if any), and the wrapper that posts a form to its action's route.
import type { Language } from '../../request-language.ts';
import { html, type SafeHtml } from '../../../lib/html.ts';
import { caseActionPath, withLanguage, type CaseAction } from './case-paths.ts';
import type { CaseFormsText } from './case-forms-text.ts';
import { csrfField } from './form-controls.ts';
import type { FieldError } from './form-errors.ts';
import type { FailedForm, FormValues } from './form-values.ts';

export interface CaseFormContext {
  readonly language: Language;
  readonly requestId: string;
  readonly csrfToken: string;
  readonly failed?: FailedForm<CaseAction>;
  readonly text: CaseFormsText;
}

/** The refused form's values and errors when it is this action's, else nothing. */
export function stateOf(context: CaseFormContext, action: CaseAction): { readonly values: FormValues | undefined; readonly errors: readonly FieldError[] } {
  return context.failed?.action === action ? { values: context.failed.values, errors: context.failed.errors } : { values: undefined, errors: [] };
}

export function actionForm(context: CaseFormContext, action: CaseAction, body: SafeHtml, className = 'case-form'): SafeHtml {
  return html`<form method="post" action="${withLanguage(caseActionPath(context.requestId, action), context.language)}" class="${className}" novalidate>
      ${csrfField(context.csrfToken)}
      ${body}
    </form>`;
}
