// Every word of the privacy page (privacy-page.ts) in Swedish and English. The agency's own
// facts (name, purposes, contacts, laws) come from the catalog; this file holds the prose
// around them, following the agency's page (shared/seed/privacy-page.txt).
import type { Language } from '../request-language.ts';

export interface PrivacyPageText {
  readonly title: string;
  readonly contents: string;
  readonly intro: (agency: string) => string;
  readonly subjectsLead: string;
  readonly lawsIntro: string;
  readonly whatIsPersonalData: string;
  readonly whatIsProcessing: string;
  readonly purposes: { readonly heading: string; readonly lead: string; readonly basisHeading: string; readonly basis: string; readonly special: string };
  readonly data: { readonly heading: string; readonly lead: string; readonly categories: string; readonly special: string; readonly source: string; readonly retention: string };
  readonly recipients: { readonly heading: string; readonly lead: string };
  readonly automated: { readonly heading: string; readonly lead: string; readonly review: string };
  readonly access: { readonly heading: string; readonly right: (agency: string) => string; readonly form: string; readonly mailbox: string; readonly mailboxFree: string };
  readonly change: { readonly heading: string; readonly lead: string; readonly rights: readonly string[]; readonly erasure: (agency: string) => string };
  readonly objection: { readonly heading: string; readonly right: string; readonly purposes: string; readonly effect: string };
  readonly request: { readonly heading: string; readonly how: string; readonly contact: (agency: string) => string; readonly promptly: string; readonly deadline: string };
  readonly complaint: { readonly heading: string; readonly role: (authority: string, agency: string) => string; readonly notThere: string; readonly contact: (authority: string) => string };
  readonly controller: { readonly heading: string; readonly responsible: (agency: string) => string; readonly organisationNumber: string; readonly dpoRole: string; readonly reachDpo: string };
  readonly laws: { readonly heading: string };
  readonly contactLabels: { readonly phone: string; readonly postalAddress: string; readonly email: string; readonly url: string };
  readonly lastUpdated: string;
}

