// The request page's smaller forms: extend the time limit (only while the first month runs),
// pause and ask for a supplement, resume, and match a foreign eID request to a person.
import { html, type SafeHtml } from '../../../lib/html.ts';
import { actionForm, stateOf, type CaseFormContext } from './case-form-context.ts';
import { choiceGroup, textArea, textField } from './form-controls.ts';
import { valueOf, valuesOf } from './form-values.ts';

const EXTENSION_REASONS = ['complexity', 'number-of-requests'] as const;
export const SUPPLEMENT_NEEDS = ['which-data', 'context', 'proposed-correction', 'objection-grounds', 'representation-proof'] as const;

export function extensionForm(context: CaseFormContext): SafeHtml {
  const words = context.text.extension;
  const { values, errors } = stateOf(context, 'extend');
  return html`<section aria-labelledby="forlang">
      <h3 id="forlang">${words.heading}</h3>
      <p>${words.lead}</p>
      ${actionForm(context, 'extend', html`
        ${choiceGroup({ idPrefix: 'extension-reason', name: 'reason', legend: words.reason, type: 'radio', errors, checked: valuesOf(values, 'reason'),
          choices: EXTENSION_REASONS.map((reason) => ({ value: reason, label: words.reasons[reason] })) })}
        ${textArea({ id: 'extension-reasons', name: 'reasons', label: words.text, hint: words.textHint, errors, value: valueOf(values, 'reasons') })}
        <button type="submit">${words.submit}</button>`)}
    </section>`;
}

export function pauseForm(context: CaseFormContext): SafeHtml {
  const words = context.text.pause;
  const { values, errors } = stateOf(context, 'pause');
  return html`<section aria-labelledby="pausa">
      <h3 id="pausa">${words.heading}</h3>
      <p>${words.lead}</p>
      ${actionForm(context, 'pause', html`
        ${choiceGroup({ idPrefix: 'pause-needs', name: 'needs', legend: words.needs, type: 'checkbox', errors, checked: valuesOf(values, 'needs'),
          choices: SUPPLEMENT_NEEDS.map((need) => ({ value: need, label: words.needLabels[need] })) })}
        ${textArea({ id: 'pause-details', name: 'details', label: words.details, hint: words.detailsHint, errors, value: valueOf(values, 'details') })}
        <button type="submit">${words.submit}</button>`)}
    </section>`;
}

/** A failed register extract: why, and the button to collect again. */
export function retryForm(context: CaseFormContext, errorCode: string): SafeHtml {
  const words = context.text.retry;
  return html`<section aria-labelledby="forsok-igen">
      <h3 id="forsok-igen">${words.heading}</h3>
      <p>${words.lead(errorCode)}</p>
      ${actionForm(context, 'retry', html`<button type="submit">${words.submit}</button>`)}
    </section>`;
}

/** Who handles the request, and the button to take it (absent for the one who has it). */
export function assignForm(context: CaseFormContext, assignedTo: string | null, viewerActor: string, holderName: string | null): SafeHtml {
  const words = context.text.assign;
  return html`<section aria-labelledby="ansvarig">
      <h3 id="ansvarig">${words.heading}</h3>
      <p>${holderName ? words.holder(holderName) : words.nobody}</p>
      ${assignedTo === viewerActor ? '' : actionForm(context, 'assign', html`<button type="submit">${words.submit}</button>`)}
    </section>`;
}

export function resumeForm(context: CaseFormContext): SafeHtml {
  const words = context.text.resume;
  return html`<section aria-labelledby="ateruppta">
      <h3 id="ateruppta">${words.heading}</h3>
      <p>${words.lead}</p>
      ${actionForm(context, 'resume', html`<button type="submit">${words.submit}</button>`)}
    </section>`;
}

export function matchForm(context: CaseFormContext): SafeHtml {
  const words = context.text.match;
  const { values, errors } = stateOf(context, 'match');
  return html`<section aria-labelledby="identifiera">
      <h3 id="identifiera">${words.heading}</h3>
      <p>${words.lead}</p>
      ${actionForm(context, 'match', html`
        ${textField({ id: 'match-subject', name: 'subject', label: words.subject, hint: words.hint, errors, value: valueOf(values, 'subject'),
          autocomplete: 'off', inputMode: 'numeric', size: 15, required: true })}
        <button type="submit">${words.submit}</button>`)}
    </section>`;
}
