// The words of the accessibility statement (tillgänglighetsredogörelse), its feedback form
// (meddelandefunktion) and the receipt, in Swedish and English. The statement's facts come from
// the catalog; these are the sentences around them, after DIGG's model statement.
import type { AccessibilityStatus } from '../../catalog/catalog-types.ts';
import type { FeedbackProblem } from '../../operations/accessibility/feedback-form.ts';
import type { Language } from '../request-language.ts';

/** DIGG's form for reporting a public body's inaccessible digital service (tdosanmälan). */
export const DIGG_COMPLAINT_URL = 'https://www.digg.se/tdosanmalan';

/** Where the form sends the visitor once the message is stored. */
export const feedbackReceiptPaths: Readonly<Record<Language, string>> = { sv: '/tillganglighet/tack', en: '/en/accessibility/thank-you' };

interface Labelled {
  readonly label: string;
  readonly hint?: string;
}

export interface AccessibilityPageText {
  readonly title: string;
  readonly contents: string;
  readonly facts: { readonly agency: string; readonly service: string; readonly status: string; readonly assessed: string; readonly lastUpdated: string };
  readonly statusShort: Readonly<Record<AccessibilityStatus, string>>;
  readonly intro: (agency: string) => string;
  readonly status: { readonly heading: string; readonly sentence: Readonly<Record<AccessibilityStatus, string>> };
  readonly problems: {
    readonly heading: string;
    readonly nonCompliant: string; readonly nonCompliantNone: string;
    readonly burden: string; readonly burdenNone: string;
    readonly outside: string; readonly outsideNone: string;
  };
  readonly otherFormat: { readonly heading: string; readonly lead: string; readonly contact: (agency: string) => string };
  readonly feedback: { readonly heading: string; readonly lead: string; readonly noLogin: string; readonly otherWays: string };
  readonly form: {
    readonly message: Labelled; readonly page: Labelled; readonly answer: Labelled;
    readonly name: Labelled; readonly email: Labelled; readonly phone: Labelled;
    readonly submit: string; readonly errorTitle: string; readonly errorWord: string;
    readonly problems: Readonly<Record<FeedbackProblem, string>>;
  };
  readonly supervision: { readonly heading: string; readonly role: string; readonly notSatisfied: string; readonly link: string };
  readonly method: { readonly heading: string; readonly assessed: string; readonly lastUpdated: string };
  readonly contactLabels: { readonly phone: string; readonly postalAddress: string; readonly email: string; readonly url: string };
  readonly receipt: { readonly title: string; readonly received: string; readonly answer: string; readonly back: string };
}

const law = 'lagen (2018:1937) om tillgänglighet till digital offentlig service';
const lawEn = 'the Act on accessibility to digital public services (2018:1937)';

