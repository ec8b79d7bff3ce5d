// The receipt of changes in plain Swedish and English: what the decision said would be done, what
// was done where, and which other authorities that had received the data were told (Art. 19).
import type { LetterLanguage, ReceiptItem } from './letter-model.ts';

export interface ReceiptTexts {
  readonly title: string;
  readonly decisionDate: string;
  readonly intro: (decidedDay: string) => string;
  readonly done: { readonly heading: string; readonly where: string; readonly outcome: Readonly<Record<ReceiptItem['outcome'], string>> };
  readonly notNote: string;
  readonly recipients: { readonly heading: string; readonly told: string; readonly none: string };
}

const sv: ReceiptTexts = {
  title: 'Kvitto: vi har genomfört beslutet',
  decisionDate: 'Beslutsdatum',
  intro: (day) => `Den ${day} beslutade vi om din begäran. Här ser du vad vi har gjort i våra system.`,
  done: {
    heading: 'Det här har vi gjort',
    where: 'System',
    outcome: { done: 'Genomfört', kept: 'Sparas enligt beslutet', 'not-done': 'Kunde inte genomföras – vi kontaktar dig' },
  },
  notNote: 'Om något inte kunde genomföras arbetar vi vidare med det och hör av oss till dig.',
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
    where: 'System',
    outcome: { done: 'Done', kept: 'Kept as decided', 'not-done': 'Could not be done – we will contact you' },
  },
  notNote: 'If something could not be done, we are still working on it and will contact you.',
  recipients: {
    heading: 'Others who received the data',
    told: 'We have told the authorities that received the data from us earlier about the change:',
    none: 'No other authority had received the data that changed, so we did not need to tell anyone.',
  },
};

export const receiptTexts: Readonly<Record<LetterLanguage, ReceiptTexts>> = { sv, en };
