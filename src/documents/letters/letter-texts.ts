// The fixed words every letter shares, in plain Swedish and English: the header labels, how a
// request and its channel are named in running text, the contact section, and the IMY complaint
// block. The words of each kind of letter are in its own *-texts.ts; the IMY sentence, the DPO
// text and the contact labels are the extract's (extract-rights.ts, extract-texts.ts).
import type { RequestChannel, RequestRight } from '../../domain/request-kinds.ts';
import type { LetterLanguage } from './letter-model.ts';

export interface LetterTexts {
  readonly caseNumber: string;
  readonly date: string;
  /** The request in running text, lower case: "din begäran om registerutdrag". */
  readonly request: Readonly<Record<RequestRight, string>>;
  /** How it came, in running text; empty when there is nothing to say. */
  readonly channel: Readonly<Record<RequestChannel, string>>;
  /** "Vi tog emot din begäran om registerutdrag per telefon den 3 mars 2026." */
  readonly received: (request: string, channel: string, day: string) => string;
  readonly contact: { readonly heading: string; readonly questions: (caseNumber: string) => string };
  readonly complaint: { readonly heading: string; readonly notAnAppeal: string };
}

const sv: LetterTexts = {
  caseNumber: 'Diarienummer',
  date: 'Datum',
  request: {
    access: 'din begäran om registerutdrag',
    rectification: 'din begäran om rättelse av personuppgifter',
    completion: 'din begäran om komplettering av personuppgifter',
    erasure: 'din begäran om radering av personuppgifter',
    restriction: 'din begäran om begränsning av behandlingen av dina personuppgifter',
    objection: 'din begäran om att vi ska sluta behandla dina personuppgifter (invändning)',
  },
  channel: {
    'e-service': 'via e-tjänsten', letter: 'i ett brev', phone: 'per telefon', visit: 'vid ett besök hos oss',
    email: 'via e-post', cli: '',
  },
  received: (request, channel, day) => `Vi tog emot ${request}${channel ? ` ${channel}` : ''} den ${day}.`,
  contact: {
    heading: 'Kontakt',
    questions: (caseNumber) => `Om du har frågor är du välkommen att kontakta oss. Ange diarienummer ${caseNumber}.`,
  },
  complaint: {
    heading: 'Klagomål till Integritetsskyddsmyndigheten',
    notAnAppeal: 'Ett klagomål till IMY är inte ett överklagande. Om du vill att beslutet ändras ska du överklaga det så som det står ovan.',
  },
};

const en: LetterTexts = {
  caseNumber: 'Case number',
  date: 'Date',
  request: {
    access: 'your request for a register extract (access to your personal data)',
    rectification: 'your request to have personal data rectified',
    completion: 'your request to have personal data completed',
    erasure: 'your request to have personal data erased',
    restriction: 'your request to restrict the processing of your personal data',
    objection: 'your request that we stop processing your personal data (objection)',
  },
  channel: {
    'e-service': 'through the e-service', letter: 'by letter', phone: 'by phone', visit: 'when you visited us',
    email: 'by e-mail', cli: '',
  },
  received: (request, channel, day) => `We received ${request}${channel ? ` ${channel}` : ''} on ${day}.`,
  contact: {
    heading: 'Contact',
    questions: (caseNumber) => `If you have any questions, you are welcome to contact us. Please quote case number ${caseNumber}.`,
  },
  complaint: {
    heading: 'Complaints to the Swedish Authority for Privacy Protection',
    notAnAppeal: 'A complaint to IMY is not an appeal. If you want the decision changed, appeal against it as described above.',
  },
};

export const letterTexts: Readonly<Record<LetterLanguage, LetterTexts>> = { sv, en };
