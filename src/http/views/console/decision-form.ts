// The form to propose a decision: one fieldset per item (what the person asked for, the outcome,
// reasons, legal grounds from the standard list or written), the reasons for the decision as a
// whole and an optional refusal of the whole request (Art. 12(5)). Without JavaScript, "add an
// item" posts the form back with one more item and nothing saved.
import { LEGAL_GROUND_IDS, LEGAL_GROUNDS } from '../../../domain/legal-grounds.ts';
import { html, type SafeHtml } from '../../../lib/html.ts';
import { actionForm, stateOf, type CaseFormContext } from './case-form-context.ts';
import { choiceGroup, firstChoiceId, textArea, textField } from './form-controls.ts';
import { valueOf, valuesOf, type FormValues } from './form-values.ts';
import type { FieldError } from './form-errors.ts';

export const DECISION_OUTCOMES = ['granted', 'partly-granted', 'refused'] as const;
export const REFUSAL_KINDS = ['manifestly-unfounded', 'excessive'] as const;
/** Items one form holds at most. */
export const MAX_DECISION_ITEMS = 20;

/** Posted field names of item `index`. */
export function decisionFieldNames(index: number) {
  return {
    description: `item-${index}-description`, outcome: `item-${index}-outcome`, reasons: `item-${index}-reasons`,
    grounds: `item-${index}-grounds`, otherGround: `item-${index}-other-ground`,
  } as const;
}

/** The ids the error summary links to, per item field and for the decision as a whole. */
export function decisionFieldIds(index: number) {
  return {
    description: `item-${index}-description`, outcome: firstChoiceId(`item-${index}-outcome`), reasons: `item-${index}-reasons`,
    grounds: firstChoiceId(`item-${index}-grounds`), otherGround: `item-${index}-other-ground`,
  } as const;
}

export const decisionWholeIds = { reasons: 'decision-reasons', refusalKind: firstChoiceId('refusal-kind') } as const;

/** How many item fieldsets to show: the posted count (1 to MAX_DECISION_ITEMS), default 1. */
export function decisionItemCount(values: FormValues | undefined): number {
  const count = Number.parseInt(valueOf(values, 'items'), 10);
  return Number.isInteger(count) ? Math.min(Math.max(count, 1), MAX_DECISION_ITEMS) : 1;
}

function itemFields(context: CaseFormContext, index: number, values: FormValues | undefined, errors: readonly FieldError[]): SafeHtml {
  const words = context.text.decision;
  const names = decisionFieldNames(index);
  const ids = decisionFieldIds(index);
  return html`<fieldset class="decision-item">
      <legend>${words.itemLegend(index + 1)}</legend>
      ${textField({ id: ids.description, name: names.description, label: words.description, hint: words.descriptionHint, errors,
        value: valueOf(values, names.description) })}
      ${choiceGroup({ idPrefix: `item-${index}-outcome`, name: names.outcome, legend: words.outcome, type: 'radio', errors, className: 'choices choices-inline',
        checked: valuesOf(values, names.outcome), choices: DECISION_OUTCOMES.map((outcome) => ({ value: outcome, label: words.outcomes[outcome] })) })}
      ${textArea({ id: ids.reasons, name: names.reasons, label: words.itemReasons, hint: words.itemReasonsHint, errors, value: valueOf(values, names.reasons) })}
      ${choiceGroup({ idPrefix: `item-${index}-grounds`, name: names.grounds, legend: words.groundsLegend, type: 'checkbox', errors,
        checked: valuesOf(values, names.grounds), className: 'choices legal-grounds',
        choices: LEGAL_GROUND_IDS.map((ground) => ({ value: ground, label: LEGAL_GROUNDS[ground][context.language] })) })}
      ${textField({ id: ids.otherGround, name: names.otherGround, label: words.otherGround, hint: words.otherGroundHint, errors,
        value: valueOf(values, names.otherGround) })}
    </fieldset>`;
}

export function decisionForm(context: CaseFormContext): SafeHtml {
  const words = context.text.decision;
  const { values, errors } = stateOf(context, 'decision');
  const count = decisionItemCount(values);
  const items = Array.from({ length: count }, (_, index) => itemFields(context, index, values, errors));
  return html`<section aria-labelledby="foresla-beslut">
      <h4 id="foresla-beslut">${words.formHeading}</h4>
      <p>${words.formLead}</p>
      ${actionForm(context, 'decision', html`
        <input type="hidden" name="items" value="${count}">
        ${items}
        ${count < 20 ? html`<p><button type="submit" name="step" value="add-item" class="button-quiet">${words.addItem}</button></p>` : ''}
        <fieldset class="decision-whole">
          <legend>${words.overallLegend}</legend>
          ${textArea({ id: decisionWholeIds.reasons, name: 'reasons', label: words.overallReasons, hint: words.overallHint, errors, value: valueOf(values, 'reasons') })}
          ${choiceGroup({ idPrefix: 'refusal-kind', name: 'refusalKind', legend: words.refusalKind, type: 'radio', errors, className: 'choices choices-inline',
            checked: values ? valuesOf(values, 'refusalKind') : [''],
            choices: [{ value: '', label: words.noRefusalKind }, ...REFUSAL_KINDS.map((kind) => ({ value: kind, label: words.refusalKinds[kind] }))] })}
        </fieldset>
        <p class="field-hint">${words.approvalHint}</p>
        <button type="submit" name="step" value="propose">${words.submit}</button>`)}
    </section>`;
}