const sv: AccessibilityPageText = {
  title: 'Tillgänglighetsredogörelse',
  contents: 'Innehåll på sidan',
  facts: { agency: 'Myndighet', service: 'Tjänst', status: 'Status', assessed: 'Senast bedömd', lastUpdated: 'Senast uppdaterad' },
  statusShort: { full: 'Helt förenlig med lagen', partial: 'Delvis förenlig med lagen', none: 'Inte förenlig med lagen' },
  intro: (agency) => `${agency} vill att så många som möjligt ska kunna använda webbplatsen och e-tjänsten. Här beskriver vi hur de `
    + `uppfyller ${law}, vilka kända brister som finns och hur du kan rapportera brister till oss så att vi kan åtgärda dem.`,
  status: {
    heading: 'Hur tillgänglig är webbplatsen?',
    sentence: {
      full: `Webbplatsen är helt förenlig med ${law}.`,
      partial: `Webbplatsen är delvis förenlig med ${law}, på grund av de brister som beskrivs nedan.`,
      none: `Webbplatsen är inte förenlig med ${law}, på grund av de brister som beskrivs nedan.`,
    },
  },
  problems: {
    heading: 'Innehåll som inte är tillgängligt',
    nonCompliant: 'Bristande förenlighet med lagkraven',
    nonCompliantNone: 'Vi känner inte till något innehåll som inte uppfyller kraven.',
    burden: 'Oskäligt betungande anpassning (12 §)',
    burdenNone: 'Vi undantar inget innehåll med hänvisning till att det skulle vara oskäligt betungande att göra det tillgängligt.',
    outside: 'Innehåll som inte omfattas av lagen (9 §)',
    outsideNone: 'Allt innehåll på webbplatsen omfattas av lagens krav.',
  },
  otherFormat: {
    heading: 'Vad kan du göra om du inte kan använda delar av webbplatsen?',
    lead: 'Om du behöver innehåll från webbplatsen i ett annat format, till exempel ett registerutdrag eller ett beslut på papper '
      + 'i stället för som PDF-fil, eller behöver hjälp att använda e-tjänsten, kan du kontakta oss.',
    contact: (agency) => `Kontakta ${agency}`,
  },
  feedback: {
    heading: 'Rapportera brister i webbplatsens tillgänglighet',
    lead: 'Vi strävar hela tiden efter att förbättra webbplatsens tillgänglighet. Om du upptäcker problem som inte beskrivs på den här '
      + 'sidan, eller om du anser att vi inte uppfyller lagens krav, kan du meddela oss så att vi får veta att problemet finns.',
    noLogin: 'Du behöver inte logga in för att skicka ett meddelande.',
    otherWays: 'Du kan också kontakta oss på de sätt som står under rubriken ovan.',
  },
  form: {
    message: { label: 'Ditt meddelande', hint: 'Beskriv vad du försökte göra och vad som inte fungerade, med högst 4 000 tecken. Du behöver inte berätta något om dig själv.' },
    page: { label: 'Vilken sida gäller det? (frivilligt)', hint: 'Till exempel sidans rubrik eller adress.' },
    answer: { label: 'Vill du ha svar? (frivilligt)', hint: 'Lämna en e-postadress eller ett telefonnummer om du vill att vi svarar dig. Vi använder uppgifterna bara för att svara på ditt meddelande.' },
    name: { label: 'Namn' },
    email: { label: 'E-postadress' },
    phone: { label: 'Telefonnummer' },
    submit: 'Skicka meddelandet',
    errorTitle: 'Det finns fel i formuläret',
    errorWord: 'Fel',
    problems: {
      'message-missing': 'Skriv ditt meddelande',
      'message-too-long': 'Meddelandet får vara högst 4 000 tecken',
      'page-too-long': 'Skriv sidans rubrik eller adress med högst 500 tecken',
      'name-too-long': 'Namnet får vara högst 200 tecken',
      'email-invalid': 'Skriv e-postadressen i formen namn@exempel.se',
      'phone-invalid': 'Skriv telefonnumret med siffror, till exempel 070-123 45 67',
      'contact-missing': 'Skriv en e-postadress eller ett telefonnummer om du vill ha svar',
    },
  },
  supervision: {
    heading: 'Tillsyn',
    role: 'Myndigheten för digital förvaltning (Digg) har ansvaret för tillsyn över lagen om tillgänglighet till digital offentlig service.',
    notSatisfied: 'Om du inte är nöjd med hur vi hanterar dina synpunkter kan du kontakta Digg och påtala det.',
    link: 'Anmäl bristande tillgänglighet till Digg (digg.se)',
  },
  method: { heading: 'Hur vi testat webbplatsen', assessed: 'Senaste bedömningen gjordes den', lastUpdated: 'Redogörelsen uppdaterades senast den' },
  contactLabels: { phone: 'Telefon', postalAddress: 'Postadress', email: 'Mejl', url: 'Webbplats' },
  receipt: {
    title: 'Tack för ditt meddelande',
    received: 'Vi har tagit emot ditt meddelande om webbplatsens tillgänglighet.',
    answer: 'Om du lämnade en e-postadress eller ett telefonnummer svarar vi dig så snart vi kan.',
    back: 'Tillbaka till tillgänglighetsredogörelsen',
  },
};

