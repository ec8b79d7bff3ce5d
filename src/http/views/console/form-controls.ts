// Labelled form controls for the console: every control has a <label>, groups a <fieldset> with
// a <legend>, hints and errors are tied to the control with aria-describedby, and a control with
// an error is marked aria-invalid. Values are always escaped.
import { html, type SafeHtml } from '../../../lib/html.ts';
import { errorId, errorsFor, fieldErrorMessage, type FieldError } from './form-errors.ts';

interface ControlBase {
  readonly id: string;
  readonly name: string;
  readonly label: string;
  readonly hint?: string;
  readonly errors?: readonly FieldError[];
}

export interface TextFieldInput extends ControlBase {
  readonly value?: string;
  readonly type?: 'text' | 'datetime-local' | 'date';
  readonly autocomplete?: string;
  readonly required?: boolean;
  readonly inputMode?: 'numeric' | 'text';
  readonly size?: number;
}

const hintId = (id: string) => `${id}-hint`;

function describedBy(id: string, hint: string | undefined, errors: readonly FieldError[]): string {
  const ids = [...(hint ? [hintId(id)] : []), ...(errorsFor(errors, id).length > 0 ? [errorId(id)] : [])];
  return ids.join(' ');
}

function hintOf(id: string, hint: string | undefined): SafeHtml {
  return hint ? html`<span class="field-hint" id="${hintId(id)}">${hint}</span>` : html``;
}

function attributes(input: ControlBase): SafeHtml {
  const errors = input.errors ?? [];
  const described = describedBy(input.id, input.hint, errors);
  return html`id="${input.id}" name="${input.name}"${described ? html` aria-describedby="${described}"` : ''}${errorsFor(errors, input.id).length > 0 ? html` aria-invalid="true"` : ''}`;
}

export function textField(input: TextFieldInput): SafeHtml {
  const extra = html`${input.autocomplete ? html` autocomplete="${input.autocomplete}"` : ''}${input.required ? html` required` : ''}${input.inputMode ? html` inputmode="${input.inputMode}"` : ''}${input.size ? html` size="${input.size}"` : ''}`;
  return html`<div class="form-field">
      <label for="${input.id}">${input.label}</label>${hintOf(input.id, input.hint)}${fieldErrorMessage(input.errors ?? [], input.id)}
      <input type="${input.type ?? 'text'}" ${attributes(input)} value="${input.value ?? ''}"${extra}>
    </div>`;
}

export function textArea(input: ControlBase & { readonly value?: string; readonly rows?: number }): SafeHtml {
  return html`<div class="form-field">
      <label for="${input.id}">${input.label}</label>${hintOf(input.id, input.hint)}${fieldErrorMessage(input.errors ?? [], input.id)}
      <textarea ${attributes(input)} rows="${input.rows ?? 4}">${input.value ?? ''}</textarea>
    </div>`;
}

export interface Choice {
  readonly value: string;
  readonly label: string;
  readonly hint?: string;
}

export interface ChoiceGroupInput {
  /** Prefix of the controls' ids: `${idPrefix}-${index}`; errors name `${idPrefix}-0`. */
  readonly idPrefix: string;
  readonly name: string;
  readonly legend: string;
  readonly hint?: string;
  readonly choices: readonly Choice[];
  /** Checked values. */
  readonly checked: readonly string[];
  readonly errors?: readonly FieldError[];
  readonly type: 'radio' | 'checkbox';
  readonly className?: string;
}

/** The id of a group's first control (where an error summary links to). */
export const firstChoiceId = (idPrefix: string) => `${idPrefix}-0`;

function choice(group: ChoiceGroupInput, item: Choice, index: number, described: string): SafeHtml {
  const id = `${group.idPrefix}-${index}`;
  const checked = group.checked.includes(item.value);
  const describedIds = [described, ...(item.hint ? [hintId(id)] : [])].filter((value) => value !== '').join(' ');
  return html`<div class="choice">
        <input type="${group.type}" id="${id}" name="${group.name}" value="${item.value}"${checked ? html` checked` : ''}${describedIds ? html` aria-describedby="${describedIds}"` : ''}>
        <label for="${id}">${item.label}</label>${item.hint ? html`<span class="field-hint" id="${hintId(id)}">${item.hint}</span>` : ''}
      </div>`;
}

export function choiceGroup(group: ChoiceGroupInput): SafeHtml {
  const errors = group.errors ?? [];
  const first = firstChoiceId(group.idPrefix);
  const described = [...(group.hint ? [hintId(group.idPrefix)] : []), ...(errorsFor(errors, first).length > 0 ? [errorId(first)] : [])].join(' ');
  return html`<fieldset class="${group.className ?? 'choices'}">
      <legend>${group.legend}</legend>${group.hint ? html`<span class="field-hint" id="${hintId(group.idPrefix)}">${group.hint}</span>` : ''}${fieldErrorMessage(errors, first)}
      ${group.choices.map((item, index) => choice(group, item, index, described))}
    </fieldset>`;
}

export interface SelectInput extends ControlBase {
  readonly options: readonly Choice[];
  readonly selected: string;
}

export function selectField(input: SelectInput): SafeHtml {
  return html`<div class="form-field">
      <label for="${input.id}">${input.label}</label>${hintOf(input.id, input.hint)}${fieldErrorMessage(input.errors ?? [], input.id)}
      <select ${attributes(input)}>${input.options.map((option) => html`<option value="${option.value}"${option.value === input.selected ? html` selected` : ''}>${option.label}</option>`)}</select>
    </div>`;
}

/** The hidden CSRF field every POST form carries. */
export function csrfField(token: string): SafeHtml {
  return html`<input type="hidden" name="_csrf" value="${token}">`;
}
