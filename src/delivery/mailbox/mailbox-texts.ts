// What a mailbox message says on the outside: its subject and a short body pointing to the
// attached letters. Neither may reveal anything sensitive (R26): the subject names the kind of
// letter and the case number only; the contents are in the attached PDF/A files.
import type { LetterKind } from '../../domain/request-kinds.ts';

interface MailboxTexts {
  /** The most important letter of the delivery decides the subject. */
  readonly subjects: Readonly<Record<LetterKind, string>>;
  body(agency: string, caseNumber: string, phone: string, url: string): string;
  readonly supportText: string;
}

const sv: MailboxTexts = {
  subjects: {
    extract: 'Svar på din begäran om registerutdrag',
    decision: 'Beslut om din begäran',
    extension: 'Längre handläggningstid för din begäran',
    supplement: 'Vi behöver fler uppgifter för din begäran',
    duplicate: 'Om din begäran',
    acknowledgement: 'Vi har tagit emot din begäran',
    receipt: 'Vi har genomfört beslutet om din begäran',
  },
  body: (agency, caseNumber, phone, url) => `Hej!\n\nDu har fått brev från ${agency} i ärende ${caseNumber}. `
    + `Brevet finns som bilaga (PDF).\n\nHar du frågor kan du ringa ${phone} eller läsa mer på ${url}.`,
  supportText: 'Kundcenter',
};

const en: MailboxTexts = {
  subjects: {
    extract: 'Reply to your request for a register extract',
    decision: 'Decision on your request',
    extension: 'More time needed for your request',
    supplement: 'We need more information for your request',
    duplicate: 'About your request',
    acknowledgement: 'We have received your request',
    receipt: 'We have carried out the decision on your request',
  },
  body: (agency, caseNumber, phone, url) => `Hello,\n\nYou have a letter from ${agency} in case ${caseNumber}. `
    + `The letter is attached (PDF).\n\nIf you have questions, call ${phone} or read more at ${url}.`,
  supportText: 'Customer service',
};

export function mailboxTexts(language: 'sv' | 'en'): MailboxTexts {
  return language === 'en' ? en : sv;
}

/** Letter kinds in the order their subject takes precedence. */
const PRECEDENCE: readonly LetterKind[] = ['extract', 'decision', 'receipt', 'extension', 'supplement', 'duplicate', 'acknowledgement'];

export function mailboxSubject(language: 'sv' | 'en', kinds: readonly LetterKind[], caseNumber: string): string {
  const kind = PRECEDENCE.find((candidate) => kinds.includes(candidate)) ?? 'acknowledgement';
  const subject = mailboxTexts(language).subjects[kind];
  return caseNumber ? `${subject} (${caseNumber})` : subject;
}
