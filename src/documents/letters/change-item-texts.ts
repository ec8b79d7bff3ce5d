// How a change item reads in the decision and the receipt (issue 6): what was asked for, in words
// a person understands, and for a kept item why it is kept, with the legal ground the decision
// cites. The record is named by its dataset and, where the key says something (a case number,
// a contact's id), by that; never by an identity number.
import type { ErasureGround } from '../../catalog/catalog-types.ts';
import type { LegalGroundId } from '../../domain/legal-grounds.ts';
import type { LetterLanguage } from './letter-model.ts';

/** `anonymise`: an erasure the catalog makes by removing what identifies the person from the record. */
export type ChangeItemAction = 'rectify' | 'complete' | 'erase' | 'anonymise' | 'restrict' | 'object';

/** Why the erasure plan keeps an item on its own (the other plan reasons are decided by a case handler). */
export type KeptBecause = ErasureGround | 'third-party' | 'linked-record';

export interface ChangeItemWords {
  /** e.g. "Radering av Kontakter (kontakt 123)". `record` is empty for the person's whole dataset. */
  readonly describe: (action: ChangeItemAction, dataset: string, record: string, fields: readonly string[]) => string;
  readonly wholeDataset: string;
  /** The kept item's reasons in plain words; `reference` is the catalog's provision for a retained dataset. */
  readonly kept: (because: KeptBecause, reference: string | undefined) => string;
  /** The overall reasons: when the changes are made (`waitHours` after the decision) and that a receipt follows. */
  readonly schedule: (waitHours: number) => string;
  /** When every item is kept: nothing is changed. */
  readonly nothingChanged: string;
  /** On an upheld objection: what stops, and that the data are only stored. */
  readonly objectionUpheld: string;
  /** The notice (R20) that a restriction set while the request was handled ends when the decision is carried out. */
  readonly liftNotice: string;
}

/**
 * The legal grounds a kept erasure item cites (Art. 17(3) GDPR). Records to be preserved under
 * arkivlagen are both a legal obligation (b) and archiving in the public interest (d); a record in
 * someone else's case is kept for the task that case serves (b).
 */
export const KEPT_GROUNDS: Readonly<Record<KeptBecause, readonly LegalGroundId[]>> = {
  'legal-obligation': ['gdpr-17-3-b'],
  'public-task': ['gdpr-17-3-b'],
  'official-authority': ['gdpr-17-3-b'],
  archiving: ['gdpr-17-3-b', 'gdpr-17-3-d'],
  'third-party': ['gdpr-17-3-b'],
  'linked-record': ['gdpr-17-3-b'],
};

/** A wait in words: hours below two days, else days. */
function waitWords(hours: number, language: 'sv' | 'en'): string {
  if (hours < 48) return language === 'sv' ? `${hours} ${hours === 1 ? 'timme' : 'timmar'}` : `${hours} ${hours === 1 ? 'hour' : 'hours'}`;
  const days = Math.ceil(hours / 24);
  return language === 'sv' ? `${days} dagar` : `${days} days`;
}

const list = (fields: readonly string[], and: string) =>
  fields.length <= 1 ? fields.join('') : `${fields.slice(0, -1).join(', ')} ${and} ${fields.at(-1)!}`;

const sv: ChangeItemWords = {
  describe: (action, dataset, record, fields) => {
    const what = record ? `${dataset} (${record})` : dataset;
    switch (action) {
      case 'rectify': return `Rättelse av ${list(fields.map((field) => field.toLowerCase()), 'och')} i ${what}`;
      case 'complete': return `Komplettering av ${what} med ditt tillägg`;
      case 'erase': return `Radering av ${what}`;
      case 'anonymise': return `Avidentifiering av ${what}: det som pekar ut dig tas bort ur posten`;
      case 'restrict': return `Begränsning av behandlingen av ${what}`;
      case 'object': return `Invändning mot behandlingen av ${what}`;
    }
  },
  wholeDataset: 'alla dina uppgifter',
  kept: (because, reference) => {
    const provision = reference ? ` (${reference})` : '';
    switch (because) {
      case 'legal-obligation': return `Vi är skyldiga enligt lag att spara uppgifterna${provision}.`;
      case 'public-task': return `Vi behöver uppgifterna för att utföra en uppgift av allmänt intresse som vi har enligt lag${provision}.`;
      case 'official-authority': return `Uppgifterna ingår i vår myndighetsutövning, och vi måste spara dem${provision}.`;
      case 'archiving': return `Uppgifterna är allmänna handlingar som ska bevaras enligt arkivlagen${provision}.`;
      case 'third-party': return 'Uppgiften finns i en handling som gäller någon annan person och behövs i handläggningen av den personens ärende.';
      case 'linked-record': return 'Uppgiften hör till ett av dina ärenden och behövs i handläggningen av det. Den gallras tillsammans med ärendet enligt våra gallringsregler.';
    }
  },
  schedule: (waitHours) => waitHours > 0
    ? `Vi genomför ändringarna tidigast ${waitWords(waitHours, 'sv')} efter beslutet. När allt är genomfört får du ett kvitto.`
    : 'Vi genomför ändringarna direkt efter beslutet. När allt är genomfört får du ett kvitto.',
  nothingChanged: 'Inga uppgifter ändras med anledning av beslutet.',
  objectionUpheld: 'Vi slutar behandla uppgifterna för de ändamål du har invänt mot. Uppgifterna sparas men används inte.',
  liftNotice: 'Medan vi utredde din begäran har vi begränsat behandlingen av de berörda uppgifterna. Begränsningen upphör när beslutet är genomfört.',
};

const en: ChangeItemWords = {
  describe: (action, dataset, record, fields) => {
    const what = record ? `${dataset} (${record})` : dataset;
    switch (action) {
      case 'rectify': return `Rectification of ${list(fields.map((field) => field.toLowerCase()), 'and')} in ${what}`;
      case 'complete': return `Completion of ${what} with your statement`;
      case 'erase': return `Erasure of ${what}`;
      case 'anonymise': return `Anonymisation of ${what}: what identifies you is removed from the record`;
      case 'restrict': return `Restriction of the processing of ${what}`;
      case 'object': return `Objection to the processing of ${what}`;
    }
  },
  wholeDataset: 'all your data',
  kept: (because, reference) => {
    const provision = reference ? ` (${reference})` : '';
    switch (because) {
      case 'legal-obligation': return `The law requires us to keep the data${provision}.`;
      case 'public-task': return `We need the data to carry out a task in the public interest that the law gives us${provision}.`;
      case 'official-authority': return `The data are part of our exercise of official authority, and we must keep them${provision}.`;
      case 'archiving': return `The data are official documents that must be preserved under the Archives Act${provision}.`;
      case 'third-party': return 'The data are in a document about another person and are needed to handle that person\'s case.';
      case 'linked-record': return 'The data belong to one of your cases and are needed to handle it. They are disposed of together with the case under our disposal rules.';
    }
  },
  schedule: (waitHours) => waitHours > 0
    ? `We will carry out the changes no earlier than ${waitWords(waitHours, 'en')} after the decision. You will get a receipt when everything is done.`
    : 'We will carry out the changes right after the decision. You will get a receipt when everything is done.',
  nothingChanged: 'No data are changed as a result of the decision.',
  objectionUpheld: 'We stop processing the data for the purposes you objected to. The data are kept, but not used.',
  liftNotice: 'While we looked into your request, we restricted the processing of the data concerned. The restriction ends when the decision has been carried out.',
};

export const changeItemWords: Readonly<Record<LetterLanguage, ChangeItemWords>> = { sv, en };
