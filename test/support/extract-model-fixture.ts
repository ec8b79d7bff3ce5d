// Register-extract models for tests of the outline, JSON, HTML, PDF and CLI: an ordinary
// person in several systems, one with masked values and withheld records, one the agency holds
// nothing on, and a heavy one with thousands of payments. Deterministic and fictional: the
// agency is the demo agency, identity numbers are test numbers, names are invented. Values
// are written as the source systems hold them (Swedish words stay Swedish in English models);
// labels, purposes and explanations follow the model's language.
import { legalBasisWords, retentionWords } from '../../src/catalog/ropa-words.ts';
import { extractRights } from '../../src/documents/extract-rights.ts';
import type {
  ExtractCategory, ExtractDataset, ExtractItem, ExtractLanguage, ExtractModel, ExtractPurpose, ExtractRecipient, ExtractSystem,
} from '../../src/documents/extract-model.ts';
import { secrecyGround } from '../../src/documents/secrecy-words.ts';
import { formatIdentityNumber, syntheticIdentityNumber } from '../../src/domain/personnummer.ts';

type Say = (sv: string, en: string) => string;

/** The fixed clock of every fixture model: 29 November 2026, morning in Sweden. */
export const FIXTURE_GENERATED_AT = '2026-11-29T09:30:00.000Z';

/** Values the source systems held in fields the secrecy review masked. No model ever contains them. */
export const MASKED_SOURCE_VALUES: readonly string[] = ['Greta Grannsson', 'Uppgiftslämnaren misstänker svartarbete'];

function sayIn(language: ExtractLanguage): Say {
  return (sv, en) => (language === 'sv' ? sv : en);
}

function purposes(language: ExtractLanguage, say: Say): ExtractPurpose[] {
  const sfb = '114 kap. socialförsäkringsbalken (2010:110)';
  return [
    { id: 'handlaggning', name: say('handlägga ärenden', 'handling cases'), description: say('Utreda, besluta om och betala ut förmåner.', 'Investigating, deciding on and paying out benefits.'), legalBasis: legalBasisWords({ article6: 'e', article9: 'b', national: sfb }, language) },
    { id: 'kontroll', name: say('utföra kontroller för att motverka felaktiga utbetalningar och bidragsbrott', 'carrying out controls against incorrect payments and benefit fraud'), description: say('Kontrollåtgärder utanför ett enskilt ärende.', 'Control measures outside a single case.'), legalBasis: legalBasisWords({ article6: 'e', article9: 'b', national: sfb }, language) },
    { id: 'statistik', name: say('ta fram statistik', 'producing statistics'), description: say('Framställning av statistik.', 'Producing statistics.'), legalBasis: legalBasisWords({ article6: 'e', article9: 'j', national: `${sfb}; lagen (2001:99) om den officiella statistiken` }, language) },
  ];
}

function category(id: string, name: string, special = false): ExtractCategory {
  return { id, name, special };
}

function recipients(say: Say): ExtractRecipient[] {
  return [
    { id: 'skatteverket', name: 'Skatteverket', legalBasis: say('uppgiftsskyldighet enligt 110 kap. 31 § socialförsäkringsbalken', 'duty to disclose under Chapter 110, Section 31 of the Social Insurance Code') },
    { id: 'kronofogden', name: 'Kronofogdemyndigheten', legalBasis: say('utmätning av förmån, 7 kap. utsökningsbalken', 'attachment of benefits, Chapter 7 of the Enforcement Code') },
  ];
}

function item(key: string, values: Record<string, string | null>, extra: Partial<ExtractItem> = {}): ExtractItem {
  return { key, roles: [], values, redacted: [], ...extra };
}

function dataset(language: ExtractLanguage, say: Say, fields: Omit<ExtractDataset, 'purposes' | 'recipients' | 'retention'> & { recipients?: boolean }): ExtractDataset {
  const { recipients: hasRecipients, ...rest } = fields;
  return {
    ...rest,
    purposes: purposes(language, say),
    recipients: hasRecipients ? recipients(say) : [],
    retention: retentionWords({ period: 'P10Y', from: 'case-closed', disposal: 'gallras', source: 'RA-MS 2099:4 (fiktiv)' }, language),
  };
}

