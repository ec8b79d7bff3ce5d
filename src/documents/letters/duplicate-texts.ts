// The duplicate notice in plain Swedish and English: the earlier case and whether it is still
// being handled (the new request joins it) or was answered recently (nothing new is done unless
// the person asks, and then they get an appealable decision).
import type { LetterLanguage } from './letter-model.ts';

export interface DuplicateTexts {
  readonly title: string;
  readonly open: { readonly text: (earlierCaseNumber: string, dueDay: string) => string; readonly nothingToDo: string };
  readonly answered: { readonly text: (earlierCaseNumber: string, answeredDay: string) => string; readonly resend: string; readonly newTrial: string };
}

const sv: DuplicateTexts = {
  title: 'Du har redan en likadan begäran hos oss',
  open: {
    text: (earlier, due) => `Du har redan en likadan begäran hos oss, med diarienummer ${earlier}, som vi handlägger nu. Vi handlägger den nya begäran tillsammans med den tidigare, och du får ett gemensamt svar senast den ${due}.`,
    nothingToDo: 'Du behöver inte göra något.',
  },
  answered: {
    text: (earlier, answered) => `Vi svarade på en likadan begäran från dig den ${answered}, med diarienummer ${earlier}. Eftersom det var så nyligen gör vi inget nytt med anledning av den här begäran.`,
    resend: 'Om du inte har kvar vårt svar kan du kontakta oss, så skickar vi det igen.',
    newTrial: 'Om du ändå vill att vi prövar din nya begäran, till exempel för att något har ändrats sedan förra gången, kontakta oss. Då prövar vi den och fattar ett beslut som du kan överklaga.',
  },
};

const en: DuplicateTexts = {
  title: 'You already have a similar request with us',
  open: {
    text: (earlier, due) => `You already have a similar request with us, case number ${earlier}, which we are handling now. We will handle the new request together with the earlier one, and you will get one answer no later than ${due}.`,
    nothingToDo: 'You do not need to do anything.',
  },
  answered: {
    text: (earlier, answered) => `We answered a similar request from you on ${answered}, case number ${earlier}. Because that was so recent, we will not do anything new as a result of this request.`,
    resend: 'If you no longer have our answer, contact us and we will send it again.',
    newTrial: 'If you still want us to consider your new request, for example because something has changed since last time, contact us. We will then consider it and make a decision that you can appeal against.',
  },
};

export const duplicateTexts: Readonly<Record<LetterLanguage, DuplicateTexts>> = { sv, en };
