// Where the console's request pages and their forms live. Paths stay Swedish in both languages
// (staff bookmark one address); English is asked for with ?lang=en, which links and forms keep.
import type { Language } from '../../request-language.ts';
import { consolePaths } from './console-layout-text.ts';

/** What a case handler or granskare does on a request page; each is one POST route. */
export type CaseAction =
  | 'assign' | 'retry' | 'resend-delivery' | 'extend' | 'pause' | 'resume' | 'match' | 'review' | 'review-approve' | 'decision' | 'decision-approve' | 'decision-return'
  | 'change-correct' | 'change-complete' | 'change-erasure-plan' | 'change-restrict' | 'change-object' | 'change-item' | 'changes-decision' | 'changes-retry'
  | 'change-keep-undecided';

export const caseActionSlugs: Readonly<Record<CaseAction, string>> = {
  assign: 'tilldela',
  retry: 'forsok-igen',
  'resend-delivery': 'utskick/skicka-igen',
  extend: 'forlangning',
  pause: 'paus',
  resume: 'ateruppta',
  match: 'identifiering',
  review: 'sekretessprovning',
  'review-approve': 'sekretessprovning/godkann',
  decision: 'beslut',
  'decision-approve': 'beslut/godkann',
  'decision-return': 'beslut/atervisa',
  'change-correct': 'andringar/rattelse',
  'change-complete': 'andringar/komplettering',
  'change-erasure-plan': 'andringar/provkorning',
  'change-restrict': 'andringar/begransning',
  'change-object': 'andringar/invandning',
  'change-item': 'andringar/post',
  'changes-decision': 'andringar/beslut',
  'changes-retry': 'andringar/kor-igen',
  'change-keep-undecided': 'andringar/avsla-oavgjorda',
};

export const CASES_PATH = '/konsol/arenden';

/** The path with `lang=en` added for English (Swedish is the default and needs nothing). */
export function withLanguage(path: string, language: Language): string {
  if (language === 'sv') return path;
  return `${path}${path.includes('?') ? '&' : '?'}lang=en`;
}

export function casePath(requestId: string): string {
  return `${CASES_PATH}/${requestId}`;
}

export function caseActionPath(requestId: string, action: CaseAction): string {
  return `${casePath(requestId)}/${caseActionSlugs[action]}`;
}

export function caseLetterPath(requestId: string, letterId: string): string {
  return `${casePath(requestId)}/brev/${letterId}`;
}

export function caseLetterPdfPath(requestId: string, letterId: string): string {
  return `${caseLetterPath(requestId, letterId)}/pdf`;
}

/** The request page after an action, with the confirmation to show (`?klart=…`). */
export function caseDonePath(requestId: string, done: string, language: Language): string {
  return withLanguage(`${casePath(requestId)}?${new URLSearchParams({ klart: done }).toString()}`, language);
}

export { consolePaths };
