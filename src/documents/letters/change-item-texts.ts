// How a change item reads in the decision and the receipt (issue 6): what was asked for, in words
// a person understands, and for a kept item why it is kept, with the legal ground the decision
// cites. The record is named by its dataset and, where the key says something (a case number,
// a contact's id), by that; never by an identity number.
import type { ErasureGround } from '../../catalog/catalog-types.ts';
import type { LegalGroundId } from '../../domain/legal-grounds.ts';
import type { LetterLanguage } from './letter-model.ts';

export type ChangeItemAction = 'rectify' | 'complete' | 'erase' | 'restrict' | 'object';

/** Why an erasure item is kept (operations/changes/erasure-plan.ts KeepReason). */
export type KeptBecause = ErasureGround | 'third-party' | 'linked-record' | 'restricted' | 'ambiguous-key';

export interface ChangeItemWords {
  /** e.g. "Radering av Kontakter (kontakt 123)". `record` is empty for the person's whole dataset. */
  readonly describe: (action: ChangeItemAction, dataset: string, record: string, fields: readonly string[]) => string;
  readonly wholeDataset: string;
  /** The kept item's reasons in plain words; `reference` is the catalog's provision for a retained dataset. */
  readonly kept: (because: KeptBecause, reference: string | undefined) => string;
  /** The overall reasons: when the changes are made (`waitDays` after the decision) and that a receipt follows. */
  readonly schedule: (waitDays: number) => string;
  /** The notice (R20) that a restriction set while the request was handled ends when the decision is carried out. */
  readonly liftNotice: string;
}

/** The legal ground a kept erasure item cites (Art. 17(3) GDPR, Art. 18 for restriction instead). */
export const KEPT_GROUNDS: Readonly<Record<KeptBecause, LegalGroundId>> = {
  'legal-obligation': 'gdpr-17-3-b',
  'public-task': 'gdpr-17-3-b',
  'official-authority': 'gdpr-17-3-b',
  archiving: 'gdpr-17-3-d',
  'third-party': 'gdpr-17-3-b',
  'linked-record': 'gdpr-17-3-b',
  restricted: 'gdpr-18',
  'ambiguous-key': 'gdpr-17-3-b',
};

const list = (fields: readonly string[], and: string) =>
  fields.length <= 1 ? fields.join('') : `${fields.slice(0, -1).join(', ')} ${and} ${fields.at(-1)!}`;

const sv: ChangeItemWords = {
  describe: (action, dataset, record, fields) => {
    const what = record ? `${dataset} (${record})` : dataset;
    switch (action) {
      case 'rectify': return `Rättelse av ${list(fields.map((field) => field.toLowerCase()), 'och')} i ${what}`;
      case 'complete': return `Komplettering av ${what} med ditt tillägg`;
      case 'erase': return `Radering av ${what}`;
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
      case 'third-party': return 'Uppgiften finns i en handling som gäller någon annan person. Den raderas inte på din begäran.';
      case 'linked-record': return 'Uppgiften hör till ett ärende som vi måste spara och kan inte raderas för sig.';
      case 'restricted': return 'Du har begärt att behandlingen av uppgiften ska begränsas. Därför sparar vi den men använder den inte.';
      case 'ambiguous-key': return 'Vi kan inte säkert peka ut uppgiften i systemet och raderar den därför inte.';
    }
  },
  schedule: (waitDays) => waitDays > 0
    ? `Vi genomför ändringarna tidigast ${waitDays === 1 ? 'en dag' : `${waitDays} dagar`} efter beslutet. När allt är genomfört får du ett kvitto.`
    : 'Vi genomför ändringarna direkt efter beslutet. När allt är genomfört får du ett kvitto.',
  liftNotice: 'Medan vi utredde din begäran har vi begränsat behandlingen av de berörda uppgifterna. Begränsningen upphör när beslutet är genomfört.',
};

const en: ChangeItemWords = {
  describe: (action, dataset, record, fields) => {
    const what = record ? `${dataset} (${record})` : dataset;
    switch (action) {
      case 'rectify': return `Rectification of ${list(fields.map((field) => field.toLowerCase()), 'and')} in ${what}`;
      case 'complete': return `Completion of ${what} with your statement`;
      case 'erase': return `Erasure of ${what}`;
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
      case 'third-party': return 'The data are in a document about another person. They are not erased at your request.';
      case 'linked-record': return 'The data belong to a case that we must keep and cannot be erased on their own.';
      case 'restricted': return 'You have asked us to restrict the processing of the data. We therefore keep them but do not use them.';
      case 'ambiguous-key': return 'We cannot identify the data with certainty in the system, so we do not erase them.';
    }
  },
  schedule: (waitDays) => waitDays > 0
    ? `We will carry out the changes no earlier than ${waitDays === 1 ? 'one day' : `${waitDays} days`} after the decision. You will get a receipt when everything is done.`
    : 'We will carry out the changes right after the decision. You will get a receipt when everything is done.',
  liftNotice: 'While we looked into your request, we restricted the processing of the data concerned. The restriction ends when the decision has been carried out.',
};

export const changeItemWords: Readonly<Record<LetterLanguage, ChangeItemWords>> = { sv, en };
