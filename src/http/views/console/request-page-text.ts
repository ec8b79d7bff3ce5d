// The words of the request page's summary, people, timeline, collection steps and letters
// (request-page.ts and its parts) in Swedish and English. The forms' words are in case-forms-text.ts.
import type { Language } from '../../request-language.ts';
import type { IdentityMethod, LetterKind, RepresentationProof, RequesterKind } from './case-types.ts';

export type DoneNotice =
  | 'registered' | 'registered-duplicate' | 'assigned' | 'retried' | 'delivery-resent' | 'extended' | 'paused' | 'resumed' | 'matched' | 'review-proposed' | 'review-approved'
  | 'decision-sent' | 'decision-proposed' | 'decision-approved' | 'decision-returned'
  | 'change-proposed' | 'erasure-planned' | 'change-decided' | 'change-removed' | 'changes-retried';

export const DONE_NOTICES: readonly DoneNotice[] = [
  'registered', 'registered-duplicate', 'assigned', 'retried', 'delivery-resent', 'extended', 'paused', 'resumed', 'matched', 'review-proposed', 'review-approved',
  'decision-sent', 'decision-proposed', 'decision-approved', 'decision-returned',
  'change-proposed', 'erasure-planned', 'change-decided', 'change-removed', 'changes-retried',
];

export interface RequestPageText {
  readonly title: (caseNumber: string) => string;
  readonly done: Readonly<Record<DoneNotice, string>>;
  readonly summary: string;
  readonly preview: string;
  readonly caseNumber: string;
  readonly right: string;
  readonly channel: string;
  readonly status: string;
  readonly receivedAt: string;
  readonly dueAt: string;
  readonly extendedFrom: (day: string) => string;
  readonly paused: (day: string) => string;
  readonly answerFormat: string;
  readonly answerFormats: { readonly electronic: string; readonly paper: string };
  readonly duplicateOf: string;
  readonly openEarlier: string;
  readonly protected: string;
  readonly people: string;
  readonly subject: string;
  readonly notMatched: string;
  readonly foreignIdentity: string;
  readonly foreignName: string;
  readonly foreignBirthDate: string;
  readonly foreignId: string;
  readonly requester: string;
  readonly requesters: Readonly<Record<RequesterKind, string>>;
  readonly representative: string;
  readonly proof: string;
  readonly proofs: Readonly<Record<RepresentationProof, string>>;
  readonly identityMethod: string;
  readonly identityMethods: Readonly<Record<IdentityMethod, string>>;
  readonly words: string;
  readonly wordsText: string;
  readonly wordsCorrection: string;
  readonly noWords: string;
  readonly timeline: string;
  readonly timelineCaption: string;
  readonly when: string;
  readonly what: string;
  readonly who: string;
  readonly steps: string;
  readonly stepsCaption: string;
  readonly stepName: string;
  readonly stepStatus: string;
  readonly stepStatuses: { readonly pending: string; readonly waiting: string; readonly done: string; readonly failed: string };
  readonly noSteps: string;
  readonly letters: string;
  readonly lettersCaption: string;
  readonly letterKinds: Readonly<Record<LetterKind, string>>;
  readonly letterDate: string;
  readonly letterLanguage: string;
  readonly delivery: string;
  readonly deliveries: { readonly pending: string; readonly sent: string; readonly failed: string };
  readonly file: string;
  readonly pdf: string;
  readonly noLetters: string;
  readonly languages: { readonly sv: string; readonly en: string };
  readonly actors: { readonly eService: string; readonly system: string; readonly staff: (id: string) => string };
  readonly events: {
    readonly registered: string;
    readonly transition: (from: string, to: string) => string;
    readonly returned: string;
    readonly letter: (kind: string) => string;
    readonly extended: string;
    readonly assigned: string;
    readonly matched: string;
    readonly decisionProposed: string;
    readonly decisionApproved: string;
    readonly changesProposed: (items: number) => string;
    readonly changesCarriedOut: (done: number, notified: number) => string;
    readonly reminder: string;
    readonly overdueAlert: string;
    readonly other: (kind: string) => string;
  };
}

