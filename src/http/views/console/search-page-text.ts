// The words of the console's search for a person's cases (search-page.ts), in Swedish and English.
import type { Language } from '../../request-language.ts';

export interface SearchPageText {
  readonly title: string;
  readonly lead: string;
  readonly person: string;
  readonly personHint: string;
  readonly purpose: string;
  readonly purposeHint: string;
  readonly submit: string;
  readonly results: (count: number) => string;
  readonly none: string;
  readonly caption: string;
  readonly columns: { readonly caseNumber: string; readonly right: string; readonly status: string; readonly received: string; readonly due: string };
  readonly errors: { readonly person: string; readonly purpose: string };
}

const sv: SearchPageText = {
  title: 'Sök en persons ärenden',
  lead: 'Sökningen loggas med ditt namn och det ändamål du anger. Sök bara när du behöver uppgifterna för ditt arbete. Ärenden om personer med skyddad identitet visas bara för den som har behörighet till dem.',
  person: 'Personnummer eller samordningsnummer',
  personHint: 'Tolv siffror, till exempel 19840312-9003.',
  purpose: 'Varför söker du?',
  purposeHint: 'Ändamålet skrivs i behandlingsloggen.',
  submit: 'Sök',
  results: (count) => (count === 1 ? '1 ärende' : `${count} ärenden`),
  none: 'Personen har inga ärenden som du kan se.',
  caption: 'Personens ärenden, det senaste först',
  columns: { caseNumber: 'Diarienummer', right: 'Begäran', status: 'Status', received: 'Inkom', due: 'Sista svarsdag' },
  errors: { person: 'Ange ett giltigt personnummer eller samordningsnummer med tolv siffror.', purpose: 'Välj varför du söker.' },
};

const en: SearchPageText = {
  title: "Find a person's requests",
  lead: 'The search is logged with your name and the purpose you give. Search only when your work needs the data. Requests of persons with protected identity are shown only to those authorised for them.',
  person: 'Personal identity number or coordination number',
  personHint: 'Twelve digits, for example 19840312-9003.',
  purpose: 'Why are you searching?',
  purposeHint: 'The purpose is written to the processing log.',
  submit: 'Search',
  results: (count) => (count === 1 ? '1 request' : `${count} requests`),
  none: 'The person has no requests you can see.',
  caption: "The person's requests, latest first",
  columns: { caseNumber: 'Case number', right: 'Request', status: 'Status', received: 'Received', due: 'Due date' },
  errors: { person: 'Enter a valid twelve-digit personal identity number or coordination number.', purpose: 'Choose why you are searching.' },
};

export const searchPageText: Readonly<Record<Language, SearchPageText>> = { sv, en };
