// Words the e-service's pages share, in Swedish and English: what each right lets a person do,
// the states of a request and the letters as a citizen reads them, the breadcrumbs.
import type { LetterKind, RequestRight } from '../../../domain/request-kinds.ts';
import type { LifecycleStatus } from '../../../domain/request-lifecycle.ts';
import type { CitizenCaseDetail } from '../../../operations/requests/case-views.ts';
import type { Language } from '../../request-language.ts';

/** A letter of a request as the case views list it. */
export type LetterSummary = CitizenCaseDetail['letters'][number];
export type { LetterKind };

export interface RightWords {
  /** The link and the form's heading: "Begär rättelse". */
  readonly action: string;
  /** One or two plain sentences on what the right gives. */
  readonly description: string;
}

export interface EserviceText {
  readonly serviceName: string;
  readonly breadcrumbs: string;
  readonly myRequests: string;
  readonly rights: Readonly<Record<RequestRight, RightWords>>;
  readonly status: Readonly<Record<LifecycleStatus, string>>;
  readonly duplicateStatus: string;
  readonly letters: Readonly<Record<LetterKind, string>>;
  readonly forSelf: string;
  readonly forChild: string;
  readonly forRepresented: string;
  readonly caseLabel: (caseNumber: string) => string;
  readonly theRequest: string;
  readonly answerBy: (date: string) => string;
  readonly extendedAnswerBy: (date: string) => string;
  readonly answeredOn: (date: string) => string;
  readonly waitingForYou: string;
  readonly inEarlierCase: string;
  readonly failed: string;
}

export const eserviceText: Readonly<Record<Language, EserviceText>> = {
  sv: {
    serviceName: 'Dina personuppgifter – e-tjänst',
    breadcrumbs: 'Du är här',
    myRequests: 'Mina ärenden',
    rights: {
      access: { action: 'Begär registerutdrag', description: 'Få veta vilka uppgifter om dig vi behandlar, varför vi gör det och vart de lämnas ut, och få en kopia.' },
      rectification: { action: 'Begär rättelse', description: 'Få uppgifter om dig som är fel rättade.' },
      completion: { action: 'Begär komplettering', description: 'Få uppgifter om dig som är ofullständiga kompletterade, till exempel med ett tillägg från dig.' },
      erasure: { action: 'Begär radering', description: 'Be oss ta bort uppgifter om dig. Som myndighet måste vi ofta spara uppgifter enligt lag, men vi prövar alltid din begäran.' },
      restriction: { action: 'Begär begränsning', description: 'Be oss att tills vidare bara spara uppgifter om dig och inte använda dem, till exempel medan vi utreder om de stämmer.' },
      objection: { action: 'Invänd mot behandling', description: 'Invänd mot att vi behandlar uppgifter om dig när vi gör det för att utföra en uppgift av allmänt intresse eller som myndighetsutövning.' },
    },
    status: {
      matching: 'Vi kontrollerar vem du är',
      received: 'Mottagen',
      collecting: 'Vi hämtar dina uppgifter',
      waiting: 'Vi hämtar dina uppgifter',
      review: 'Vi går igenom uppgifterna',
      handling: 'Vi handlägger din begäran',
      ready: 'Vi förbereder beslutet',
      approval: 'Vi förbereder beslutet',
      paused: 'Vi väntar på komplettering från dig',
      completed: 'Avslutad',
      failed: 'Vi kunde inte slutföra din begäran',
    },
    duplicateStatus: 'Avslutad – du har redan en likadan begäran',
    letters: {
      acknowledgement: 'Bekräftelse på din begäran',
      extension: 'Besked om förlängd tid',
      supplement: 'Begäran om komplettering',
      duplicate: 'Besked om tidigare begäran',
      decision: 'Beslut',
      extract: 'Registerutdrag',
      receipt: 'Kvitto på genomförda ändringar',
    },
    forSelf: 'Dig själv',
    forChild: 'Ditt barn',
    forRepresented: 'Den du företräder',
    caseLabel: (caseNumber) => `Ärende ${caseNumber}`,
    theRequest: 'Ärendet',
    answerBy: (date) => `Vi svarar senast ${date}`,
    extendedAnswerBy: (date) => `Vi har förlängt tiden. Vi svarar senast ${date}`,
    answeredOn: (date) => `Besvarad ${date}`,
    waitingForYou: 'Vi svarar när vi har fått din komplettering',
    inEarlierCase: 'Vi svarar i ditt tidigare ärende',
    failed: 'Vi kontaktar dig',
  },
  en: {
    serviceName: 'Your personal data – e-service',
    breadcrumbs: 'You are here',
    myRequests: 'My requests',
    rights: {
      access: { action: 'Ask for a register extract', description: 'Find out which data about you we process, why, and who we share it with, and get a copy.' },
      rectification: { action: 'Ask for rectification', description: 'Have data about you that is wrong corrected.' },
      completion: { action: 'Ask for completion', description: 'Have incomplete data about you completed, for example with a statement from you.' },
      erasure: { action: 'Ask for erasure', description: 'Ask us to delete data about you. As a public authority we must often keep data by law, but we always consider your request.' },
      restriction: { action: 'Ask for restriction', description: 'Ask us to only store data about you for now and not use it, for example while we check whether it is correct.' },
      objection: { action: 'Object to processing', description: 'Object to our processing of data about you where we do it to perform a task in the public interest or in the exercise of official authority.' },
    },
    status: {
      matching: 'We are confirming who you are',
      received: 'Received',
      collecting: 'We are collecting your data',
      waiting: 'We are collecting your data',
      review: 'We are reviewing the data',
      handling: 'We are handling your request',
      ready: 'We are preparing the decision',
      approval: 'We are preparing the decision',
      paused: 'We are waiting for more information from you',
      completed: 'Completed',
      failed: 'We could not complete your request',
    },
    duplicateStatus: 'Completed – you already have the same request',
    letters: {
      acknowledgement: 'Acknowledgement of your request',
      extension: 'Notice of extended time',
      supplement: 'Request for more information',
      duplicate: 'Notice of an earlier request',
      decision: 'Decision',
      extract: 'Register extract',
      receipt: 'Receipt of the changes made',
    },
    forSelf: 'Yourself',
    forChild: 'Your child',
    forRepresented: 'The person you represent',
    caseLabel: (caseNumber) => `Request ${caseNumber}`,
    theRequest: 'The request',
    answerBy: (date) => `We will answer by ${date}`,
    extendedAnswerBy: (date) => `We have extended the time. We will answer by ${date}`,
    answeredOn: (date) => `Answered on ${date}`,
    waitingForYou: 'We will answer once we have your additional information',
    inEarlierCase: 'We will answer in your earlier request',
    failed: 'We will contact you',
  },
};
