// Every fixed word of the register extract in Swedish and English: title, headings, the
// introduction, the confirmation, what each Art. 15 section means, table headers and the
// empty-value mark. The person's data and the agency's facts come from the ExtractModel;
// the rights texts are in extract-rights.ts and the secrecy words in secrecy-words.ts.
import type { ExtractLanguage } from './extract-model.ts';

export interface ExtractTexts {
  readonly title: string;
  /** Shown for a value the system does not hold. */
  readonly empty: string;
  /** A count in running text or a table: "5 000" / "5,000". */
  readonly count: (count: number) => string;
  readonly intro: {
    readonly lead: (agency: string) => string;
    readonly reference: string;
    readonly date: string;
    readonly personnummer: string;
    readonly samordningsnummer: string;
    readonly name: string;
  };
  readonly confirmation: { readonly holdsData: string; readonly holdsNothing: (agency: string) => string };
  readonly overview: {
    readonly heading: string;
    readonly lead: string;
    readonly purposes: string;
    readonly categories: string;
    readonly recipients: string;
    readonly copy: (empty: string) => string;
  };
  readonly data: {
    readonly heading: (system: string) => string;
    readonly purposes: string;
    readonly purpose: (name: string, legalBasis: string) => string;
    readonly categories: string;
    readonly special: string;
    readonly source: string;
    readonly retention: string;
    readonly recipients: string;
    readonly noRecipients: string;
    readonly items: (dataset: string, count: string, one: boolean) => string;
    readonly record: (dataset: string, key: string) => string;
    readonly field: string;
    readonly value: string;
    readonly roles: string;
    /** The heading of what the person added to complete a record (Art. 16). */
    readonly statement: string;
    /** "Tillagd 29 november 2026 (gäller Sammanfattning)"; `fields` the labels joined, '' for the record as a whole. */
    readonly statementAdded: (date: string, fields: string) => string;
  };
  readonly disclosures: {
    readonly heading: string;
    readonly lead: string;
    readonly none: string;
    readonly caption: string;
    readonly columns: readonly [string, string, string, string, string];
    readonly inquiry: string;
    readonly inquiryNote: string;
  };
  readonly accessLog: {
    readonly heading: string;
    readonly lead: string;
    readonly noNames: string;
    readonly none: string;
    readonly caption: string;
    readonly columns: readonly [string, string, string];
  };
  readonly automated: {
    readonly heading: string;
    readonly lead: string;
    readonly none: string;
    readonly review: string;
    readonly rows: { readonly logic: string; readonly significance: string; readonly ruleSetVersion: string; readonly records: string };
  };
  readonly transfers: { readonly heading: string; readonly lead: string };
  readonly secrecy: {
    readonly heading: string;
    readonly lead: string;
    readonly decision: string;
    readonly none: string;
    readonly withheld: string;
    readonly redacted: string;
    readonly columns: { readonly dataset: string; readonly field: string; readonly kind: string; readonly ground: string; readonly count: string };
  };
  readonly rights: { readonly heading: string; readonly lead: string };
  readonly contact: {
    readonly heading: string;
    readonly controller: (agency: string, organisationNumber: string) => string;
    readonly dpo: string;
    readonly supervisoryAuthority: string;
    readonly labels: { readonly phone: string; readonly email: string; readonly postalAddress: string; readonly url: string };
  };
}

const svNumber = new Intl.NumberFormat('sv-SE');
const enNumber = new Intl.NumberFormat('en-GB');

