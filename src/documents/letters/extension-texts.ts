// The extension notice (R03, Art. 12(3) GDPR) in plain Swedish and English: the original and the
// new last day, why (the reason code in words, then the case handler's reasons) and the rule.
import type { ExtensionReason } from '../../domain/request-kinds.ts';
import type { LetterLanguage } from './letter-model.ts';

export interface ExtensionTexts {
  readonly title: string;
  readonly lead: (originalDay: string) => string;
  readonly newDate: { readonly heading: string; readonly text: (day: string) => string };
  readonly why: { readonly heading: string; readonly reason: Readonly<Record<ExtensionReason, string>>; readonly rule: string };
}

const sv: ExtensionTexts = {
  title: 'Vi behöver längre tid för din begäran',
  lead: (originalDay) => `Vi skulle ha svarat senast den ${originalDay}, men vi behöver längre tid.`,
  newDate: {
    heading: 'Nytt datum för vårt svar',
    text: (day) => `Vi svarar nu senast den ${day}. Om vi blir klara tidigare svarar vi så snart vi kan.`,
  },
  why: {
    heading: 'Därför behöver vi längre tid',
    reason: {
      complexity: 'Det tar längre tid eftersom din begäran är omfattande eller komplicerad.',
      'number-of-requests': 'Det tar längre tid eftersom vi har fått in många begäranden.',
    },
    rule: 'Enligt artikel 12.3 i EU:s dataskyddsförordning får vi förlänga tiden med högst två månader, om det behövs för att en begäran är komplicerad eller för att vi har fått in många begäranden. Vi ska då meddela dig det inom en månad från att vi tog emot din begäran.',
  },
};

const en: ExtensionTexts = {
  title: 'We need more time for your request',
  lead: (originalDay) => `We should have answered by ${originalDay}, but we need more time.`,
  newDate: {
    heading: 'New date for our answer',
    text: (day) => `We will now answer no later than ${day}. If we finish sooner, we will answer as soon as we can.`,
  },
  why: {
    heading: 'Why we need more time',
    reason: {
      complexity: 'It takes longer because your request is extensive or complex.',
      'number-of-requests': 'It takes longer because we have received a large number of requests.',
    },
    rule: 'Under Article 12(3) of the EU General Data Protection Regulation we may extend the time by up to two further months where this is necessary because a request is complex or because we have received many requests. We must then tell you so within one month of receiving your request.',
  },
};

export const extensionTexts: Readonly<Record<LetterLanguage, ExtensionTexts>> = { sv, en };