const sv: RequestPageText = {
  title: (caseNumber) => `Ärende ${caseNumber}`,
  done: {
    registered: 'Ärendet är registrerat och en bekräftelse ligger i utkorgen.',
    'registered-duplicate': 'Ärendet är registrerat som en dubblett av ett tidigare ärende, och personen får besked om det.',
    extended: 'Tiden är förlängd och personen får ett besked om förlängningen.',
    paused: 'Ärendet är pausat och personen får en begäran om komplettering.',
    resumed: 'Ärendet är återupptaget och sista svarsdag är flyttad.',
    assigned: 'Ärendet är ditt. Du hittar det under Mina ärenden i kön.',
    retried: 'Uppgifterna hämtas igen. Ärendet visas i kön när de är hämtade.',
    'delivery-resent': 'Utskicket skickas igen. Kanalen väljs på nytt: digital brevlåda eller post.',
    matched: 'Personen är identifierad och ärendet går vidare.',
    'review-proposed': 'Förslaget är sparat. En granskare godkänner det.',
    'review-approved': 'Förslagen är godkända.',
    'decision-sent': 'Beslutet är fattat och skickas till personen.',
    'decision-proposed': 'Beslutsförslaget är sparat och väntar på en granskares godkännande.',
    'decision-approved': 'Beslutet är godkänt och skickas till personen.',
    'decision-returned': 'Beslutsförslaget är återvisat till handläggaren.',
    'change-proposed': 'Förslaget är sparat som en post i begäran.',
    'erasure-planned': 'Provkörningen är klar: varje post visar om den raderas eller sparas, och varför.',
    'change-decided': 'Posten är ändrad.',
    'change-removed': 'Posten är borttagen.',
    'changes-retried': 'Ändringarna körs igen.',
  },
  preview: 'Förhandsgranska registerutdraget så som det skulle skickas nu',
  summary: 'Sammanfattning',
  caseNumber: 'Diarienummer',
  right: 'Rättighet',
  channel: 'Kanal',
  status: 'Status',
  receivedAt: 'Mottagen',
  dueAt: 'Sista svarsdag',
  extendedFrom: (day) => `Förlängd från ${day}.`,
  paused: (day) => `Pausad sedan ${day}; tiden står still.`,
  answerFormat: 'Svaret',
  answerFormats: { electronic: 'Digitalt till den digitala brevlådan', paper: 'På papper till folkbokföringsadressen' },
  duplicateOf: 'Dubblett av',
  openEarlier: 'Det tidigare ärendet',
  protected: 'Skyddad identitet',
  people: 'Personen och den som begär',
  subject: 'Personnummer',
  notMatched: 'Inte identifierad ännu (utländsk e-legitimation)',
  foreignIdentity: 'Utländsk e-legitimation',
  foreignName: 'Namn enligt e-legitimationen',
  foreignBirthDate: 'Födelsedatum',
  foreignId: 'Identifierare',
  requester: 'Begärd av',
  requesters: { self: 'Personen själv', guardian: 'Vårdnadshavare', 'god-man': 'God man', forvaltare: 'Förvaltare', agent: 'Ombud med fullmakt' },
  representative: 'Företrädarens personnummer',
  proof: 'Rätten att företräda',
  proofs: { 'population-register': 'Vårdnad enligt folkbokföringen', appointment: 'Beslut om förordnande', 'power-of-attorney': 'Fullmakt' },
  identityMethod: 'Identiteten',
  identityMethods: {
    'e-legitimation': 'E-legitimation',
    'foreign-eid': 'Utländsk e-legitimation',
    'id-document': 'Legitimation vid besök',
    'registered-address': 'Svar bara till brevlådan eller folkbokföringsadressen',
    cli: 'Registrerad från kommandoraden',
  },
  words: 'Begäran med personens ord',
  wordsText: 'Vilka uppgifter och i vilket sammanhang',
  wordsCorrection: 'Föreslagen rättelse eller komplettering',
  noWords: 'Begäran innehåller ingen fritext.',
  timeline: 'Händelser',
  timelineCaption: 'Ärendets händelser, äldst först',
  when: 'Tid',
  what: 'Händelse',
  who: 'Av',
  steps: 'Insamling',
  stepsCaption: 'Insamlingssteg',
  stepName: 'Steg',
  stepStatus: 'Läge',
  stepStatuses: { pending: 'Inte klart', waiting: 'Väntar på systemet', done: 'Klart', failed: 'Misslyckades' },
  noSteps: 'Inga insamlingssteg.',
  letters: 'Brev',
  lettersCaption: 'Ärendets brev',
  letterKinds: {
    acknowledgement: 'Bekräftelse', extension: 'Besked om förlängd tid', supplement: 'Begäran om komplettering',
    duplicate: 'Besked om dubblett', decision: 'Beslut', extract: 'Registerutdrag', receipt: 'Kvitto på genomförda ändringar',
  },
  letterDate: 'Skapat',
  letterLanguage: 'Språk',
  delivery: 'Utskick',
  deliveries: { pending: 'I utkorgen', sent: 'Skickat', failed: 'Misslyckades' },
  file: 'Fil',
  pdf: 'PDF',
  noLetters: 'Inga brev ännu.',
  languages: { sv: 'Svenska', en: 'Engelska' },
  actors: { eService: 'E-tjänsten', system: 'Systemet', staff: (id) => `Handläggare ${id}` },
  events: {
    registered: 'Registrerat',
    transition: (from, to) => `${from} → ${to}`,
    returned: 'Beslutsförslaget återvisat',
    letter: (kind) => `Brev: ${kind}`,
    extended: 'Tiden förlängd',
    assigned: 'Ärendet tilldelat',
    matched: 'Personen identifierad',
    decisionProposed: 'Beslut föreslaget',
    decisionApproved: 'Beslut godkänt',
    changesProposed: (items) => `Ändringar föreslagna (${items} ${items === 1 ? 'post' : 'poster'})`,
    changesCarriedOut: (done, notified) => `Beslutet genomfört: ${done} ${done === 1 ? 'ändring' : 'ändringar'}, ${notified} ${notified === 1 ? 'mottagare underrättad' : 'mottagare underrättade'}`,
    reminder: 'Påminnelse: sista svarsdagen närmar sig',
    overdueAlert: 'Larm: sista svarsdagen har passerat',
    other: (kind) => kind,
  },
};

