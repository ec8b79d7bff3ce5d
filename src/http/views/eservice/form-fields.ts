// Form controls of the e-service, GOV.UK-style: an error summary at the top that links each
// problem to its control, every control labelled, groups in a <fieldset> with a <legend>, the
// hint and the error tied to the control with aria-describedby, a control with an error marked
// aria-invalid. Values are always escaped.
import { html, type SafeHtml } from '../../../lib/html.ts';

export interface FieldError {
  /** The id of the control (for a group, of its first control). */
  readonly field: string;
  readonly message: string;
}

export function errorSummary(errors: readonly FieldError[], title: string, errorWord: string): SafeHtml {
  if (errors.length === 0) return html``;
  return html`<div class="error-summary" role="alert" aria-labelledby="error-summary-title" tabindex="-1">
      <h2 id="error-summary-title">${title}</h2>
      <ul>${errors.map((error) => html`<li><a href="#${error.field}"><span class="visually-hidden">${errorWord}: </span>${error.message}</a></li>`)}</ul>
    </div>`;
}

interface Described {
  readonly id: string;
  readonly hint?: string;
  readonly error?: string;
  readonly errorWord: string;
}

function describedBy(input: Described): string {
  return [input.hint ? `${input.id}-hint` : '', input.error ? `${input.id}-error` : ''].filter((id) => id !== '').join(' ');
}

function hintAndError(input: Described): SafeHtml {
  return html`${input.hint ? html`<p class="field-hint" id="${input.id}-hint">${input.hint}</p>` : ''}${input.error
    ? html`<p class="field-error" id="${input.id}-error"><span class="visually-hidden">${input.errorWord}: </span>${input.error}</p>`
    : ''}`;
}

function ariaOf(input: Described): SafeHtml {
  const described = describedBy(input);
  return html`${described ? html` aria-describedby="${described}"` : ''}${input.error ? html` aria-invalid="true"` : ''}`;
}

export interface TextControl extends Described {
  readonly name: string;
  readonly label: string;
  readonly value: string;
}

export function textArea(input: TextControl & { readonly rows: number }): SafeHtml {
  return html`<div class="form-field${input.error ? ' form-field-error' : ''}">
      <label class="field-label" for="${input.id}">${input.label}</label>
      ${hintAndError(input)}
      <textarea id="${input.id}" name="${input.name}" rows="${input.rows}"${ariaOf(input)}>${input.value}</textarea>
    </div>`;
}

export function textInput(input: TextControl & { readonly autocomplete?: string; readonly inputMode?: 'numeric' | 'text' | 'email' | 'tel'; readonly width?: string }): SafeHtml {
  return html`<div class="form-field${input.error ? ' form-field-error' : ''}">
      <label class="field-label" for="${input.id}">${input.label}</label>
      ${hintAndError(input)}
      <input type="text" id="${input.id}" name="${input.name}" value="${input.value}"${input.width ? html` class="${input.width}"` : ''}${
        input.inputMode ? html` inputmode="${input.inputMode}"` : ''} autocomplete="${input.autocomplete ?? 'off'}" spellcheck="false"${ariaOf(input)}>
    </div>`;
}

export interface RadioChoice {
  readonly value: string;
  readonly label: string;
  /** The label's language when it differs from the page's (a language's own name). */
  readonly lang?: string;
  readonly hint?: string;
  /** Extra markup shown under the choice (e.g. the child's number field). */
  readonly more?: SafeHtml;
}

export interface RadioGroup extends Described {
  /** The ids of the controls are `${id}-${value}`; the error summary links to the first. */
  readonly name: string;
  readonly legend: string;
  readonly choices: readonly RadioChoice[];
  readonly checked: string;
}

export function radioGroup(input: RadioGroup): SafeHtml {
  const described = describedBy(input);
  return html`<div class="form-field${input.error ? ' form-field-error' : ''}">
      <fieldset${described ? html` aria-describedby="${described}"` : ''}>
        <legend>${input.legend}</legend>
        ${hintAndError(input)}
        <div class="radios">${input.choices.map((choice) => {
          const id = `${input.id}-${choice.value}`;
          return html`
          <div class="radio">
            <input type="radio" id="${id}" name="${input.name}" value="${choice.value}"${choice.value === input.checked ? html` checked` : ''}${
              choice.hint ? html` aria-describedby="${id}-hint"` : ''}>
            <label for="${id}"${choice.lang ? html` lang="${choice.lang}"` : ''}>${choice.label}</label>
            ${choice.hint ? html`<p class="field-hint" id="${id}-hint">${choice.hint}</p>` : ''}
          </div>${choice.more ?? ''}`;
        })}
        </div>
      </fieldset>
    </div>`;
}