const en: AccessibilityPageText = {
  title: 'Accessibility statement',
  contents: 'On this page',
  facts: { agency: 'Agency', service: 'Service', status: 'Status', assessed: 'Last assessed', lastUpdated: 'Last updated' },
  statusShort: { full: 'Fully compliant with the Act', partial: 'Partially compliant with the Act', none: 'Not compliant with the Act' },
  intro: (agency) => `${agency} wants as many people as possible to be able to use the website and the e-service. Here we describe how `
    + `they comply with ${lawEn}, the accessibility problems we know of, and how you can report problems to us so that we can fix them.`,
  status: {
    heading: 'How accessible is the website?',
    sentence: {
      full: `The website is fully compliant with ${lawEn}.`,
      partial: `The website is partially compliant with ${lawEn}, due to the problems described below.`,
      none: `The website is not compliant with ${lawEn}, due to the problems described below.`,
    },
  },
  problems: {
    heading: 'Content that is not accessible',
    nonCompliant: 'Non-compliance with the requirements',
    nonCompliantNone: 'We know of no content that does not meet the requirements.',
    burden: 'Disproportionate burden (section 12)',
    burdenNone: 'We exempt no content on the grounds that making it accessible would be a disproportionate burden.',
    outside: 'Content outside the scope of the Act (section 9)',
    outsideNone: 'All content of the website is within the scope of the Act.',
  },
  otherFormat: {
    heading: 'What can you do if you cannot use parts of the website?',
    lead: 'If you need content from the website in another format, for example a register extract or a decision on paper instead of '
      + 'as a PDF file, or need help to use the e-service, you can contact us.',
    contact: (agency) => `Contact ${agency}`,
  },
  feedback: {
    heading: 'Report accessibility problems',
    lead: 'We are always working to improve the accessibility of the website. If you find a problem that is not described on this '
      + 'page, or think that we do not meet the requirements of the Act, let us know so that we learn of the problem.',
    noLogin: 'You do not need to log in to send a message.',
    otherWays: 'You can also contact us in the ways listed under the heading above.',
  },
  form: {
    message: { label: 'Your message', hint: 'Describe what you were trying to do and what did not work, in at most 4,000 characters. You do not need to tell us anything about yourself.' },
    page: { label: 'Which page is it about? (optional)', hint: "For example the page's heading or address." },
    answer: { label: 'Would you like an answer? (optional)', hint: 'Leave an e-mail address or a phone number if you want us to answer you. We use them only to answer your message.' },
    name: { label: 'Name' },
    email: { label: 'E-mail address' },
    phone: { label: 'Phone number' },
    submit: 'Send the message',
    errorTitle: 'There is a problem with the form',
    errorWord: 'Error',
    problems: {
      'message-missing': 'Write your message',
      'message-too-long': 'The message can be at most 4,000 characters',
      'page-too-long': "Write the page's heading or address in at most 500 characters",
      'name-too-long': 'The name can be at most 200 characters',
      'email-invalid': 'Write the e-mail address in the form name@example.com',
      'phone-invalid': 'Write the phone number in digits, for example +46 70 123 45 67',
      'contact-missing': 'Write an e-mail address or a phone number if you want an answer',
    },
  },
  supervision: {
    heading: 'Supervision',
    role: 'The Agency for Digital Government (Digg) supervises compliance with the Act on accessibility to digital public services.',
    notSatisfied: 'If you are not satisfied with how we handle your comments, you can contact Digg and tell them.',
    link: 'Report inaccessibility to Digg (digg.se, in Swedish)',
  },
  method: { heading: 'How we tested the website', assessed: 'The latest assessment was made on', lastUpdated: 'This statement was last updated on' },
  contactLabels: { phone: 'Phone', postalAddress: 'Postal address', email: 'E-mail', url: 'Website' },
  receipt: {
    title: 'Thank you for your message',
    received: 'We have received your message about the accessibility of the website.',
    answer: 'If you left an e-mail address or a phone number, we will answer you as soon as we can.',
    back: 'Back to the accessibility statement',
  },
};

export const accessibilityPageText: Readonly<Record<Language, AccessibilityPageText>> = { sv, en };
