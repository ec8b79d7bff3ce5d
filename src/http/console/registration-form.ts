// The registration form as an intake: every field checked (with a message tied to the field the
// error summary links to) before casework.register sees it; the service checks again and its
// refusals (a custody the register does not show, for example) map back to fields.
import { InsynError, isInsynError } from '../../domain/error-catalogue.ts';
import { parseIdentityNumber, type IdentityNumber } from '../../domain/personnummer.ts';
import { REQUEST_RIGHTS } from '../../domain/request-kinds.ts';
import type { IntakeInput, Representative } from '../../operations/requests/intake-input.ts';
import { MAX_DETAILS_LENGTH } from '../../operations/requests/validate-intake.ts';
import type { Language } from '../request-language.ts';
import type { FieldError } from '../views/console/form-errors.ts';
import { valueOf, type FormValues } from '../views/console/form-values.ts';
import {
  PROOFS, registrationFieldIds, REQUESTER_KINDS, STAFF_CHANNELS, STAFF_IDENTITY_METHODS, type RegistrationField, type RegistrationValues,
} from '../views/console/registration-page.ts';
import { registrationPageText, type RegistrationPageText } from '../views/console/registration-page-text.ts';
import { swedishLocalTime } from './swedish-local-time.ts';

export type RegistrationInput = Omit<IntakeInput, 'actor'>;
type Messages = RegistrationPageText['errors'];

const BACKDATE_MS = 366 * 86_400_000;
const SKEW_MS = 5 * 60_000;

/** Which proof fits which representative (R08). */
const PROOF_FOR: Readonly<Record<Representative['kind'], Representative['proof']>> = {
  guardian: 'population-register', 'god-man': 'appointment', forvaltare: 'appointment', agent: 'power-of-attorney',
};

function oneOf<T extends string>(allowed: readonly T[], value: string): T | undefined {
  return (allowed as readonly string[]).includes(value) ? (value as T) : undefined;
}

function identity(value: string): IdentityNumber | undefined {
  try {
    return value.trim() === '' ? undefined : parseIdentityNumber(value);
  } catch (error) {
    if (isInsynError(error, 'PERSONNUMMER_INVALID')) return undefined;
    throw error;
  }
}

/** The posted fields, as the page shows them again. */
export function registrationValues(values: FormValues): RegistrationValues {
  const names: readonly RegistrationField[] = [
    'right', 'channel', 'receivedAt', 'subject', 'identityMethod', 'requester', 'representative', 'proof', 'text', 'correction', 'answerFormat', 'language',
  ];
  return Object.fromEntries(names.map((name) => [name, valueOf(values, name)]));
}

class Problems {
  readonly list: FieldError[] = [];
  add(field: RegistrationField, message: string): void {
    this.list.push({ field: registrationFieldIds[field], message });
  }
}

function receivedAt(values: RegistrationValues, now: Date, messages: Messages, problems: Problems): Date | undefined {
  const at = swedishLocalTime(values.receivedAt ?? '');
  if (!at) problems.add('receivedAt', messages.receivedAt);
  else if (at.getTime() > now.getTime() + SKEW_MS) problems.add('receivedAt', messages.receivedAtFuture);
  else if (at.getTime() < now.getTime() - BACKDATE_MS) problems.add('receivedAt', messages.receivedAtOld);
  return at;
}

function representative(values: RegistrationValues, subject: IdentityNumber | undefined, messages: Messages, problems: Problems): Representative | undefined {
  const kind = oneOf(REQUESTER_KINDS, values.requester ?? 'self');
  if (!kind) problems.add('requester', messages.requester);
  if (!kind || kind === 'self') return undefined;
  const number = identity(values.representative ?? '');
  const proof = oneOf(PROOFS, values.proof ?? '');
  if (!number) problems.add('representative', messages.representative);
  else if (subject && number.normalized === subject.normalized) problems.add('representative', messages.representativeSame);
  if (!proof) problems.add('proof', messages.proof);
  else if (PROOF_FOR[kind] !== proof) problems.add('proof', messages.proofMismatch);
  return number && proof ? { kind, identity: number, proof } : undefined;
}

