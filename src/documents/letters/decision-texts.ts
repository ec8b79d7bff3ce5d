// The decision letter (beslut, R06) in plain Swedish and English: the outcome as a whole and per
// item, reasons and legal grounds, an Art. 12(5) refusal, the enclosed extract, and how to
// appeal: to the förvaltningsrätt, in writing, through the agency, within three weeks of being
// notified (7 kap. 2 § dataskyddslagen; 43–44 §§ förvaltningslagen).
import type { DecisionOutcome, RefusalKind } from '../../domain/decision.ts';
import type { LetterLanguage } from './letter-model.ts';

export interface DecisionTexts {
  readonly title: string;
  readonly decisionDate: string;
  readonly concerns: (request: string, receivedDay: string) => string;
  readonly outcome: { readonly heading: string; readonly overall: Readonly<Record<DecisionOutcome, string>> };
  readonly item: {
    readonly outcome: Readonly<Record<DecisionOutcome, string>>;
    readonly labels: { readonly outcome: string; readonly reasons: string; readonly grounds: string };
  };
  readonly reasons: { readonly heading: string; readonly refusal: Readonly<Record<RefusalKind, string>> };
  readonly extract: { readonly heading: string; readonly enclosed: string };
  readonly appeal: { readonly heading: string; readonly text: (agency: string, caseNumber: string) => readonly string[] };
}

const sv12 = 'enligt artikel 12.5 i EU:s dataskyddsförordning';
const en12 = 'under Article 12(5) of the EU General Data Protection Regulation';

const sv: DecisionTexts = {
  title: 'Beslut',
  decisionDate: 'Beslutsdatum',
  concerns: (request, day) => `Beslutet gäller ${request}, som vi tog emot den ${day}.`,
  outcome: {
    heading: 'Vårt beslut',
    overall: {
      granted: 'Vi beviljar din begäran. Det betyder att vi gör det du har begärt.',
      'partly-granted': 'Vi beviljar din begäran delvis. Det betyder att vi gör en del av det du har begärt, men inte allt. Här nedan står vad vi har beslutat om varje del och varför.',
      refused: 'Vi avslår din begäran. Det betyder att vi inte gör det du har begärt. Här nedan står varför.',
    },
  },
  item: {
    outcome: { granted: 'Beviljas', 'partly-granted': 'Beviljas delvis', refused: 'Avslås' },
    labels: { outcome: 'Beslut', reasons: 'Skäl', grounds: 'Lagrum' },
  },
  reasons: {
    heading: 'Skäl för beslutet',
    refusal: {
      'manifestly-unfounded': `Vi bedömer att din begäran är uppenbart ogrundad. Då får vi vägra att göra det du har begärt, ${sv12}.`,
      excessive: `Vi bedömer att din begäran är orimlig. Då får vi vägra att göra det du har begärt, ${sv12}.`,
    },
  },
  extract: { heading: 'Bilaga', enclosed: 'Ditt registerutdrag skickas tillsammans med det här beslutet.' },
  appeal: {
    heading: 'Så överklagar du',
    text: (agency, caseNumber) => [
      'Om du inte är nöjd med beslutet kan du överklaga det till förvaltningsrätten.',
      `Överklagandet ska vara skriftligt. Skriv vilket beslut du överklagar, till exempel genom att ange diarienummer ${caseNumber}, och hur du vill att beslutet ska ändras.`,
      `Skicka överklagandet till ${agency}, inte direkt till förvaltningsrätten. Adressen står under Kontakt i slutet av beslutet. Vi måste ha fått ditt överklagande inom tre veckor från den dag du fick del av beslutet. Ett överklagande som kommer in för sent kan inte prövas.`,
      'Om överklagandet har kommit in i rätt tid och vi inte själva ändrar beslutet så som du vill, skickar vi det vidare till förvaltningsrätten.',
      'Bestämmelser om överklagande finns i 7 kap. 2 § dataskyddslagen (2018:218) och i 43 och 44 §§ förvaltningslagen (2017:900).',
    ],
  },
};

const en: DecisionTexts = {
  title: 'Decision',
  decisionDate: 'Date of decision',
  concerns: (request, day) => `This decision concerns ${request}, which we received on ${day}.`,
  outcome: {
    heading: 'Our decision',
    overall: {
      granted: 'We grant your request. This means that we will do what you asked.',
      'partly-granted': 'We grant your request in part. This means that we will do some of what you asked, but not all of it. Below you can see what we have decided on each part and why.',
      refused: 'We refuse your request. This means that we will not do what you asked. Below you can see why.',
    },
  },
  item: {
    outcome: { granted: 'Granted', 'partly-granted': 'Granted in part', refused: 'Refused' },
    labels: { outcome: 'Decision', reasons: 'Reasons', grounds: 'Legal grounds' },
  },
  reasons: {
    heading: 'Reasons for the decision',
    refusal: {
      'manifestly-unfounded': `We consider your request to be manifestly unfounded. We may then refuse to act on it, ${en12}.`,
      excessive: `We consider your request to be excessive. We may then refuse to act on it, ${en12}.`,
    },
  },
  extract: { heading: 'Enclosure', enclosed: 'Your register extract is sent together with this decision.' },
  appeal: {
    heading: 'How to appeal',
    text: (agency, caseNumber) => [
      'If you are not satisfied with the decision, you can appeal against it to the administrative court (förvaltningsrätten).',
      `The appeal must be in writing. State which decision you are appealing against, for example by quoting case number ${caseNumber}, and how you want the decision to be changed.`,
      `Send the appeal to ${agency}, not directly to the administrative court. The address is under Contact at the end of this decision. We must receive your appeal within three weeks of the day you were notified of the decision. An appeal that arrives too late cannot be considered.`,
      'If the appeal has arrived in time and we do not change the decision ourselves in the way you ask, we will forward it to the administrative court.',
      'The rules on appeals are in Chapter 7, Section 2 of the Data Protection Act (2018:218) and in Sections 43 and 44 of the Administrative Procedure Act (2017:900).',
    ],
  },
};

export const decisionTexts: Readonly<Record<LetterLanguage, DecisionTexts>> = { sv, en };
