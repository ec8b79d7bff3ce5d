// The words of the registration form (registration-page.ts) and its error messages, in Swedish and English.
import type { Language } from '../../request-language.ts';
import type { RequesterKind } from './case-types.ts';

export interface RegistrationPageText {
  readonly title: string;
  readonly lead: string;
  readonly requestLegend: string;
  readonly right: string;
  readonly channel: string;
  readonly receivedAt: string;
  readonly receivedAtHint: string;
  readonly personLegend: string;
  readonly subject: string;
  readonly subjectHint: string;
  readonly identityMethod: string;
  readonly identityMethods: { readonly 'registered-address': string; readonly 'id-document': string };
  readonly identityMethodHints: { readonly 'registered-address': string; readonly 'id-document': string };
  readonly requester: string;
  readonly requesters: Readonly<Record<RequesterKind, string>>;
  readonly representative: string;
  readonly representativeHint: string;
  readonly proof: string;
  readonly proofs: { readonly 'population-register': string; readonly appointment: string; readonly 'power-of-attorney': string };
  readonly wordsLegend: string;
  readonly text: string;
  readonly textHint: string;
  readonly correction: string;
  readonly correctionHint: string;
  readonly answerLegend: string;
  readonly answerFormat: string;
  readonly answerFormats: { readonly electronic: string; readonly paper: string };
  readonly answerHint: string;
  readonly language: string;
  readonly languages: { readonly sv: string; readonly en: string };
  readonly submit: string;
  readonly errors: {
    readonly right: string;
    readonly channel: string;
    readonly receivedAt: string;
    readonly receivedAtFuture: string;
    readonly receivedAtOld: string;
    readonly subject: string;
    readonly identityMethod: string;
    readonly idDocumentVisit: string;
    readonly requester: string;
    readonly representative: string;
    readonly representativeSame: string;
    readonly proof: string;
    readonly proofMismatch: string;
    readonly custody: string;
    readonly text: string;
    readonly correction: string;
    readonly correctionRight: string;
    readonly answerFormat: string;
    readonly language: string;
  };
}

const sv: RegistrationPageText = {
  title: 'Registrera ärende',
  lead: 'Registrera en begäran som kom per brev, telefon, besök eller e-post. Ärendet får ett diarienummer och den registrerade får en bekräftelse.',
  requestLegend: 'Begäran',
  right: 'Vad begär personen?',
  channel: 'Hur kom begäran in?',
  receivedAt: 'När kom begäran in?',
  receivedAtHint: 'Tidpunkten för samtalet eller besöket, eller när brevet eller e-postmeddelandet kom in. Svarstiden räknas härifrån.',
  personLegend: 'Personen och den som begär',
  subject: 'Personnummer eller samordningsnummer för den som uppgifterna gäller',
  subjectHint: 'Tolv siffror, till exempel 19840312-9003.',
  identityMethod: 'Hur har identiteten säkerställts?',
  identityMethods: {
    'registered-address': 'Svaret skickas bara till den digitala brevlådan eller folkbokföringsadressen',
    'id-document': 'Personen visade giltig legitimation vid besök',
  },
  identityMethodHints: {
    'registered-address': 'Aldrig till en adress som anges i begäran.',
    'id-document': 'Bara vid besök.',
  },
  requester: 'Vem begär?',
  requesters: { self: 'Personen själv', guardian: 'Vårdnadshavare för ett barn', 'god-man': 'God man', forvaltare: 'Förvaltare', agent: 'Ombud med fullmakt' },
  representative: 'Företrädarens personnummer',
  representativeHint: 'Fyll bara i när någon annan än personen själv begär.',
  proof: 'Hur har rätten att företräda kontrollerats?',
  proofs: {
    'population-register': 'Vårdnad enligt folkbokföringen (kontrolleras automatiskt)',
    appointment: 'Beslut om förordnande som god man eller förvaltare',
    'power-of-attorney': 'Skriftlig fullmakt',
  },
  wordsLegend: 'Med personens egna ord',
  text: 'Vilka uppgifter och i vilket sammanhang?',
  textHint: 'Skriv det personen sa eller skrev, så nära ordagrant som möjligt.',
  correction: 'Föreslagen rättelse eller komplettering',
  correctionHint: 'Bara vid rättelse eller komplettering.',
  answerLegend: 'Svaret',
  answerFormat: 'Hur vill personen få svaret?',
  answerFormats: { electronic: 'Digitalt, till den digitala brevlådan', paper: 'På papper, till folkbokföringsadressen' },
  answerHint: 'Svaret skickas aldrig till en adress som anges i begäran.',
  language: 'Språk i breven',
  languages: { sv: 'Svenska', en: 'Engelska' },
  submit: 'Registrera ärendet',
  errors: {
    right: 'Välj vad personen begär.',
    channel: 'Välj hur begäran kom in.',
    receivedAt: 'Ange när begäran kom in som datum och klockslag.',
    receivedAtFuture: 'Tidpunkten kan inte ligga i framtiden.',
    receivedAtOld: 'Tidpunkten kan inte ligga mer än ett år bakåt.',
    subject: 'Ange ett giltigt personnummer eller samordningsnummer med tolv siffror.',
    identityMethod: 'Välj hur identiteten har säkerställts.',
    idDocumentVisit: 'Legitimation kan bara visas vid ett besök. Välj att svaret skickas till brevlådan eller folkbokföringsadressen.',
    requester: 'Välj vem som begär.',
    representative: 'Ange företrädarens personnummer med tolv siffror.',
    representativeSame: 'Företrädaren kan inte vara samma person som den uppgifterna gäller.',
    proof: 'Välj hur rätten att företräda har kontrollerats.',
    proofMismatch: 'Kontrollen passar inte företrädaren: vårdnad kontrolleras i folkbokföringen, god man och förvaltare med beslut om förordnande, ombud med fullmakt.',
    custody: 'Folkbokföringen visar inte att företrädaren har vårdnaden om ett barn under 18 år med det personnumret.',
    text: 'Beskrivningen får vara högst 10 000 tecken.',
    correction: 'Den föreslagna rättelsen får vara högst 10 000 tecken.',
    correctionRight: 'En föreslagen rättelse hör bara till en begäran om rättelse eller komplettering.',
    answerFormat: 'Välj hur personen vill få svaret.',
    language: 'Välj språk för breven.',
  },
};