const sv: PrivacyPageText = {
  title: 'Behandling av personuppgifter',
  contents: 'Innehåll på sidan',
  intro: (agency) => `${agency} har många uppgifter om privatpersoner och andra personer.`,
  subjectsLead: 'Vi har till exempel uppgifter om',
  lawsIntro: 'Det finns lagar och regler om hur vi får behandla uppgifterna. De är till för att skydda dina personuppgifter så att din personliga integritet inte kränks.',
  whatIsPersonalData: 'Personuppgifter är alla sorters uppgifter om en person. Typiska personuppgifter är personnummer, namn och adress, men även en bild, hälsouppgifter eller ett ärendes diarienummer kan vara en personuppgift.',
  whatIsProcessing: 'Med behandling av personuppgifter menas i princip allt som går att göra med uppgifterna. Det kan till exempel vara att läsa, samla in, registrera, lagra, samköra eller skriva ut uppgifterna.',
  purposes: {
    heading: 'Så jobbar vi med vårt uppdrag',
    lead: 'När du har ett ärende hos oss får vi bara behandla dina personuppgifter för vissa ändamål, till exempel för att',
    basisHeading: 'Ändamål och rättslig grund',
    basis: 'Rättslig grund',
    special: 'Känsliga personuppgifter, till exempel hälsouppgifter',
  },
  data: {
    heading: 'Vilka uppgifter vi har och hur länge vi sparar dem',
    lead: 'Uppgifterna finns i våra system. För varje slags uppgift står vilka personuppgifter det gäller, var de kommer ifrån och hur länge vi sparar dem.',
    categories: 'Uppgifter',
    special: 'känsliga personuppgifter',
    source: 'Kommer från',
    retention: 'Hur länge',
  },
  recipients: {
    heading: 'Vilka vi lämnar ut uppgifter till',
    lead: 'Vi lämnar ut uppgifter till andra myndigheter när lag eller förordning kräver det, till exempel till',
  },
  automated: {
    heading: 'Automatiserade beslut',
    lead: 'Vissa beslut fattas automatiskt, utan att en handläggare prövar dem i det enskilda fallet.',
    review: 'Du kan alltid begära att vi omprövar ett beslut.',
  },
  access: {
    heading: 'Du har rätt att ta del av dina personuppgifter',
    right: (agency) => `Du har rätt att ta del av de personuppgifter som rör dig och som finns hos ${agency}. Den informationen får du i form av ett registerutdrag. Det är gratis.`,
    form: 'Du kan beställa ett registerutdrag med blankett 9352 Begäran om information (registerutdrag) enligt EU:s dataskyddsförordning, eller genom att kontakta oss muntligt eller skriftligt.',
    mailbox: 'Om du har en säker digital brevlåda kommer vi att skicka ditt registerutdrag till den. Annars kommer det med vanlig post.',
    mailboxFree: 'Det är gratis att skaffa en säker digital brevlåda, men du måste ha e-legitimation.',
  },
  change: {
    heading: 'Du har rätt att få personuppgifter ändrade eller raderade',
    lead: 'Du har rätt att',
    rights: [
      'få felaktiga uppgifter rättade',
      'komplettera ofullständiga personuppgifter under vissa förutsättningar',
      'begära en begränsning av vår behandling av dina personuppgifter under vissa förutsättningar.',
    ],
    erasure: (agency) => `Du kan också begära att få personuppgifter raderade. ${agency} är dock inte skyldig att radera personuppgifter som vi behandlar för att uppfylla en rättslig förpliktelse, för att utföra en uppgift av allmänt intresse, som ett led i myndighetsutövning eller för arkivändamål. Detta innebär att möjligheterna till att få personuppgifter raderade är begränsade.`,
  },
  objection: {
    heading: 'Du har rätt att invända mot behandlingen',
    right: 'Du har rätt att invända mot att vi behandlar dina personuppgifter när behandlingen behövs för att utföra en uppgift av allmänt intresse eller som ett led i myndighetsutövning (artikel 6.1 e i dataskyddsförordningen).',
    purposes: 'Det gäller när vi behandlar uppgifter för att',
    effect: 'Vi får då bara fortsätta behandlingen om vi kan visa tvingande berättigade skäl som väger tyngre än dina intressen, rättigheter och friheter, eller om behandlingen behövs för att fastställa, göra gällande eller försvara rättsliga anspråk.',
  },
  request: {
    heading: 'Så gör du en begäran',
    how: 'Du kan begära registerutdrag, rättelse, radering och begränsning och göra invändningar både muntligt och skriftligt. Ange vilka personuppgifter det gäller och i vilket sammanhang de förekommer. Om du begär rättelse ska du också ange hur uppgifterna ska rättas.',
    contact: (agency) => `Kontakta ${agency}`,
    promptly: 'När vi får in din begäran är vi skyldiga att så snart som möjligt meddela dig vad vi kommer att göra med anledning av den.',
    deadline: 'Vi svarar senast inom en månad. Om din begäran är omfattande eller om vi får många begäranden kan vi förlänga tiden med högst två månader. Då meddelar vi dig det inom en månad och förklarar varför.',
  },
  complaint: {
    heading: 'Om du vill klaga',
    role: (authority, agency) => `${authority} är den myndighet som ska bidra till att behandlingen av personuppgifter inte leder till otillbörligt intrång i enskilda individers personliga integritet. Om du vill klaga på hur ${agency} hanterar dina personuppgifter gör du det hos ${authority}.`,
    notThere: 'Skicka inte din begäran om registerutdrag, rättelse eller radering till Integritetsskyddsmyndigheten. Den ska skickas till oss.',
    contact: (authority) => `Kontakta ${authority}`,
  },
  controller: {
    heading: 'Personuppgiftsansvarig och dataskyddsombud',
    responsible: (agency) => `${agency} är personuppgiftsansvarig, vilket innebär att vi ansvarar för att behandla dina personuppgifter på rätt sätt.`,
    organisationNumber: 'Organisationsnummer',
    dpoRole: 'Vårt dataskyddsombud övervakar att vi som myndighet följer EU:s dataskyddsförordning (GDPR) och annan dataskyddslagstiftning. Dataskyddsombudet är också kontaktperson för dig som har frågor om personuppgifter.',
    reachDpo: 'Du når vårt dataskyddsombud genom att ringa, skicka ett brev eller mejl.',
  },
  laws: { heading: 'Relaterade lagar och regler' },
  contactLabels: { phone: 'Telefon', postalAddress: 'Postadress', email: 'Mejl', url: 'Webbplats' },
  lastUpdated: 'Senast uppdaterad',
};