function casesSystem(language: ExtractLanguage, say: Say): ExtractSystem {
  return {
    id: 'arenden', name: say('Ärendehandläggning', 'Case management'), description: say('Ärenden om förmåner och beslut i dem.', 'Benefit cases and the decisions in them.'),
    datasets: [dataset(language, say, {
      id: 'arenden.arende', name: say('Ärenden', 'Cases'), recipients: true,
      categories: [category('identity', say('Identitetsuppgifter', 'Identity data')), category('case', say('Ärendeuppgifter', 'Case data'))],
      source: say('Dig själv och din arbetsgivare', 'You and your employer'),
      columns: [
        { field: 'case_id', label: say('Ärendenummer', 'Case number') }, { field: 'benefit', label: say('Förmån', 'Benefit') },
        { field: 'status', label: say('Status', 'Status') }, { field: 'received_on', label: say('Inkom', 'Received') },
        { field: 'decision', label: say('Beslut', 'Decision') }, { field: 'decided_on', label: say('Beslutsdag', 'Decided on') },
      ],
      items: [
        item('2025-000417', { case_id: '2025-000417', benefit: 'tillfällig föräldrapenning', status: 'avslutat', received_on: '2025-02-03', decision: 'bifall', decided_on: '2025-02-10' }),
        item('2026-000112', { case_id: '2026-000112', benefit: 'sjukpenning', status: 'avslutat', received_on: '2026-01-15', decision: 'delvis bifall', decided_on: '2026-02-20' }),
        item('2026-000958', { case_id: '2026-000958', benefit: 'bostadsbidrag', status: 'under utredning', received_on: '2026-11-02', decision: null, decided_on: null }),
      ],
    })],
  };
}

function payment(index: number): ExtractItem {
  const id = `P${String(100001 + index)}`;
  const paidOn = new Date(Date.UTC(2026, 10, 25) - index * 86_400_000).toISOString().slice(0, 10);
  const amount = String(450 + ((index * 137) % 2400));
  return item(id, { payment_id: id, case_id: index % 2 === 0 ? '2025-000417' : '2026-000112', amount_sek: amount, paid_on: paidOn, account_last4: '4821' });
}

function paymentsSystem(language: ExtractLanguage, say: Say, count: number): ExtractSystem {
  return {
    id: 'utbetalningar', name: say('Utbetalningar', 'Payments'), description: say('Utbetalningar av förmåner.', 'Benefit payments.'),
    datasets: [dataset(language, say, {
      id: 'utbetalningar.utbetalning', name: say('Utbetalningar', 'Payments'), recipients: true,
      categories: [category('financial', say('Ekonomiska uppgifter', 'Financial data'))],
      source: say('Beslut i ärendehandläggningen', 'Decisions in case management'),
      columns: [
        { field: 'payment_id', label: 'Id' }, { field: 'case_id', label: say('Ärendenummer', 'Case number') },
        { field: 'amount_sek', label: say('Belopp i kronor', 'Amount in SEK') }, { field: 'paid_on', label: say('Utbetalningsdag', 'Payment date') },
        { field: 'account_last4', label: say('Kontonummer (fyra sista siffrorna)', 'Account number (last four digits)') },
      ],
      items: Array.from({ length: count }, (_, index) => payment(index)),
    })],
  };
}

