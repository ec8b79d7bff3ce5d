// The acknowledgement (R04) in plain Swedish and English: that we have the request, what we do
// with it for each right, by when we answer, that an extension is possible and would be told in
// time, that it is free, and where the answer goes.
import type { RequestRight } from '../../domain/request-kinds.ts';
import type { AcknowledgementLetter, LetterLanguage } from './letter-model.ts';

export interface AcknowledgementTexts {
  readonly title: string;
  readonly next: { readonly heading: string; readonly byRight: Readonly<Record<RequestRight, string>> };
  readonly answer: {
    readonly heading: string;
    readonly due: (day: string) => string;
    readonly extension: (day: string) => string;
    readonly free: string;
    readonly format: Readonly<Record<AcknowledgementLetter['answerFormat'], string>>;
  };
}

const svDecision = 'Du får ett beslut där det står vad vi har gjort och varför.';
const enDecision = 'You will receive a decision stating what we have done and why.';

const sv: AcknowledgementTexts = {
  title: 'Vi har tagit emot din begäran',
  next: {
    heading: 'Det här händer nu',
    byRight: {
      access: 'Vi hämtar nu de personuppgifter om dig som finns i våra system och sammanställer dem i ett registerutdrag. Om en uppgift kan omfattas av sekretess, till exempel för att den också gäller någon annan, prövar vi först om vi får lämna ut den.',
      rectification: `Vi utreder nu om de uppgifter som du har pekat ut är felaktiga. Om de är det rättar vi dem. ${svDecision}`,
      completion: `Vi utreder nu om uppgifterna är ofullständiga och om de ska kompletteras med det du har lämnat. ${svDecision}`,
      erasure: `Vi prövar nu om vi kan radera uppgifterna. Som myndighet måste vi ofta spara uppgifter enligt lag och enligt reglerna om arkiv, så det är inte säkert att vi får radera dem. ${svDecision}`,
      restriction: `Vi prövar nu om det finns förutsättningar att begränsa behandlingen av uppgifterna. ${svDecision}`,
      objection: `Vi prövar nu om vi har tvingande skäl att fortsätta behandla uppgifterna som väger tyngre än dina intressen. ${svDecision}`,
    },
  },
  answer: {
    heading: 'När du får svar',
    due: (day) => `Vi svarar så snart vi kan och senast den ${day}.`,
    extension: (day) => `Om din begäran är mycket omfattande eller om vi har fått in många begäranden kan vi behöva förlänga tiden med högst två månader. Då får du veta det före den ${day}, och varför.`,
    free: 'Det kostar ingenting.',
    format: {
      electronic: 'Svaret kommer till din digitala brevlåda om du har en, och du kan också läsa det i e-tjänsten. Om du inte har en digital brevlåda skickar vi svaret med post till den adress där du är folkbokförd.',
      paper: 'Vi skickar svaret med post till den adress där du är folkbokförd.',
    },
  },
};

const en: AcknowledgementTexts = {
  title: 'We have received your request',
  next: {
    heading: 'What happens now',
    byRight: {
      access: 'We are now collecting the personal data about you that are held in our systems and compiling them into a register extract. If some data may be covered by secrecy, for example because they also concern someone else, we first consider whether we may disclose them.',
      rectification: `We are now investigating whether the data you pointed out are wrong. If they are, we will correct them. ${enDecision}`,
      completion: `We are now investigating whether the data are incomplete and whether they should be completed with what you have provided. ${enDecision}`,
      erasure: `We are now considering whether we can erase the data. As a public authority we often have to keep data under the law and the rules on archives, so we may not be allowed to erase them. ${enDecision}`,
      restriction: `We are now considering whether the conditions for restricting the processing of the data are met. ${enDecision}`,
      objection: `We are now considering whether we have compelling grounds for continuing to process the data that override your interests. ${enDecision}`,
    },
  },
  answer: {
    heading: 'When you will get an answer',
    due: (day) => `We will answer as soon as we can, and no later than ${day}.`,
    extension: (day) => `If your request is very extensive, or if we have received a large number of requests, we may need to extend the time by up to two more months. If so, we will tell you before ${day} and explain why.`,
    free: 'Answering your request is free of charge.',
    format: {
      electronic: 'The answer will go to your digital mailbox if you have one, and you can also read it in the e-service. If you do not have a digital mailbox, we will send the answer by post to the address where you are registered in the population register.',
      paper: 'We will send the answer by post to the address where you are registered in the population register.',
    },
  },
};

export const acknowledgementTexts: Readonly<Record<LetterLanguage, AcknowledgementTexts>> = { sv, en };