const en: RequestPageText = {
  title: (caseNumber) => `Case ${caseNumber}`,
  done: {
    registered: 'The request is registered and an acknowledgement is on the outbox.',
    'registered-duplicate': 'The request is registered as a duplicate of an earlier one, and the person is told.',
    extended: 'The time limit is extended and the person gets a notice of the extension.',
    paused: 'The request is paused and the person is asked to supplement it.',
    resumed: 'The request is resumed and the due date moved on.',
    assigned: 'The request is yours. You find it under My requests in the queue.',
    retried: 'The data is being collected again. The request shows in the queue once it is collected.',
    'delivery-resent': 'The delivery is being sent again. The channel is chosen anew: digital mailbox or post.',
    matched: 'The person is identified and the request proceeds.',
    'review-proposed': 'The proposal is saved. A reviewer approves it.',
    'review-approved': 'The proposals are approved.',
    'decision-sent': 'The decision is made and goes to the person.',
    'decision-proposed': 'The proposed decision is saved and waits for a reviewer’s approval.',
    'decision-approved': 'The decision is approved and goes to the person.',
    'decision-returned': 'The proposed decision is sent back to the case handler.',
    'change-proposed': 'The proposal is saved as an item of the request.',
    'erasure-planned': 'The dry run is done: each item shows whether it is erased or kept, and why.',
    'change-decided': 'The item is changed.',
    'change-removed': 'The item is removed.',
    'changes-retried': 'The changes are run again.',
  },
  preview: 'Preview the register extract as it would be sent now',
  summary: 'Summary',
  caseNumber: 'Case number',
  right: 'Right',
  channel: 'Channel',
  status: 'Status',
  receivedAt: 'Received',
  dueAt: 'Due date',
  extendedFrom: (day) => `Extended from ${day}.`,
  paused: (day) => `Paused since ${day}; the clock is stopped.`,
  answerFormat: 'The answer',
  answerFormats: { electronic: 'Digitally to the digital mailbox', paper: 'On paper to the population-register address' },
  duplicateOf: 'Duplicate of',
  openEarlier: 'The earlier request',
  protected: 'Protected identity',
  people: 'The person and who is asking',
  subject: 'Personal identity number',
  notMatched: 'Not identified yet (foreign eID)',
  foreignIdentity: 'Foreign eID',
  foreignName: 'Name in the eID',
  foreignBirthDate: 'Date of birth',
  foreignId: 'Identifier',
  requester: 'Asked by',
  requesters: { self: 'The person themselves', guardian: 'Guardian', 'god-man': 'God man (trustee)', forvaltare: 'Förvaltare (administrator)', agent: 'Agent with a power of attorney' },
  representative: 'The representative’s personal identity number',
  proof: 'The right to represent',
  proofs: { 'population-register': 'Custody in the population register', appointment: 'Appointment decision', 'power-of-attorney': 'Power of attorney' },
  identityMethod: 'Identity',
  identityMethods: {
    'e-legitimation': 'Swedish eID',
    'foreign-eid': 'Foreign eID',
    'id-document': 'Identification shown at a visit',
    'registered-address': 'Answer only to the mailbox or the population-register address',
    cli: 'Registered from the command line',
  },
  words: 'The request in the person’s words',
  wordsText: 'Which data, and in which context',
  wordsCorrection: 'Proposed rectification or completion',
  noWords: 'The request has no free text.',
  timeline: 'Events',
  timelineCaption: 'The request’s events, oldest first',
  when: 'Time',
  what: 'Event',
  who: 'By',
  steps: 'Collection',
  stepsCaption: 'Collection steps',
  stepName: 'Step',
  stepStatus: 'State',
  stepStatuses: { pending: 'Not done', waiting: 'Waiting for the system', done: 'Done', failed: 'Failed' },
  noSteps: 'No collection steps.',
  letters: 'Letters',
  lettersCaption: 'The request’s letters',
  letterKinds: {
    acknowledgement: 'Acknowledgement', extension: 'Notice of extension', supplement: 'Request to supplement',
    duplicate: 'Notice of duplicate', decision: 'Decision', extract: 'Register extract', receipt: 'Receipt of the changes made',
  },
  letterDate: 'Created',
  letterLanguage: 'Language',
  delivery: 'Delivery',
  deliveries: { pending: 'On the outbox', sent: 'Sent', failed: 'Failed' },
  file: 'File',
  pdf: 'PDF',
  noLetters: 'No letters yet.',
  languages: { sv: 'Swedish', en: 'English' },
  actors: { eService: 'The e-service', system: 'The system', staff: (id) => `Staff member ${id}` },
  events: {
    registered: 'Registered',
    transition: (from, to) => `${from} → ${to}`,
    returned: 'Proposed decision sent back',
    letter: (kind) => `Letter: ${kind}`,
    extended: 'Time limit extended',
    assigned: 'Request assigned',
    matched: 'Person identified',
    decisionProposed: 'Decision proposed',
    decisionApproved: 'Decision approved',
    changesProposed: (items) => `Changes proposed (${items} ${items === 1 ? 'item' : 'items'})`,
    changesCarriedOut: (done, notified) => `Decision carried out: ${done} ${done === 1 ? 'change' : 'changes'}, ${notified} ${notified === 1 ? 'recipient' : 'recipients'} told`,
    reminder: 'Reminder: the due date is near',
    overdueAlert: 'Alert: the due date has passed',
    other: (kind) => kind,
  },
};

export const requestPageText: Readonly<Record<Language, RequestPageText>> = { sv, en };
