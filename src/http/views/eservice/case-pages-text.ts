// The words of the pages about a person's requests (my-requests-page.ts, request-page.ts,
// letter-page.ts) in Swedish and English, among them how each letter was sent.
import type { Language } from '../../request-language.ts';

export interface CasePagesText {
  readonly newRequest: string;
  readonly noRequests: string;
  readonly caseNumber: string;
  readonly right: string;
  readonly about: string;
  readonly receivedOn: string;
  readonly status: string;
  readonly answer: string;
  readonly letters: string;
  readonly noLetters: string;
  readonly receivedTitle: string;
  readonly receivedText: string;
  readonly receivedForeign: string;
  readonly receivedDuplicate: string;
  readonly receivedLetter: string;
  readonly dated: (date: string) => string;
  readonly datedAlone: (date: string) => string;
  readonly downloadPdf: string;
  readonly sentToMailbox: (date: string) => string;
  readonly sentByPost: (date: string) => string;
  readonly sentOn: (date: string) => string;
  readonly sent: string;
  readonly sending: string;
  readonly sendingAfterIdentity: string;
  readonly notSent: string;
  readonly downloadJson: string;
  readonly downloads: string;
  readonly jsonHint: string;
}

export const casePagesText: Readonly<Record<Language, CasePagesText>> = {
  sv: {
    newRequest: 'Gör en ny begäran',
    noRequests: 'Du har inga ärenden hos oss.',
    caseNumber: 'Ärendenummer',
    right: 'Begäran',
    about: 'Gäller',
    receivedOn: 'Mottagen',
    status: 'Läge',
    answer: 'Svar',
    letters: 'Brev och beslut',
    noLetters: 'Det finns inga brev i ärendet ännu.',
    receivedTitle: 'Vi har tagit emot din begäran',
    receivedText: 'Vi har skickat en bekräftelse som du också kan läsa här nedan. Du ser hur det går för ditt ärende under Mina ärenden.',
    receivedForeign: 'Du loggade in med en utländsk e-legitimation. En handläggare kontrollerar vem du är innan vi börjar med din begäran, och kan behöva kontakta dig.',
    receivedDuplicate: 'Du har redan en likadan begäran hos oss. Vi har kopplat ihop dem och svarar i det tidigare ärendet. Läs mer i brevet här nedan.',
    receivedLetter: 'Ärendenummer:',
    dated: (date) => `daterat ${date}`,
    datedAlone: (date) => `Daterat ${date}`,
    downloadPdf: 'Ladda ner som PDF',
    sentToMailbox: (date) => `Skickat till din digitala brevlåda den ${date}`,
    sentByPost: (date) => `Skickat med post den ${date}`,
    sentOn: (date) => `Skickat den ${date}`,
    sent: 'Skickat',
    sending: 'Skickas till dig inom kort',
    sendingAfterIdentity: 'Skickas när vi har kontrollerat vem du är',
    notSent: 'Vi kunde inte skicka brevet till dig, men du kan läsa det här',
    downloadJson: 'Ladda ner som JSON (maskinläsbar fil)',
    downloads: 'Ladda ner',
    jsonHint: 'JSON-filen innehåller samma uppgifter som registerutdraget, i ett format som andra program kan läsa.',
  },
  en: {
    newRequest: 'Make a new request',
    noRequests: 'You have no requests with us.',
    caseNumber: 'Case number',
    right: 'Request',
    about: 'About',
    receivedOn: 'Received',
    status: 'Progress',
    answer: 'Answer',
    letters: 'Letters and decisions',
    noLetters: 'There are no letters in this request yet.',
    receivedTitle: 'We have received your request',
    receivedText: 'We have sent an acknowledgement, which you can also read below. You can follow your request under My requests.',
    receivedForeign: 'You logged in with a foreign e-identification. A case handler will confirm who you are before we start on your request, and may need to contact you.',
    receivedDuplicate: 'You already have the same request with us. We have linked them and will answer in the earlier request. Read more in the letter below.',
    receivedLetter: 'Case number:',
    dated: (date) => `dated ${date}`,
    datedAlone: (date) => `Dated ${date}`,
    downloadPdf: 'Download as PDF',
    sentToMailbox: (date) => `Sent to your digital mailbox on ${date}`,
    sentByPost: (date) => `Sent by post on ${date}`,
    sentOn: (date) => `Sent on ${date}`,
    sent: 'Sent',
    sending: 'Being sent to you shortly',
    sendingAfterIdentity: 'Will be sent once we have confirmed who you are',
    notSent: 'We could not send the letter to you, but you can read it here',
    downloadJson: 'Download as JSON (machine-readable file)',
    downloads: 'Download',
    jsonHint: 'The JSON file holds the same data as the register extract, in a format other programs can read.',
  },
};
