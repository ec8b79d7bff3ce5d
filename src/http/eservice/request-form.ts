// The e-service's request form as data: the values as posted (kept when the form is shown again)
// and the problems found, each tied to the field the error summary links to. A complete form
// becomes an intake for casework.register: the logged-in person asks for themselves, or as a
// guardian for their child (the custody is checked by the operations against the population
// register); a foreign eID login asks for itself and is identified by a case handler.
import { InsynError } from '../../domain/error-catalogue.ts';
import { parseIdentityNumber, type IdentityNumber } from '../../domain/personnummer.ts';
import type { RequestRight } from '../../domain/request-kinds.ts';
import type { CitizenIdentity } from '../../operations/auth/web-identity.ts';
import type { CitizenSession } from '../auth/require-session.ts';
import type { IntakeInput } from '../../operations/requests/intake-input.ts';
import { MAX_DETAILS_LENGTH } from '../../operations/requests/validate-intake.ts';
import type { Language } from '../request-language.ts';

export interface RequestFormValues {
  readonly details: string;
  readonly correction: string;
  /** 'self' or 'child'. */
  readonly about: string;
  /** The child's personnummer as typed. */
  readonly child: string;
  /** 'electronic' or 'paper'. */
  readonly answerFormat: string;
  /** 'sv' or 'en'. */
  readonly language: string;
}

export type RequestFormProblem =
  | 'details-missing' | 'details-too-long' | 'correction-missing' | 'correction-too-long' | 'about-missing'
  | 'child-missing' | 'child-invalid' | 'child-is-self' | 'child-not-shown' | 'answer-format-missing' | 'language-missing';

/** The id of the control each problem is about (the error summary's link target). */
export const problemField: Readonly<Record<RequestFormProblem, string>> = {
  'details-missing': 'details', 'details-too-long': 'details', 'correction-missing': 'correction', 'correction-too-long': 'correction',
  'about-missing': 'about-self', 'child-missing': 'child', 'child-invalid': 'child', 'child-is-self': 'child', 'child-not-shown': 'child',
  'answer-format-missing': 'answer-format-electronic', 'language-missing': 'answer-language-sv',
};

/** Rights whose form asks for the proposed correction (or the addition). */
export const takesCorrection = (right: RequestRight): boolean => right === 'rectification' || right === 'completion';

/** Access may be asked for without saying which data (then: everything); the other rights must say. */
const needsDetails = (right: RequestRight): boolean => right !== 'access';

const field = (body: Readonly<Record<string, unknown>>, name: string): string => {
  const value = body[name];
  return typeof value === 'string' ? value.replace(/\r\n/g, '\n') : '';
};

/** The form's first showing: for oneself, a digital answer in the page's language. */
export function blankRequestForm(language: Language): RequestFormValues {
  return { details: '', correction: '', about: 'self', child: '', answerFormat: 'electronic', language };
}

export function readRequestForm(body: unknown): RequestFormValues {
  const posted = (typeof body === 'object' && body !== null ? body : {}) as Readonly<Record<string, unknown>>;
  return {
    details: field(posted, 'details'), correction: field(posted, 'correction'), about: field(posted, 'about'),
    child: field(posted, 'child').trim(), answerFormat: field(posted, 'answerFormat'), language: field(posted, 'answerLanguage'),
  };
}

function textProblems(values: RequestFormValues, right: RequestRight): RequestFormProblem[] {
  const problems: RequestFormProblem[] = [];
  if (needsDetails(right) && values.details.trim() === '') problems.push('details-missing');
  if (values.details.length > MAX_DETAILS_LENGTH) problems.push('details-too-long');
  if (takesCorrection(right) && values.correction.trim() === '') problems.push('correction-missing');
  if (takesCorrection(right) && values.correction.length > MAX_DETAILS_LENGTH) problems.push('correction-too-long');
  return problems;
}

function childOf(values: RequestFormValues, identity: CitizenIdentity): IdentityNumber | RequestFormProblem {
  if (values.child === '') return 'child-missing';
  let child: IdentityNumber;
  try {
    child = parseIdentityNumber(values.child);
  } catch (error) {
    if (error instanceof InsynError) return 'child-invalid';
    throw error;
  }
  return identity.kind === 'personnummer' && child.normalized === identity.identityNumber ? 'child-is-self' : child;
}

export interface CheckedRequestForm {
  readonly problems: readonly RequestFormProblem[];
  /** Present when there are no problems. */
  readonly input?: IntakeInput;
}

/** The problems of the posted form, or the intake it asks for. */
export function checkRequestForm(
  values: RequestFormValues, right: RequestRight, session: Pick<CitizenSession, 'identity' | 'subjectKey'>,
): CheckedRequestForm {
  const { identity } = session;
  const problems = textProblems(values, right);
  const foreign = identity.kind === 'foreign';
  if (!foreign && values.about !== 'self' && values.about !== 'child') problems.push('about-missing');
  const child = !foreign && values.about === 'child' ? childOf(values, identity) : undefined;
  if (typeof child === 'string') problems.push(child);
  if (values.answerFormat !== 'electronic' && values.answerFormat !== 'paper') problems.push('answer-format-missing');
  if (values.language !== 'sv' && values.language !== 'en') problems.push('language-missing');
  if (problems.length > 0) return { problems };
  const base = {
    right, channel: 'e-service', language: values.language as 'sv' | 'en', answerFormat: values.answerFormat as 'electronic' | 'paper',
    details: { text: values.details.trim(), ...(takesCorrection(right) ? { correction: values.correction.trim() } : {}) }, actor: 'e-service',
  } as const;
  if (identity.kind === 'foreign') {
    const { foreignId, name, birthDate } = identity;
    const foreignIdentity = { foreignId, name, ...(birthDate ? { birthDate } : {}) };
    return { problems, input: { ...base, identityMethod: 'foreign-eid', foreignIdentity, requesterKey: session.subjectKey } };
  }
  const self = parseIdentityNumber(identity.identityNumber);
  if (typeof child === 'object') {
    return { problems, input: { ...base, identityMethod: 'e-legitimation', subject: child, representative: { kind: 'guardian', identity: self, proof: 'population-register' } } };
  }
  return { problems, input: { ...base, identityMethod: 'e-legitimation', subject: self } };
}