const sv: ExtractTexts = {
  title: 'Registerutdrag',
  empty: '–',
  count: (count) => svNumber.format(count),
  intro: {
    lead: (agency) => `Det här är ditt registerutdrag från ${agency}. Här ser du vilka personuppgifter om dig som vi behandlar, varför vi gör det och vilka rättigheter du har. Du har rätt att få utdraget gratis enligt artikel 15 i EU:s dataskyddsförordning (GDPR).`,
    reference: 'Vår referens',
    date: 'Datum',
    personnummer: 'Personnummer',
    samordningsnummer: 'Samordningsnummer',
    name: 'Namn',
  },
  confirmation: {
    holdsData: 'Vi behandlar personuppgifter om dig. I utdraget finns en kopia av uppgifterna och information om hur vi behandlar dem.',
    holdsNothing: (agency) => `Vi behandlar inga personuppgifter om dig, utöver de uppgifter du lämnade när du begärde registerutdraget. Vi har sökt i alla system där ${agency} behandlar personuppgifter.`,
  },
  overview: {
    heading: 'Så behandlar vi dina uppgifter',
    lead: 'Här är en sammanfattning av varför vi behandlar dina personuppgifter, vilka slags uppgifter det gäller och vilka vi kan lämna ut dem till.',
    purposes: 'Ändamål och rättslig grund:',
    categories: 'Typer av uppgifter:',
    recipients: 'Vi kan lämna ut uppgifterna till:',
    copy: (empty) => `Sedan kommer en kopia av dina uppgifter, system för system. Under varje register står varför vi behandlar uppgifterna, var de kommer ifrån, hur länge vi sparar dem och vilka vi kan lämna ut dem till. Tecknet ${empty} betyder att systemet inte har någon uppgift.`,
  },
  data: {
    heading: (system) => `Dina uppgifter i ${system}`,
    purposes: 'Därför behandlar vi uppgifterna:',
    purpose: (name, legalBasis) => `${name} (rättslig grund: ${legalBasis})`,
    categories: 'Typer av uppgifter',
    special: 'känsliga personuppgifter',
    source: 'Kommer från',
    retention: 'Så länge sparar vi uppgifterna',
    recipients: 'Kan lämnas ut till',
    noRecipients: 'Vi lämnar inte ut uppgifterna till andra mottagare.',
    items: (dataset, count, one) => `${dataset}: ${count} ${one ? 'post' : 'poster'}`,
    record: (dataset, key) => `${dataset}: ${key}`,
    field: 'Uppgift',
    value: 'Värde',
    roles: 'Din roll',
    statement: 'Kompletterande uppgift',
    statementAdded: (date, fields) => `Tillagd ${date}${fields ? ` (gäller ${fields})` : ''}`,
  },
  disclosures: {
    heading: 'Utlämnanden till andra',
    lead: 'Här är de tillfällen då vi har lämnat ut uppgifter om dig till andra myndigheter eller organisationer.',
    none: 'Vi har inte lämnat ut några uppgifter om dig till andra.',
    caption: 'Utlämnade uppgifter',
    columns: ['Datum', 'Mottagare', 'Rättslig grund', 'Uppgifter', 'Kanal'],
    inquiry: '(i en särskild utredning)',
    inquiryNote: 'En myndighet som får uppgifter i en särskild utredning enligt lag räknas inte som mottagare enligt dataskyddsförordningen (artikel 4.9). Vi visar ändå sådana utlämnanden här.',
  },
  accessLog: {
    heading: 'När och varför dina uppgifter har använts',
    lead: 'Tabellen visar vilka dagar och för vilka ändamål dina uppgifter har behandlats i våra system, enligt vår behandlingslogg.',
    noNames: 'Namnen på de medarbetare som har behandlat uppgifterna visas inte. Om du behöver veta det för att kunna använda dina rättigheter kan du fråga oss, så prövar vi det särskilt.',
    none: 'Behandlingsloggen visar inga behandlingar av dina uppgifter.',
    caption: 'Behandlingar per dag och ändamål',
    columns: ['Datum', 'Ändamål', 'Antal'],
  },
  automated: {
    heading: 'Automatiserade beslut',
    lead: 'Vissa beslut om dig har fattats automatiskt, utan att en handläggare har prövat dem i det enskilda fallet. Här förklarar vi hur besluten fattas och vad de betyder för dig.',
    none: 'Vi har inte fattat några beslut om dig enbart genom automatiserad behandling.',
    review: 'Du kan alltid begära att vi omprövar ett beslut.',
    rows: { logic: 'Så går det till', significance: 'Vad det betyder för dig', ruleSetVersion: 'Regelversion', records: 'Gäller' },
  },
  transfers: {
    heading: 'Överföring till länder utanför EU/EES',
    lead: 'Här står om vi för över dina uppgifter till ett land utanför EU/EES eller till en internationell organisation, och i så fall hur uppgifterna skyddas.',
  },
  secrecy: {
    heading: 'Uppgifter som inte finns med i utdraget',
    lead: 'Vissa uppgifter har vi inte lämnat ut, och i vissa poster har vi maskerat enskilda uppgifter. Det beror på att uppgifterna omfattas av sekretess, till exempel för att de gäller någon annan person, eller av något annat undantag från rätten till registerutdrag. Vi redovisar vilket slags uppgifter det gäller och varför, men inte vad uppgifterna innehåller.',
    decision: 'Du kan begära att vi fattar ett beslut om att uppgifterna inte lämnas ut. Beslutet kan du överklaga till förvaltningsrätten. I beslutet står hur du gör.',
    none: 'Vi har inte utelämnat eller maskerat några uppgifter i det här utdraget.',
    withheld: 'Uppgifter som inte har lämnats ut',
    redacted: 'Uppgifter som har maskerats',
    columns: { dataset: 'Register', field: 'Uppgift', kind: 'Skäl', ground: 'Lagrum', count: 'Antal' },
  },
  rights: {
    heading: 'Dina rättigheter',
    lead: 'Du kan göra en begäran både muntligt och skriftligt. Ange vilka personuppgifter det gäller och i vilket sammanhang de förekommer.',
  },
  contact: {
    heading: 'Kontakt',
    controller: (agency, number) => `${agency}, organisationsnummer ${number}, är personuppgiftsansvarig, vilket innebär att vi ansvarar för att behandla dina personuppgifter på rätt sätt.`,
    dpo: 'Vårt dataskyddsombud övervakar att vi följer dataskyddsförordningen och är kontaktperson för dig som har frågor om personuppgifter.',
    supervisoryAuthority: 'Tillsynsmyndighet, dit du kan vända dig om du vill klaga:',
    labels: { phone: 'Telefon', email: 'Mejl', postalAddress: 'Postadress', url: 'Webbplats' },
  },
};

