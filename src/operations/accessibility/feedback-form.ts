// What a visitor may send through the accessibility statement's feedback function: a message
// (required, at most 4,000 characters), optionally the page it concerns, and contact details only
// when they want an answer (then an e-mail address or a phone number that can be used). Each
// problem is named so that the form can say it beside its field.

export const FEEDBACK_MESSAGE_MAX = 4000;
export const FEEDBACK_PAGE_MAX = 500;
export const FEEDBACK_NAME_MAX = 200;

/** The form as posted: every field a string (absent fields empty). */
export interface FeedbackForm {
  readonly message: string;
  readonly page: string;
  readonly name: string;
  readonly email: string;
  readonly phone: string;
}

export interface FeedbackContact {
  readonly name: string | null;
  readonly email: string | null;
  readonly phone: string | null;
}

export interface FeedbackInput {
  readonly message: string;
  readonly page: string | null;
  /** Null when the sender left no way to answer them. */
  readonly contact: FeedbackContact | null;
}

export type FeedbackProblem =
  | 'message-missing' | 'message-too-long' | 'page-too-long' | 'name-too-long' | 'email-invalid' | 'phone-invalid' | 'contact-missing';

export type FeedbackCheck = { readonly input: FeedbackInput; readonly problems: readonly [] } | { readonly input?: undefined; readonly problems: readonly FeedbackProblem[] };

const EMAIL = /^[^\s@]+@[^\s@]+\.[^\s@]+$/;
const PHONE = /^\+?[0-9][0-9 ()-]*$/;

/** Characters as a person counts them (a letter with a diacritic or an emoji is one). */
const length = (text: string) => [...text].length;
const tidy = (text: string) => text.replace(/\r\n?/g, '\n').trim();
const orNull = (text: string) => (text === '' ? null : text);

function emailProblem(email: string): FeedbackProblem[] {
  return email === '' || (EMAIL.test(email) && email.length <= 254) ? [] : ['email-invalid'];
}

function phoneProblem(phone: string): FeedbackProblem[] {
  const digits = phone.replace(/\D/g, '').length;
  return phone === '' || (PHONE.test(phone) && digits >= 6 && digits <= 15) ? [] : ['phone-invalid'];
}

function contactOf(name: string, email: string, phone: string): { contact: FeedbackContact | null; problems: FeedbackProblem[] } {
  const problems: FeedbackProblem[] = [
    ...(length(name) > FEEDBACK_NAME_MAX ? ['name-too-long' as const] : []), ...emailProblem(email), ...phoneProblem(phone),
  ];
  if (name === '' && email === '' && phone === '') return { contact: null, problems };
  // A name alone is no way to answer: ask for an address or a number to answer at.
  if (email === '' && phone === '') problems.push('contact-missing');
  return { contact: { name: orNull(name), email: orNull(email), phone: orNull(phone) }, problems };
}

export function checkFeedbackForm(form: FeedbackForm): FeedbackCheck {
  const message = tidy(form.message);
  const page = tidy(form.page);
  const { contact, problems: contactProblems } = contactOf(tidy(form.name), tidy(form.email), tidy(form.phone));
  const problems: FeedbackProblem[] = [
    ...(message === '' ? ['message-missing' as const] : []),
    ...(length(message) > FEEDBACK_MESSAGE_MAX ? ['message-too-long' as const] : []),
    ...(length(page) > FEEDBACK_PAGE_MAX ? ['page-too-long' as const] : []),
    ...contactProblems,
  ];
  if (problems.length > 0) return { problems };
  return { input: { message, page: orNull(page), contact }, problems: [] };
}
