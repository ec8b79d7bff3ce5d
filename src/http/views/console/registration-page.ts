// Registration of a request that came by letter, phone, visit or e-mail (the <main> content): the
// right, the channel and the time of contact, the person and who asks for them (with the proof of
// representation), how identity was established, the person's own words, the answer's format and
// language. Posts to itself; errors come back with a summary and the values kept.
import type { Language } from '../../request-language.ts';
import { REQUEST_RIGHTS } from '../../../domain/request-kinds.ts';
import { html, type SafeHtml } from '../../../lib/html.ts';
import { consolePaths, withLanguage } from './case-paths.ts';
import { choiceGroup, csrfField, firstChoiceId, textArea, textField } from './form-controls.ts';
import { errorSummary, type FieldError } from './form-errors.ts';
import { registrationPageText, type RegistrationPageText } from './registration-page-text.ts';
import { channelLabels, rightLabels } from './request-kind-labels.ts';

export const REGISTRATION_FIELDS = [
  'right', 'channel', 'receivedAt', 'subject', 'identityMethod', 'requester', 'representative', 'proof', 'text', 'correction',
  'answerFormat', 'language',
] as const;
export type RegistrationField = (typeof REGISTRATION_FIELDS)[number];
export type RegistrationValues = Readonly<Partial<Record<RegistrationField, string>>>;

/** Staff register these channels; the e-service and the command line register their own. */
export const STAFF_CHANNELS = ['letter', 'phone', 'visit', 'email'] as const;
export const STAFF_IDENTITY_METHODS = ['registered-address', 'id-document'] as const;
export const REQUESTER_KINDS = ['self', 'guardian', 'god-man', 'forvaltare', 'agent'] as const;
export const PROOFS = ['population-register', 'appointment', 'power-of-attorney'] as const;

/** The id an error summary links to, per field (a group's first control). */
export const registrationFieldIds: Readonly<Record<RegistrationField, string>> = {
  right: firstChoiceId('right'), channel: firstChoiceId('channel'), receivedAt: 'received-at', subject: 'subject',
  identityMethod: firstChoiceId('identity-method'), requester: firstChoiceId('requester'), representative: 'representative',
  proof: firstChoiceId('proof'), text: 'text', correction: 'correction', answerFormat: firstChoiceId('answer-format'),
  language: firstChoiceId('letter-language'),
};

export interface RegistrationPageInput {
  readonly language: Language;
  readonly values: RegistrationValues;
  readonly errors: readonly FieldError[];
  readonly csrfToken: string;
}

const checked = (value: string | undefined) => (value ? [value] : []);

function requestFields(input: RegistrationPageInput, text: RegistrationPageText): SafeHtml {
  const { language, values, errors } = input;
  return html`<fieldset class="form-section">
      <legend>${text.requestLegend}</legend>
      ${choiceGroup({ idPrefix: 'right', name: 'right', legend: text.right, type: 'radio', errors, checked: checked(values.right),
        choices: REQUEST_RIGHTS.map((right) => ({ value: right, label: rightLabels[language][right] })) })}
      ${choiceGroup({ idPrefix: 'channel', name: 'channel', legend: text.channel, type: 'radio', errors, checked: checked(values.channel),
        choices: STAFF_CHANNELS.map((channel) => ({ value: channel, label: channelLabels[language][channel] })) })}
      ${textField({ id: 'received-at', name: 'receivedAt', type: 'datetime-local', label: text.receivedAt, hint: text.receivedAtHint, errors,
        value: values.receivedAt ?? '', required: true })}
    </fieldset>`;
}

function personFields(input: RegistrationPageInput, text: RegistrationPageText): SafeHtml {
  const { values, errors } = input;
  return html`<fieldset class="form-section">
      <legend>${text.personLegend}</legend>
      ${textField({ id: 'subject', name: 'subject', label: text.subject, hint: text.subjectHint, errors, value: values.subject ?? '',
        autocomplete: 'off', inputMode: 'numeric', size: 15, required: true })}
      ${choiceGroup({ idPrefix: 'identity-method', name: 'identityMethod', legend: text.identityMethod, type: 'radio', errors,
        checked: checked(values.identityMethod),
        choices: [
          { value: 'registered-address', label: text.identityMethods['registered-address'], hint: text.identityMethodHints['registered-address'] },
          { value: 'id-document', label: text.identityMethods['id-document'], hint: text.identityMethodHints['id-document'] },
        ] })}
      ${choiceGroup({ idPrefix: 'requester', name: 'requester', legend: text.requester, type: 'radio', errors, checked: checked(values.requester ?? 'self'),
        choices: REQUESTER_KINDS.map((kind) => ({ value: kind, label: text.requesters[kind] })) })}
      ${textField({ id: 'representative', name: 'representative', label: text.representative, hint: text.representativeHint, errors,
        value: values.representative ?? '', autocomplete: 'off', inputMode: 'numeric', size: 15 })}
      ${choiceGroup({ idPrefix: 'proof', name: 'proof', legend: text.proof, type: 'radio', errors, checked: checked(values.proof),
        choices: PROOFS.map((proof) => ({ value: proof, label: text.proofs[proof] })) })}
    </fieldset>`;
}

function wordsFields(input: RegistrationPageInput, text: RegistrationPageText): SafeHtml {
  const { values, errors } = input;
  return html`<fieldset class="form-section">
      <legend>${text.wordsLegend}</legend>
      ${textArea({ id: 'text', name: 'text', label: text.text, hint: text.textHint, errors, value: values.text ?? '', rows: 6 })}
      ${textArea({ id: 'correction', name: 'correction', label: text.correction, hint: text.correctionHint, errors, value: values.correction ?? '' })}
    </fieldset>`;
}

function answerFields(input: RegistrationPageInput, text: RegistrationPageText): SafeHtml {
  const { values, errors } = input;
  return html`<fieldset class="form-section">
      <legend>${text.answerLegend}</legend>
      ${choiceGroup({ idPrefix: 'answer-format', name: 'answerFormat', legend: text.answerFormat, hint: text.answerHint, type: 'radio', errors,
        checked: checked(values.answerFormat ?? 'electronic'),
        choices: [{ value: 'electronic', label: text.answerFormats.electronic }, { value: 'paper', label: text.answerFormats.paper }] })}
      ${choiceGroup({ idPrefix: 'letter-language', name: 'language', legend: text.language, type: 'radio', errors, checked: checked(values.language ?? 'sv'),
        choices: [{ value: 'sv', label: text.languages.sv }, { value: 'en', label: text.languages.en }] })}
    </fieldset>`;
}

export function renderRegistrationPage(input: RegistrationPageInput): SafeHtml {
  const text = registrationPageText[input.language];
  return html`<h1>${text.title}</h1>
    ${errorSummary(input.errors, input.language)}
    <p>${text.lead}</p>
    <form method="post" action="${withLanguage(consolePaths.register, input.language)}" class="case-form" novalidate>
      ${csrfField(input.csrfToken)}
      ${requestFields(input, text)}
      ${personFields(input, text)}
      ${wordsFields(input, text)}
      ${answerFields(input, text)}
      <button type="submit">${text.submit}</button>
    </form>`;
}
