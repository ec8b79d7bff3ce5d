// The feedback form (meddelandefunktion) of the accessibility statement, accessible itself: every
// control labelled, hints and errors tied to their control, an error summary that links each
// problem to its field, no JavaScript. It posts to the statement's own address; a signed-in visitor's
// form carries the session's CSRF token (the session plugin asks for it on every POST with a session).
import type { FeedbackForm, FeedbackProblem } from '../../operations/accessibility/feedback-form.ts';
import { html, type SafeHtml } from '../../lib/html.ts';
import type { Language } from '../request-language.ts';
import { accessibilityPageText, type AccessibilityPageText } from './accessibility-page-text.ts';
import { errorSummary, textArea, textInput, type FieldError } from './eservice/form-fields.ts';
import { publicPaths } from './layout-text.ts';

export interface FeedbackFormState {
  readonly values: FeedbackForm;
  readonly problems: readonly FeedbackProblem[];
  /** The session's CSRF token when the visitor is signed in. */
  readonly csrfToken?: string;
}

export const blankFeedbackForm: FeedbackForm = { message: '', page: '', name: '', email: '', phone: '' };

const problemField: Readonly<Record<FeedbackProblem, string>> = {
  'message-missing': 'feedback-message',
  'message-too-long': 'feedback-message',
  'page-too-long': 'feedback-page',
  'name-too-long': 'feedback-name',
  'email-invalid': 'feedback-email',
  'contact-missing': 'feedback-email',
  'phone-invalid': 'feedback-phone',
};

/** The problems as field errors, in the order of the fields on the page. */
export function feedbackErrors(problems: readonly FeedbackProblem[], language: Language): FieldError[] {
  const order = Object.values(problemField);
  return problems.map((problem) => ({ field: problemField[problem], message: accessibilityPageText[language].form.problems[problem] }))
    .sort((a, b) => order.indexOf(a.field) - order.indexOf(b.field));
}

/** The error summary for the top of the page (empty without problems). */
export function feedbackErrorSummary(state: FeedbackFormState, language: Language): SafeHtml {
  const words = accessibilityPageText[language].form;
  return errorSummary(feedbackErrors(state.problems, language), words.errorTitle, words.errorWord);
}

function contactFields(state: FeedbackFormState, words: AccessibilityPageText['form'], errorOf: (field: string) => { error?: string }): SafeHtml {
  const shared = { errorWord: words.errorWord };
  return html`<div class="form-field">
        <fieldset aria-describedby="feedback-answer-hint">
          <legend>${words.answer.label}</legend>
          <p class="field-hint" id="feedback-answer-hint">${words.answer.hint}</p>
          ${textInput({ id: 'feedback-name', name: 'name', label: words.name.label, value: state.values.name, autocomplete: 'name', ...shared, ...errorOf('feedback-name') })}
          ${textInput({
            id: 'feedback-email', name: 'email', label: words.email.label, value: state.values.email, autocomplete: 'email', inputMode: 'email',
            ...shared, ...errorOf('feedback-email'),
          })}
          ${textInput({
            id: 'feedback-phone', name: 'phone', label: words.phone.label, value: state.values.phone, autocomplete: 'tel', inputMode: 'tel',
            ...shared, ...errorOf('feedback-phone'),
          })}
        </fieldset>
      </div>`;
}

export function feedbackForm(state: FeedbackFormState, language: Language): SafeHtml {
  const words = accessibilityPageText[language].form;
  const errors = feedbackErrors(state.problems, language);
  const errorOf = (field: string) => {
    const found = errors.find((error) => error.field === field);
    return found ? { error: found.message } : {};
  };
  return html`<div class="eservice feedback">
      <form class="feedback-form" method="post" action="${publicPaths.accessibility[language]}" novalidate>
        ${state.csrfToken ? html`<input type="hidden" name="_csrf" value="${state.csrfToken}">` : ''}
        ${textArea({
          id: 'feedback-message', name: 'message', rows: 6, value: state.values.message, label: words.message.label, hint: words.message.hint,
          errorWord: words.errorWord, ...errorOf('feedback-message'),
        })}
        ${textInput({
          id: 'feedback-page', name: 'page', label: words.page.label, hint: words.page.hint, value: state.values.page,
          errorWord: words.errorWord, ...errorOf('feedback-page'),
        })}
        ${contactFields(state, words, errorOf)}
        <button type="submit" class="button">${words.submit}</button>
      </form>
    </div>`;
}