const en: RegistrationPageText = {
  title: 'Register a request',
  lead: 'Register a request that came by letter, phone, visit or e-mail. The request gets a case number and the data subject an acknowledgement.',
  requestLegend: 'The request',
  right: 'What does the person ask for?',
  channel: 'How did the request come in?',
  receivedAt: 'When did the request come in?',
  receivedAtHint: 'The time of the call or visit, or when the letter or e-mail arrived. The time limit runs from here.',
  personLegend: 'The person and who is asking',
  subject: 'Personal identity number or coordination number of the person the data is about',
  subjectHint: 'Twelve digits, for example 19840312-9003.',
  identityMethod: 'How was the identity established?',
  identityMethods: {
    'registered-address': 'The answer goes only to the digital mailbox or the population-register address',
    'id-document': 'The person showed valid identification at a visit',
  },
  identityMethodHints: {
    'registered-address': 'Never to an address given in the request.',
    'id-document': 'Only at a visit.',
  },
  requester: 'Who is asking?',
  requesters: { self: 'The person themselves', guardian: 'A guardian of a child', 'god-man': 'A god man (trustee)', forvaltare: 'A förvaltare (administrator)', agent: 'An agent with a power of attorney' },
  representative: 'The representative’s personal identity number',
  representativeHint: 'Only when someone other than the person is asking.',
  proof: 'How was the right to represent checked?',
  proofs: {
    'population-register': 'Custody in the population register (checked automatically)',
    appointment: 'An appointment decision for a god man or förvaltare',
    'power-of-attorney': 'A written power of attorney',
  },
  wordsLegend: 'In the person’s own words',
  text: 'Which data, and in which context?',
  textHint: 'Write what the person said or wrote, as close to their words as you can.',
  correction: 'Proposed rectification or completion',
  correctionHint: 'Only for rectification or completion.',
  answerLegend: 'The answer',
  answerFormat: 'How does the person want the answer?',
  answerFormats: { electronic: 'Digitally, to the digital mailbox', paper: 'On paper, to the population-register address' },
  answerHint: 'The answer never goes to an address given in the request.',
  language: 'Language of the letters',
  languages: { sv: 'Swedish', en: 'English' },
  submit: 'Register the request',
  errors: {
    right: 'Choose what the person asks for.',
    channel: 'Choose how the request came in.',
    receivedAt: 'Enter when the request came in as a date and time.',
    receivedAtFuture: 'The time cannot be in the future.',
    receivedAtOld: 'The time cannot be more than a year ago.',
    subject: 'Enter a valid twelve-digit personal identity number or coordination number.',
    identityMethod: 'Choose how the identity was established.',
    idDocumentVisit: 'Identification can only be shown at a visit. Choose that the answer goes to the mailbox or the population-register address.',
    requester: 'Choose who is asking.',
    representative: 'Enter the representative’s twelve-digit personal identity number.',
    representativeSame: 'The representative cannot be the person the data is about.',
    proof: 'Choose how the right to represent was checked.',
    proofMismatch: 'The check does not fit the representative: custody is checked in the population register, a god man or förvaltare by the appointment decision, an agent by a power of attorney.',
    custody: 'The population register does not show that the representative has custody of a child under 18 with that number.',
    text: 'The description may be at most 10,000 characters.',
    correction: 'The proposed correction may be at most 10,000 characters.',
    correctionRight: 'A proposed correction belongs only to a request for rectification or completion.',
    answerFormat: 'Choose how the person wants the answer.',
    language: 'Choose the language of the letters.',
  },
};

export const registrationPageText: Readonly<Record<Language, RegistrationPageText>> = { sv, en };