function words(values: RegistrationValues, right: string | undefined, messages: Messages, problems: Problems): RegistrationInput['details'] {
  const text = (values.text ?? '').trim();
  const correction = (values.correction ?? '').trim();
  if (text.length > MAX_DETAILS_LENGTH) problems.add('text', messages.text);
  if (correction.length > MAX_DETAILS_LENGTH) problems.add('correction', messages.correction);
  if (correction !== '' && right !== 'rectification' && right !== 'completion') problems.add('correction', messages.correctionRight);
  return { ...(text ? { text } : {}), ...(correction ? { correction } : {}) };
}

export type RegistrationResult = { readonly input: RegistrationInput } | { readonly errors: readonly FieldError[] };

export function readRegistration(values: RegistrationValues, language: Language, now: Date): RegistrationResult {
  const messages = registrationPageText[language].errors;
  const problems = new Problems();
  const right = oneOf(REQUEST_RIGHTS, values.right ?? '');
  if (!right) problems.add('right', messages.right);
  const channel = oneOf(STAFF_CHANNELS, values.channel ?? '');
  if (!channel) problems.add('channel', messages.channel);
  const at = receivedAt(values, now, messages, problems);
  const subject = identity(values.subject ?? '');
  if (!subject) problems.add('subject', messages.subject);
  const identityMethod = oneOf(STAFF_IDENTITY_METHODS, values.identityMethod ?? '');
  if (!identityMethod) problems.add('identityMethod', messages.identityMethod);
  else if (identityMethod === 'id-document' && channel && channel !== 'visit') problems.add('identityMethod', messages.idDocumentVisit);
  const agent = representative(values, subject, messages, problems);
  const details = words(values, right, messages, problems);
  const answerFormat = oneOf(['electronic', 'paper'] as const, values.answerFormat ?? '');
  if (!answerFormat) problems.add('answerFormat', messages.answerFormat);
  const letterLanguage = oneOf(['sv', 'en'] as const, values.language ?? '');
  if (!letterLanguage) problems.add('language', messages.language);
  if (problems.list.length > 0 || !right || !channel || !at || !subject || !identityMethod || !answerFormat || !letterLanguage) {
    return { errors: problems.list };
  }
  return {
    input: {
      right, channel, receivedAt: at, subject, identityMethod, answerFormat, language: letterLanguage,
      ...(agent ? { representative: agent } : {}), ...(details && Object.keys(details).length > 0 ? { details } : {}),
    },
  };
}

const SERVICE_FIELDS: Readonly<Record<string, RegistrationField>> = {
  subject: 'subject', foreignIdentity: 'subject', identityMethod: 'identityMethod', representative: 'representative',
  receivedAt: 'receivedAt', 'details.text': 'text', 'details.correction': 'correction',
};

/** The service's refusal of an intake as field errors; undefined for errors that are not about the form. */
export function registrationErrors(error: unknown, language: Language): readonly FieldError[] | undefined {
  if (!(error instanceof InsynError)) return undefined;
  const messages = registrationPageText[language].errors;
  if (error.code === 'REPRESENTATION_NOT_SHOWN') return [{ field: registrationFieldIds.representative, message: messages.custody }];
  if (error.code === 'PERSONNUMMER_INVALID') return [{ field: registrationFieldIds.subject, message: messages.subject }];
  if (error.code !== 'VALIDATION_FAILED') return undefined;
  const field = SERVICE_FIELDS[(error.detail ?? '').split(':')[0] ?? ''] ?? 'subject';
  const message = field === 'representative' ? messages.custody : messages[field as keyof Messages] ?? messages.subject;
  return [{ field: registrationFieldIds[field], message }];
}
