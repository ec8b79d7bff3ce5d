// The receipt of changes in plain Swedish and English: what the decision said would be done, what
// was done where, and which other authorities that had received the data were told (Art. 19).
import type { LetterLanguage, ReceiptItem } from './letter-model.ts';

export interface ReceiptTexts {
  readonly title: string;
  readonly decisionDate: string;
  readonly intro: (decidedDay: string) => string;
  readonly done: { readonly heading: string; readonly where: string; readonly reasons: string; readonly outcome: Readonly<Record<ReceiptItem['outcome'], string>> };
  readonly notNote: string;
  /** A correction not made: the record stays restricted while its accuracy is disputed. */
  readonly stillRestricted: string;
  readonly recipients: { readonly heading: string; readonly told: string; readonly none: string };
}

const sv: ReceiptTexts = {
  title: 'Kvitto: vi har genomfört beslutet',
  decisionDate: 'Beslutsdatum',
  intro: (day) => `Den ${day} beslutade vi om din begäran. Här ser du vad vi har gjort i våra system.`,
  done: {
    heading: 'Det här har vi gjort',
    where: 'System', reasons: 'Skäl',
    outcome: { done: 'Genomfört', kept: 'Sparas enligt beslutet', 'not-done': 'Kunde inte genomföras' },
  },
  stillRestricted: 'Uppgiften är fortfarande begränsad, eftersom den inte har rättats.',
  notNote: 'Skälen står vid varje post som inte kunde genomföras. Har du frågor, eller vill du att vi prövar saken på nytt, kontakta oss.',
  recipients: {
    heading: 'Andra som har fått uppgifterna',
    told: 'Vi har berättat om ändringen för de myndigheter som tidigare fått uppgifterna från oss:',
    none: 'Ingen annan myndighet hade fått de uppgifter som ändrades, så vi har inte behövt berätta för någon.',
  },
};

const en: ReceiptTexts = {
  title: 'Receipt: we have carried out the decision',
  decisionDate: 'Date of decision',
  intro: (day) => `On ${day} we made a decision on your request. Here you can see what we have done in our systems.`,
  done: {
    heading: 'What we have done',
    where: 'System', reasons: 'Reasons',
    outcome: { done: 'Done', kept: 'Kept as decided', 'not-done': 'Could not be done' },
  },
  stillRestricted: 'The data remain restricted, as they have not been corrected.',
  notNote: 'The reasons are given with each item that could not be done. If you have questions, or want us to consider the matter again, contact us.',
  recipients: {
    heading: 'Others who received the data',
    told: 'We have told the authorities that received the data from us earlier about the change:',
    none: 'No other authority had received the data that changed, so we did not need to tell anyone.',
  },
};

export const receiptTexts: Readonly<Record<LetterLanguage, ReceiptTexts>> = { sv, en };
