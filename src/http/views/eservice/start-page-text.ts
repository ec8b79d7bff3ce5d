// The words of the e-service's start page (start-page.ts) in Swedish and English.
import type { Language } from '../../request-language.ts';

export interface StartPageText {
  readonly title: string;
  readonly lead: string;
  readonly login: string;
  readonly loginHint: string;
  readonly loggedIn: string;
  readonly choose: string;
  readonly goodToKnow: string;
  readonly oneMonth: string;
  readonly child: string;
  readonly otherWays: string;
  readonly complaint: string;
  readonly privacy: string;
}

export const startPageText: Readonly<Record<Language, StartPageText>> = {
  sv: {
    title: 'Dina personuppgifter hos oss',
    lead: 'Här kan du begära ett registerutdrag med de uppgifter vi har om dig, och be oss rätta, komplettera, begränsa eller radera uppgifter. Du kan också invända mot att vi behandlar dem.',
    login: 'Logga in med e-legitimation',
    loginHint: 'Du loggar in med e-legitimation, till exempel BankID eller Freja+. Har du en e-legitimation från ett annat EU-land kan du också använda den.',
    loggedIn: 'Se dina ärenden',
    choose: 'Vad vill du göra?',
    goodToKnow: 'Bra att veta',
    oneMonth: 'Vi svarar inom en månad. Om din begäran är särskilt omfattande kan vi förlänga tiden med högst två månader. Då får du veta det, och varför, inom den första månaden.',
    child: 'Är du vårdnadshavare kan du göra en begäran för ditt barn som är under 18 år.',
    otherWays: 'Du kan också skicka din begäran med post, ringa eller besöka oss.',
    complaint: 'Om du inte är nöjd med hur vi har hanterat dina personuppgifter kan du klaga hos Integritetsskyddsmyndigheten (IMY).',
    privacy: 'Så behandlar vi personuppgifter',
  },
  en: {
    title: 'Your personal data held by us',
    lead: 'Here you can ask for a register extract with the data we hold about you, and ask us to correct, complete, restrict or erase data. You can also object to our processing of it.',
    login: 'Log in with e-identification',
    loginHint: 'You log in with a Swedish e-identification, for example BankID or Freja+. If you have an e-identification from another EU country, you can use that too.',
    loggedIn: 'See your requests',
    choose: 'What do you want to do?',
    goodToKnow: 'Good to know',
    oneMonth: 'We answer within one month. If your request is particularly extensive, we may extend that by at most two months. We will then tell you so, and why, within the first month.',
    child: 'If you are a guardian, you can make a request for your child under 18.',
    otherWays: 'You can also send your request by post, call us or visit us.',
    complaint: 'If you are not satisfied with how we have handled your personal data, you can complain to the Swedish Authority for Privacy Protection (IMY).',
    privacy: 'How we process personal data',
  },
};
