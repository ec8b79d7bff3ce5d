// A request as a citizen reads it: its state and its deadline in words ("Vi svarar senast
// 2 mars 2026"), whom it is about, and how each letter was sent ("Skickat med post den
// 3 mars 2026"). Dates are the Swedish days the deadline rule counts.
import { longDate } from '../../../documents/long-date.ts';
import type { CaseSummary } from '../../../operations/requests/case-views.ts';
import type { Language } from '../../request-language.ts';
import { casePagesText } from './case-pages-text.ts';
import { eserviceText, type LetterSummary } from './eservice-text.ts';

export const dateInWords = (date: Date, language: Language): string => longDate(date.toISOString(), language);

export function statusInWords(summary: CaseSummary, language: Language): string {
  const text = eserviceText[language];
  if (summary.duplicateOf && summary.status === 'completed') return text.duplicateStatus;
  return text.status[summary.status];
}

export function deadlineInWords(summary: CaseSummary, language: Language): string {
  const text = eserviceText[language];
  if (summary.status === 'completed') {
    if (summary.duplicateOf) return text.inEarlierCase;
    return text.answeredOn(dateInWords(summary.completedAt ?? summary.dueAt, language));
  }
  if (summary.status === 'failed') return text.failed;
  if (summary.status === 'paused') return text.waitingForYou;
  const due = dateInWords(summary.dueAt, language);
  return summary.extended ? text.extendedAnswerBy(due) : text.answerBy(due);
}

export function aboutInWords(summary: CaseSummary, language: Language): string {
  const text = eserviceText[language];
  if (summary.requesterKind === 'self') return text.forSelf;
  return summary.requesterKind === 'guardian' ? text.forChild : text.forRepresented;
}

/** How the letter reached the person, or that it is on its way; the way only, never where to. */
export function letterSentInWords(letter: LetterSummary, language: Language): string {
  const words = casePagesText[language];
  const status = letter.delivery?.status ?? letter.deliveryStatus;
  if (status === 'failed') return words.notSent;
  if (status === 'held') return words.sendingAfterIdentity;
  if (status !== 'sent') return words.sending;
  const sentAt = letter.delivery?.sentAt ?? letter.deliveredAt;
  if (!sentAt) return words.sent;
  const date = dateInWords(sentAt, language);
  if (letter.delivery?.channel === 'mailbox') return words.sentToMailbox(date);
  if (letter.delivery?.channel === 'post') return words.sentByPost(date);
  return words.sentOn(date);
}
