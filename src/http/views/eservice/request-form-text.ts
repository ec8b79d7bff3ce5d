// The words of the request form (request-form-page.ts) in Swedish and English: the fields, per
// right where the question differs, and the error messages.
import type { RequestRight } from '../../../domain/request-kinds.ts';
import type { RequestFormProblem } from '../../eservice/request-form.ts';
import type { Language } from '../../request-language.ts';

interface Question {
  readonly label: string;
  readonly hint: string;
}

export interface RequestFormText {
  readonly details: Readonly<Record<RequestRight, Question>>;
  readonly correction: Readonly<Record<'rectification' | 'completion', Question>>;
  readonly about: string;
  readonly aboutSelf: string;
  readonly aboutChild: string;
  readonly aboutChildHint: string;
  readonly child: Question;
  readonly foreign: string;
  readonly answerFormat: string;
  readonly electronic: Question;
  readonly paper: Question;
  readonly answerLanguage: string;
  readonly submit: string;
  readonly errorTitle: string;
  readonly errorWord: string;
  readonly problems: Readonly<Record<RequestFormProblem, string>>;
}

export const requestFormText: Readonly<Record<Language, RequestFormText>> = {
  sv: {
    details: {
      access: { label: 'Vilka uppgifter vill du ha? (frivilligt)', hint: 'Lämna tomt om du vill ha alla uppgifter vi har om dig. Du kan också begränsa till ett visst ärende eller en viss tid.' },
      rectification: { label: 'Vilka uppgifter är fel, och i vilket sammanhang?', hint: 'Till exempel: min adress i ärendet om bostadsbidrag från 2024.' },
      completion: { label: 'Vilka uppgifter är ofullständiga, och i vilket sammanhang?', hint: 'Till exempel: beslutet om sjukpenning i mars 2025.' },
      erasure: { label: 'Vilka uppgifter vill du att vi raderar, och varför?', hint: 'Skriv i vilket sammanhang uppgifterna finns, till exempel i vilket ärende.' },
      restriction: { label: 'Vilka uppgifter vill du att vi begränsar, och varför?', hint: 'Till exempel för att du har begärt rättelse och vill att vi inte använder uppgifterna under tiden.' },
      objection: { label: 'Vilken behandling invänder du mot, och varför?', hint: 'Skriv vilka uppgifter det gäller, i vilket sammanhang, och vad i din situation som gör att du invänder.' },
    },
    correction: {
      rectification: { label: 'Hur ska uppgifterna vara?', hint: 'Skriv de rätta uppgifterna.' },
      completion: { label: 'Vad ska läggas till?', hint: 'Skriv de uppgifter som saknas, eller ditt tillägg.' },
    },
    about: 'Vem gäller begäran?',
    aboutSelf: 'Mig själv',
    aboutChild: 'Mitt barn, som jag är vårdnadshavare för',
    aboutChildHint: 'Barnet ska vara under 18 år. Vi kontrollerar i folkbokföringen att du är vårdnadshavare.',
    child: { label: 'Barnets personnummer', hint: 'Fyll bara i om begäran gäller ditt barn. 12 siffror, ÅÅÅÅMMDD-NNNN.' },
    foreign: 'Du har loggat in med en utländsk e-legitimation. Innan vi börjar med din begäran kontrollerar en handläggare vem du är. Vi kan behöva kontakta dig.',
    answerFormat: 'Hur vill du få svaret?',
    electronic: { label: 'Digitalt', hint: 'Till din digitala brevlåda och här i e-tjänsten.' },
    paper: { label: 'På papper', hint: 'Med post till din adress i folkbokföringen.' },
    answerLanguage: 'Vilket språk vill du ha svaret på?',
    submit: 'Skicka begäran',
    errorTitle: 'Det finns fel i formuläret',
    errorWord: 'Fel',
    problems: {
      'details-missing': 'Skriv vilka uppgifter det gäller och i vilket sammanhang',
      'details-too-long': 'Texten får vara högst 10 000 tecken',
      'correction-missing': 'Skriv hur uppgifterna ska vara, eller vad som ska läggas till',
      'correction-too-long': 'Texten får vara högst 10 000 tecken',
      'about-missing': 'Välj vem begäran gäller',
      'child-missing': 'Skriv barnets personnummer',
      'child-invalid': 'Personnumret är inte giltigt. Skriv det med 12 siffror, ÅÅÅÅMMDD-NNNN',
      'child-is-self': 'Skriv barnets personnummer, inte ditt eget',
      'child-not-shown': 'Vi kan inte se i folkbokföringen att du är vårdnadshavare för ett barn under 18 år med det personnumret. Du kan skicka din begäran med post tillsammans med en fullmakt eller ett beslut om förordnande, eller kontakta oss.',
      'answer-format-missing': 'Välj hur du vill få svaret',
      'language-missing': 'Välj vilket språk du vill ha svaret på',
    },
  },
  en: {
    details: {
      access: { label: 'Which data do you want? (optional)', hint: 'Leave this empty to get all the data we hold about you. You can also limit it to a particular case or period.' },
      rectification: { label: 'Which data is wrong, and in which context?', hint: 'For example: my address in the housing allowance case from 2024.' },
      completion: { label: 'Which data is incomplete, and in which context?', hint: 'For example: the sickness benefit decision of March 2025.' },
      erasure: { label: 'Which data do you want us to erase, and why?', hint: 'Say where the data is, for example in which case.' },
      restriction: { label: 'Which data do you want us to restrict, and why?', hint: 'For example because you have asked for rectification and do not want us to use the data meanwhile.' },
      objection: { label: 'Which processing do you object to, and why?', hint: 'Say which data, in which context, and what in your situation makes you object.' },
    },
    correction: {
      rectification: { label: 'What should the data say?', hint: 'Enter the correct data.' },
      completion: { label: 'What should be added?', hint: 'Enter the missing data, or your statement.' },
    },
    about: 'Who is the request about?',
    aboutSelf: 'Myself',
    aboutChild: 'My child, as their guardian',
    aboutChildHint: 'The child must be under 18. We check with the population register that you are the guardian.',
    child: { label: "Your child's personal identity number", hint: 'Only if the request is about your child. 12 digits, YYYYMMDD-NNNN.' },
    foreign: 'You have logged in with a foreign e-identification. Before we start on your request, a case handler will confirm who you are. We may need to contact you.',
    answerFormat: 'How do you want the answer?',
    electronic: { label: 'Digitally', hint: 'To your digital mailbox and here in the e-service.' },
    paper: { label: 'On paper', hint: 'By post to your address in the population register.' },
    answerLanguage: 'Which language do you want the answer in?',
    submit: 'Send request',
    errorTitle: 'There is a problem',
    errorWord: 'Error',
    problems: {
      'details-missing': 'Enter which data it is about and in which context',
      'details-too-long': 'The text must be 10,000 characters or fewer',
      'correction-missing': 'Enter what the data should say, or what should be added',
      'correction-too-long': 'The text must be 10,000 characters or fewer',
      'about-missing': 'Select who the request is about',
      'child-missing': "Enter your child's personal identity number",
      'child-invalid': 'The personal identity number is not valid. Enter it with 12 digits, YYYYMMDD-NNNN',
      'child-is-self': "Enter your child's personal identity number, not your own",
      'child-not-shown': 'We cannot see in the population register that you are the guardian of a child under 18 with that number. You can send your request by post with a power of attorney or an appointment decision, or contact us.',
      'answer-format-missing': 'Select how you want the answer',
      'language-missing': 'Select the language of the answer',
    },
  },
};
