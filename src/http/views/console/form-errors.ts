// Errors in a console form: a summary at the top of <main> that links each problem to its field
// (focusable, announced as an alert), and the message again beside the field.
import type { Language } from '../../request-language.ts';
import { html, type SafeHtml } from '../../../lib/html.ts';

export interface FieldError {
  /** The id of the field (for a group, of its first control) the summary links to. */
  readonly field: string;
  readonly message: string;
}

const headings: Readonly<Record<Language, string>> = {
  sv: 'Det gick inte att spara. Rätta följande:',
  en: 'Nothing was saved. Please correct the following:',
};

export function errorSummary(errors: readonly FieldError[], language: Language): SafeHtml {
  if (errors.length === 0) return html``;
  return html`<div class="error-summary" role="alert" aria-labelledby="felsammanfattning" tabindex="-1">
    <h2 id="felsammanfattning">${headings[language]}</h2>
    <ul>${errors.map((error) => html`<li><a href="#${error.field}">${error.message}</a></li>`)}</ul>
  </div>`;
}

export function errorsFor(errors: readonly FieldError[], field: string): readonly FieldError[] {
  return errors.filter((error) => error.field === field);
}

/** The error id a field's aria-describedby names. */
export const errorId = (field: string) => `${field}-fel`;

export function fieldErrorMessage(errors: readonly FieldError[], field: string): SafeHtml {
  const own = errorsFor(errors, field);
  if (own.length === 0) return html``;
  return html`<span class="field-error" id="${errorId(field)}">${own.map((error) => error.message).join(' ')}</span>`;
}