const en: ExtractTexts = {
  title: 'Register extract',
  empty: '–',
  count: (count) => enNumber.format(count),
  intro: {
    lead: (agency) => `This is your register extract from ${agency}. It shows which personal data about you we process, why we do so and what rights you have. You are entitled to the extract free of charge under Article 15 of the EU General Data Protection Regulation (GDPR).`,
    reference: 'Our reference',
    date: 'Date',
    personnummer: 'Personal identity number',
    samordningsnummer: 'Coordination number',
    name: 'Name',
  },
  confirmation: {
    holdsData: 'We process personal data about you. This extract contains a copy of the data and information about how we process them.',
    holdsNothing: (agency) => `We do not process any personal data about you, apart from the data you gave us when you asked for this register extract. We have searched all the systems in which ${agency} processes personal data.`,
  },
  overview: {
    heading: 'How we process your data',
    lead: 'This is a summary of why we process your personal data, what kinds of data are concerned and to whom we may disclose them.',
    purposes: 'Purposes and legal basis:',
    categories: 'Kinds of data:',
    recipients: 'We may disclose the data to:',
    copy: (empty) => `Then follows a copy of your data, system by system. Under each register you can see why we process the data, where they come from, how long we keep them and to whom we may disclose them. The sign ${empty} means that the system holds no value.`,
  },
  data: {
    heading: (system) => `Your data in ${system}`,
    purposes: 'Why we process the data:',
    purpose: (name, legalBasis) => `${name} (legal basis: ${legalBasis})`,
    categories: 'Kinds of data',
    special: 'sensitive personal data',
    source: 'Comes from',
    retention: 'How long we keep the data',
    recipients: 'May be disclosed to',
    noRecipients: 'We do not disclose the data to other recipients.',
    items: (dataset, count, one) => `${dataset}: ${count} ${one ? 'record' : 'records'}`,
    record: (dataset, key) => `${dataset}: ${key}`,
    field: 'Field',
    value: 'Value',
    roles: 'Your role',
    statement: 'Supplementary statement',
    statementAdded: (date, fields) => `Added ${date}${fields ? ` (completes ${fields})` : ''}`,
  },
  disclosures: {
    heading: 'Disclosures to others',
    lead: 'These are the occasions on which we disclosed data about you to other authorities or organisations.',
    none: 'We have not disclosed any data about you to others.',
    caption: 'Disclosed data',
    columns: ['Date', 'Recipient', 'Legal ground', 'Data', 'Channel'],
    inquiry: '(in a particular inquiry)',
    inquiryNote: 'An authority that receives data in a particular inquiry under law does not count as a recipient under the GDPR (Article 4(9)). We still show such disclosures here.',
  },
  accessLog: {
    heading: 'When and why your data were used',
    lead: 'The table shows on which days and for which purposes your data were processed in our systems, according to our processing log.',
    noNames: 'The names of the staff who processed the data are not shown. If you need to know them to exercise your rights, you can ask us and we will consider it separately.',
    none: 'The processing log shows no processing of your data.',
    caption: 'Processing by day and purpose',
    columns: ['Date', 'Purpose', 'Number'],
  },
  automated: {
    heading: 'Automated decisions',
    lead: 'Some decisions about you were made automatically, without a case handler examining the individual case. Here we explain how these decisions are made and what they mean for you.',
    none: 'We have not made any decisions about you based solely on automated processing.',
    review: 'You can always ask us to reconsider a decision.',
    rows: { logic: 'How it works', significance: 'What it means for you', ruleSetVersion: 'Rule set version', records: 'Applies to' },
  },
  transfers: {
    heading: 'Transfers to countries outside the EU/EEA',
    lead: 'Here we state whether we transfer your data to a country outside the EU/EEA or to an international organisation and, if so, how the data are protected.',
  },
  secrecy: {
    heading: 'Data not included in this extract',
    lead: 'Some data have not been disclosed to you, and in some records we have masked individual values. This is because the data are covered by secrecy, for example because they concern another person, or by another exception from the right of access. We state what kind of data it is and why, but not what the data contain.',
    decision: 'You can ask us to make a decision that the data are not disclosed. You can appeal that decision to the administrative court (förvaltningsrätten). The decision tells you how.',
    none: 'We have not left out or masked any data in this extract.',
    withheld: 'Data not disclosed',
    redacted: 'Masked data',
    columns: { dataset: 'Register', field: 'Field', kind: 'Reason', ground: 'Legal ground', count: 'Number' },
  },
  rights: {
    heading: 'Your rights',
    lead: 'You can make a request both orally and in writing. State which personal data it concerns and in what context they appear.',
  },
  contact: {
    heading: 'Contact',
    controller: (agency, number) => `${agency}, organisation number ${number}, is the controller, which means that we are responsible for processing your personal data correctly.`,
    dpo: 'Our data protection officer monitors that we comply with the GDPR and is the contact for you if you have questions about personal data.',
    supervisoryAuthority: 'Supervisory authority, to which you can turn if you want to complain:',
    labels: { phone: 'Phone', email: 'E-mail', postalAddress: 'Postal address', url: 'Website' },
  },
};

export const extractTexts: Readonly<Record<ExtractLanguage, ExtractTexts>> = { sv, en };