function certificatesSystem(language: ExtractLanguage, say: Say): ExtractSystem {
  const roles = [say('Försäkrad', 'Insured person')];
  return {
    id: 'lakarintyg', name: say('Läkarintyg', 'Medical certificates'), description: say('Läkarintyg för sjukpenning.', 'Medical certificates for sickness benefit.'),
    datasets: [dataset(language, say, {
      id: 'lakarintyg.intyg', name: say('Läkarintyg', 'Medical certificates'),
      categories: [category('case', say('Ärendeuppgifter', 'Case data')), category('health', say('Hälsouppgifter', 'Health data'), true)],
      source: say('Hälso- och sjukvården', 'Healthcare providers'),
      columns: [
        { field: 'certificate_id', label: 'Id' }, { field: 'case_id', label: say('Ärendenummer', 'Case number') },
        { field: 'doctor_name', label: say('Läkarens namn', "Doctor's name") }, { field: 'care_unit', label: say('Vårdenhet', 'Care unit') },
        { field: 'diagnosis_code', label: say('Diagnoskod (ICD-10-SE)', 'Diagnosis code (ICD-10-SE)') },
        { field: 'assessment', label: say('Läkarens bedömning av arbetsförmågan', "The doctor's assessment of work capacity") },
        { field: 'period_from', label: say('Sjukskriven från', 'Sick leave from') }, { field: 'period_to', label: say('Sjukskriven till', 'Sick leave until') },
      ],
      items: [
        item('I-2026-0031', { certificate_id: 'I-2026-0031', case_id: '2026-000112', doctor_name: 'Dr. Stina Påhittad', care_unit: 'Vårdcentralen Exempelby', diagnosis_code: 'M54.5', assessment: 'Nedsatt arbetsförmåga med hälften', period_from: '2026-01-12', period_to: '2026-02-08' }, { roles }),
        item('I-2026-0077', { certificate_id: 'I-2026-0077', case_id: '2026-000112', doctor_name: 'Dr. Stina Påhittad', care_unit: 'Vårdcentralen Exempelby', diagnosis_code: 'M54.5', assessment: null, period_from: '2026-02-09', period_to: '2026-02-20' }, { roles }),
      ],
    })],
  };
}

function contactsSystem(language: ExtractLanguage, say: Say): ExtractSystem {
  const thirdParty = { field: 'third_party_name', label: say('Annan person', 'Other person'), kind: 'third-party', ground: secrecyGround('third-party', language) } as const;
  const note = { field: 'handler_note', label: say('Handläggarens anteckning', "Case handler's note"), kind: 'draft-or-note', ground: secrecyGround('draft-or-note', language) } as const;
  return {
    id: 'kontakthistorik', name: say('Kontakthistorik', 'Contact history'), description: say('Samtal, brev och besök.', 'Calls, letters and visits.'),
    datasets: [dataset(language, say, {
      id: 'kontakthistorik.kontakt', name: say('Kontakter', 'Contacts'),
      categories: [category('contact', say('Kontaktuppgifter', 'Contact data'))],
      source: say('Dig själv och andra som har kontaktat oss', 'You and others who contacted us'),
      columns: [
        { field: 'contact_id', label: 'Id' }, { field: 'contacted_on', label: say('Datum', 'Date') },
        { field: 'channel', label: say('Kanal', 'Channel') }, { field: 'summary', label: say('Sammanfattning', 'Summary') },
        { field: thirdParty.field, label: thirdParty.label }, { field: note.field, label: note.label },
      ],
      items: [
        item('K-88101', { contact_id: 'K-88101', contacted_on: '2026-03-04', channel: 'telefon', summary: 'Frågade om utbetalningsdag', third_party_name: null, handler_note: null }),
        item('K-88102', { contact_id: 'K-88102', contacted_on: '2026-03-18', channel: 'telefon', summary: 'Tips om ändrade förhållanden' }, { redacted: [thirdParty, note] }),
        item('K-88140', { contact_id: 'K-88140', contacted_on: '2026-04-02', channel: 'brev', summary: 'Yttrande från annan part', handler_note: null }, { redacted: [thirdParty] }),
      ],
    })],
  };
}