const en: PrivacyPageText = {
  title: 'Processing of personal data',
  contents: 'On this page',
  intro: (agency) => `${agency} holds a great deal of data about private individuals and other people.`,
  subjectsLead: 'For example, we hold data about',
  lawsIntro: 'Laws and rules govern how we may process these data. They exist to protect your personal data so that your privacy is not violated.',
  whatIsPersonalData: 'Personal data are any information about a person. Typical personal data are the personal identity number, name and address, but a picture, health data or the reference number of a case can also be personal data.',
  whatIsProcessing: 'Processing of personal data means, in principle, anything that can be done with the data, for example reading, collecting, registering, storing, combining or printing them.',
  purposes: {
    heading: 'How we carry out our task',
    lead: 'When you have a case with us, we may only process your personal data for certain purposes, for example',
    basisHeading: 'Purposes and legal basis',
    basis: 'Legal basis',
    special: 'Sensitive personal data, such as health data',
  },
  data: {
    heading: 'What data we hold and how long we keep them',
    lead: 'The data are held in our systems. For each kind of data you can see which personal data it concerns, where they come from and how long we keep them.',
    categories: 'Data',
    special: 'sensitive personal data',
    source: 'Comes from',
    retention: 'How long',
  },
  recipients: {
    heading: 'Who we disclose data to',
    lead: 'We disclose data to other authorities when a law or ordinance requires it, for example to',
  },
  automated: {
    heading: 'Automated decisions',
    lead: 'Some decisions are made automatically, without a case handler examining the individual case.',
    review: 'You can always ask us to reconsider a decision.',
  },
  access: {
    heading: 'You have the right to see your personal data',
    right: (agency) => `You have the right to see the personal data about you that ${agency} holds. You receive it as a register extract. It is free of charge.`,
    form: 'You can order a register extract with form 9352 Request for information (register extract) under the EU General Data Protection Regulation, or by contacting us orally or in writing.',
    mailbox: 'If you have a secure digital mailbox, we will send your register extract to it. Otherwise it comes by ordinary post.',
    mailboxFree: 'A secure digital mailbox is free of charge, but you need an e-identification.',
  },
  change: {
    heading: 'You have the right to have personal data changed or erased',
    lead: 'You have the right to',
    rights: [
      'have incorrect data rectified',
      'have incomplete personal data completed under certain conditions',
      'request that we restrict our processing of your personal data under certain conditions.',
    ],
    erasure: (agency) => `You can also ask for personal data to be erased. However, ${agency} is not obliged to erase personal data that we process to comply with a legal obligation, to perform a task carried out in the public interest, in the exercise of official authority or for archiving purposes. This means that the possibilities of having personal data erased are limited.`,
  },
  objection: {
    heading: 'You have the right to object to the processing',
    right: 'You have the right to object to our processing of your personal data where the processing is necessary for a task carried out in the public interest or in the exercise of official authority (Article 6(1)(e) GDPR).',
    purposes: 'This applies when we process data for',
    effect: 'We may then only continue if we can show compelling legitimate grounds that override your interests, rights and freedoms, or if the processing is needed to establish, exercise or defend legal claims.',
  },
  request: {
    heading: 'How to make a request',
    how: 'You can ask for a register extract, rectification, erasure or restriction, and object, both orally and in writing. State which personal data it concerns and in what context they appear. If you ask for rectification, also state how the data should be corrected.',
    contact: (agency) => `Contact ${agency}`,
    promptly: 'When we receive your request, we must tell you as soon as possible what we will do about it.',
    deadline: 'We answer within one month at the latest. If your request is extensive or we receive many requests, we may extend this by at most two further months. We will then tell you so within one month and explain why.',
  },
  complaint: {
    heading: 'If you want to complain',
    role: (authority, agency) => `${authority} is the authority that helps ensure that the processing of personal data does not lead to undue intrusion into the privacy of individuals. If you want to complain about how ${agency} handles your personal data, you do so to ${authority}.`,
    notThere: 'Do not send your request for a register extract, rectification or erasure to the Swedish Authority for Privacy Protection. Send it to us.',
    contact: (authority) => `Contact ${authority}`,
  },
  controller: {
    heading: 'Controller and data protection officer',
    responsible: (agency) => `${agency} is the controller, which means that we are responsible for processing your personal data correctly.`,
    organisationNumber: 'Organisation number',
    dpoRole: 'Our data protection officer monitors that we as an authority comply with the EU General Data Protection Regulation (GDPR) and other data protection law. The data protection officer is also the contact for you if you have questions about personal data.',
    reachDpo: 'You can reach our data protection officer by phone, letter or e-mail.',
  },
  laws: { heading: 'Related laws and rules' },
  contactLabels: { phone: 'Phone', postalAddress: 'Postal address', email: 'E-mail', url: 'Website' },
  lastUpdated: 'Last updated',
};

export const privacyPageText: Readonly<Record<Language, PrivacyPageText>> = { sv, en };
