// The request to supplement in plain Swedish and English: what we need, how to answer, and that
// the time for our answer stands still meanwhile (the deadline moves on by the days paused).
import type { LetterLanguage, SupplementNeed } from './letter-model.ts';

export interface SupplementTexts {
  readonly title: string;
  readonly lead: string;
  readonly needs: { readonly heading: string; readonly items: Readonly<Record<SupplementNeed, string>> };
  readonly answer: { readonly heading: string; readonly how: (caseNumber: string) => string; readonly by: (day: string) => string };
  readonly pause: { readonly heading: string; readonly text: string };
}

const sv: SupplementTexts = {
  title: 'Vi behöver fler uppgifter från dig',
  lead: 'För att kunna handlägga den behöver vi fler uppgifter från dig.',
  needs: {
    heading: 'Det här behöver vi veta',
    items: {
      'which-data': 'Vilka personuppgifter din begäran gäller.',
      context: 'I vilket sammanhang uppgifterna finns, till exempel vilket ärende eller vilken ersättning det gäller.',
      'proposed-correction': 'Hur uppgifterna ska rättas eller kompletteras.',
      'objection-grounds': 'Vilka skäl i din egen situation som gör att du invänder mot behandlingen.',
      'representation-proof': 'Något som visar att du får företräda den som begäran gäller, till exempel en fullmakt eller ett beslut om att du är god man eller förvaltare.',
    },
  },
  answer: {
    heading: 'Så svarar du',
    how: (caseNumber) => `Du kan svara i e-tjänsten, skicka ett brev eller ringa oss. Ange diarienummer ${caseNumber} när du svarar. Våra kontaktuppgifter står under Kontakt i slutet av brevet.`,
    by: (day) => `Vi vill gärna ha ditt svar senast den ${day}.`,
  },
  pause: {
    heading: 'Tiden står still medan vi väntar',
    text: 'Tiden för vårt svar räknas inte medan vi väntar på dina uppgifter. När vi har fått dem räknas tiden igen, och den sista dagen för vårt svar flyttas fram lika många dagar som vi har väntat.',
  },
};

const en: SupplementTexts = {
  title: 'We need more information from you',
  lead: 'To be able to handle it, we need more information from you.',
  needs: {
    heading: 'What we need to know',
    items: {
      'which-data': 'Which personal data your request concerns.',
      context: 'In which context the data appear, for example which case or benefit it concerns.',
      'proposed-correction': 'How the data should be corrected or completed.',
      'objection-grounds': 'Which grounds relating to your particular situation make you object to the processing.',
      'representation-proof': 'Something that shows that you may act for the person the request concerns, for example a power of attorney or a decision appointing you as god man or förvaltare (trustee or administrator).',
    },
  },
  answer: {
    heading: 'How to answer',
    how: (caseNumber) => `You can answer in the e-service, send us a letter or call us. Please quote case number ${caseNumber} when you answer. Our contact details are under Contact at the end of this letter.`,
    by: (day) => `We would like your answer by ${day} if possible.`,
  },
  pause: {
    heading: 'The time stops while we wait',
    text: 'The time for our answer does not run while we wait for your information. Once we have it, the time runs again, and the last day for our answer moves on by as many days as we waited.',
  },
};

export const supplementTexts: Readonly<Record<LetterLanguage, SupplementTexts>> = { sv, en };