function baseModel(language: ExtractLanguage, say: Say, systems: readonly ExtractSystem[], subject: ExtractModel['subject']): ExtractModel {
  const controllerName = say('Socialförsäkringsverket (demo)', 'The Social Insurance Agency (demo)');
  const holdsData = systems.length > 0;
  return {
    schemaVersion: 1, language, generatedAt: FIXTURE_GENERATED_AT, reference: 'REQ-2026-000123', subject, holdsData, systems,
    controller: {
      name: controllerName, organisationNumber: '202100-9999',
      contact: { name: say('Kundcenter', 'Customer service'), phone: '0771-00 00 00', postalAddress: 'Box 1000, 100 00 Stockholm', url: 'https://www.example.se/kontakt' },
      dpo: { name: say('Dataskyddsombudet', 'The data protection officer'), phone: '08-000 00 00', postalAddress: '200 00 Malmö', email: 'dataskyddsombud@example.se' },
      supervisoryAuthority: { name: say('Integritetsskyddsmyndigheten (IMY)', 'The Swedish Authority for Privacy Protection (IMY)'), phone: '08-657 61 00', postalAddress: 'Box 8114, 104 20 Stockholm', email: 'imy@imy.se', url: 'https://www.imy.se' },
    },
    processing: {
      purposes: holdsData ? purposes(language, say) : [],
      categories: [...new Map(systems.flatMap((system) => system.datasets.flatMap((set) => set.categories)).map((entry) => [entry.id, entry])).values()],
      recipients: holdsData ? recipients(say) : [],
      thirdCountryTransfers: say('Vi för inte över dina personuppgifter till länder utanför EU/EES eller till internationella organisationer.', 'We do not transfer your personal data to countries outside the EU/EEA or to international organisations.'),
      automatedDecisions: [],
    },
    disclosures: [], accessLog: [],
    rights: extractRights(language, controllerName),
    secrecy: { withheld: [], redacted: [] },
  };
}

function activity(language: ExtractLanguage, say: Say): Pick<ExtractModel, 'disclosures' | 'accessLog'> & Pick<ExtractModel['processing'], 'automatedDecisions'> {
  return {
    disclosures: [
      { date: '2026-01-31', recipient: 'Skatteverket', legalGround: say('110 kap. 31 § socialförsäkringsbalken', 'Chapter 110, Section 31 of the Social Insurance Code'), categories: [say('Ekonomiska uppgifter', 'Financial data')], channel: say('fil', 'file'), recordedBy: 'system', inquiry: false },
      { date: '2026-05-12', recipient: 'Kronofogdemyndigheten', legalGround: say('7 kap. utsökningsbalken', 'Chapter 7 of the Enforcement Code'), categories: [say('Identitetsuppgifter', 'Identity data'), say('Ekonomiska uppgifter', 'Financial data')], channel: say('direktåtkomst', 'direct access'), recordedBy: 'system', inquiry: true },
    ],
    accessLog: [
      { date: '2026-02-10', purpose: say('handlägga ärenden', 'handling cases'), count: 4 },
      { date: '2026-02-20', purpose: say('handlägga ärenden', 'handling cases'), count: 2 },
      { date: '2026-06-01', purpose: say('ta fram statistik', 'producing statistics'), count: 1 },
    ],
    automatedDecisions: [{
      id: 'vab-berakning', name: say('Beräkning av tillfällig föräldrapenning', 'Calculation of temporary parental benefit'), ruleSetVersion: '2025.2', records: ['2025-000417'],
      logic: say('Ersättningen räknas fram automatiskt från din sjukpenninggrundande inkomst och antalet dagar du har anmält.', 'The benefit is calculated automatically from your sickness-benefit qualifying income and the number of days you reported.'),
      significance: say('Beslutet avgör hur mycket du får betalt. Du kan begära omprövning.', 'The decision sets how much you are paid. You can ask for reconsideration.'),
    }],
  };
}

/** A person with cases, payments and medical certificates; disclosures, log and an automated decision. */
export function ordinaryExtractModel(language: ExtractLanguage = 'sv'): ExtractModel {
  const say = sayIn(language);
  const systems = [casesSystem(language, say), paymentsSystem(language, say, 4), certificatesSystem(language, say)];
  const base = baseModel(language, say, systems, { identityNumber: '19121212-1212', name: 'Tolvan Tolvansson' });
  const { automatedDecisions, ...logs } = activity(language, say);
  return { ...base, ...logs, processing: { ...base.processing, automatedDecisions } };
}

/** A person whose contact history names someone else and holds a handler's note; two archive documents withheld. */
export function redactedExtractModel(language: ExtractLanguage = 'sv'): ExtractModel {
  const say = sayIn(language);
  const identityNumber = formatIdentityNumber(syntheticIdentityNumber('1985-03-14', 123), 'pnr12-dash');
  const base = baseModel(language, say, [casesSystem(language, say), contactsSystem(language, say)], { identityNumber, name: 'Elin Exempelsson' });
  return {
    ...base,
    secrecy: {
      withheld: [
        { dataset: 'dokumentarkiv.handling', datasetName: say('Handlingar', 'Documents'), kind: 'third-party', ground: secrecyGround('third-party', language), count: 2 },
        { dataset: 'dokumentarkiv.handling', datasetName: say('Handlingar', 'Documents'), kind: 'protected-address', ground: secrecyGround('protected-address', language), count: 1 },
      ],
      redacted: [
        { dataset: 'kontakthistorik.kontakt', field: 'third_party_name', kind: 'third-party', ground: secrecyGround('third-party', language), count: 2 },
        { dataset: 'kontakthistorik.kontakt', field: 'handler_note', kind: 'draft-or-note', ground: secrecyGround('draft-or-note', language), count: 1 },
      ],
    },
  };
}

/** A person (with a samordningsnummer and no known name) the agency holds nothing on. */
export function emptyExtractModel(language: ExtractLanguage = 'sv'): ExtractModel {
  const identityNumber = formatIdentityNumber(syntheticIdentityNumber('1990-01-01', 42, 'samordningsnummer'), 'pnr12-dash');
  return baseModel(language, sayIn(language), [], { identityNumber });
}

/** The ordinary person with `payments` payment rows (default 5,000) instead of four. */
export function heavyExtractModel(language: ExtractLanguage = 'sv', payments = 5000): ExtractModel {
  const say = sayIn(language);
  const model = ordinaryExtractModel(language);
  return {
    ...model,
    systems: model.systems.map((system) => (system.id === 'utbetalningar' ? paymentsSystem(language, say, payments) : system)),
  };
}

/** The person's own words added to complete two records (Art. 16): one case, one medical certificate. */
export const STATEMENT_TEXTS = {
  case: 'Jag lämnade även in hyreskontraktet den 5 november.',
  certificate: 'Intyget gäller även perioden 21–28 februari, som jag var sjuk men inte fick intyg för.',
  second: 'Sjukskrivningen förlängdes muntligt.',
} as const;

/** The ordinary person with supplementary statements on case 2026-000958 (a shared table) and certificate I-2026-0077 (a table of its own, two statements). */
export function statementExtractModel(language: ExtractLanguage = 'sv'): ExtractModel {
  const say = sayIn(language);
  const model = ordinaryExtractModel(language);
  const added: Readonly<Record<string, ExtractItem['statements']>> = {
    '2026-000958': [{ text: STATEMENT_TEXTS.case, addedOn: '2026-11-20', fields: [] }],
    'I-2026-0077': [
      { text: STATEMENT_TEXTS.certificate, addedOn: '2026-11-21', fields: [{ field: 'period_to', label: say('Sjukskriven till', 'Sick leave until') }] },
      { text: STATEMENT_TEXTS.second, addedOn: '2026-11-22', fields: [] },
    ],
  };
  return {
    ...model,
    systems: model.systems.map((system) => ({
      ...system,
      datasets: system.datasets.map((dataset) => ({
        ...dataset, items: dataset.items.map((entry) => (added[entry.key] ? { ...entry, statements: added[entry.key] } : entry)),
      })),
    })),
  };
}
