// A small, complete and valid data map, written to a temporary `catalog/` folder, that tests
// change one file at a time to provoke a particular problem.
import { mkdtempSync, mkdirSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { dirname, join } from 'node:path';
import type { TestContext } from 'node:test';

export type CatalogFiles = Readonly<Record<string, string | undefined>>;

const controller = `controller:
  name: { sv: Testmyndigheten, en: The Test Agency }
  organisationNumber: '202100-0000'
  contact:
    name: { sv: Testmyndigheten, en: The Test Agency }
    email: registrator@test.example
    postalAddress: Box 1, 100 00 Teststad
  dpo:
    name: { sv: Dataskyddsombudet, en: The data protection officer }
    email: dso@test.example
  supervisoryAuthority:
    name: { sv: Integritetsskyddsmyndigheten (IMY), en: Swedish Authority for Privacy Protection (IMY) }
    url: https://www.imy.se
  lastUpdated: '2024-05-01'
  relatedLinks:
    - title: { sv: Dataskyddsförordningen, en: General Data Protection Regulation }
      url: https://eur-lex.europa.eu/eli/reg/2016/679/oj
`;

const purposes = `purposes:
  - id: handling
    name: { sv: Handläggning av ärenden, en: Handling of cases }
    description: { sv: Vi handlägger ärenden om ersättning., en: We handle benefit cases. }
    legalBasis: { article6: e, article9: b, national: 110 kap. socialförsäkringsbalken }
    public: true
  - id: testing
    name: { sv: Test av IT-system, en: Testing of IT systems }
    description: { sv: Vi testar våra system., en: We test our systems. }
    legalBasis: { article6: e, national: 114 kap. 7 § socialförsäkringsbalken }
    public: false
`;

const subjects = `subjectCategories:
  - id: insured
    name: { sv: försäkrade, en: insured persons }
  - id: doctor
    name: { sv: hälso- och sjukvårdspersonal, en: healthcare professionals }
`;

const dataCategories = `dataCategories:
  - id: identity
    name: { sv: Identitetsuppgifter, en: Identity data }
    special: false
  - id: case-data
    name: { sv: Ärendeuppgifter, en: Case data }
    special: false
  - id: health
    name: { sv: Hälsouppgifter, en: Health data }
    special: true
`;

const recipients = `recipients:
  - id: tax-agency
    name: { sv: Skatteverket, en: Swedish Tax Agency }
    legalBasis: 110 kap. 31 § socialförsäkringsbalken
    categories: [identity, case-data]
thirdCountryTransfers: { sv: Vi för inte över uppgifter till tredje land., en: We transfer no data to third countries. }
`;

const security = `securityMeasures:
  - { sv: Behörighetsstyrning efter roll, en: Role-based access control }
  - { sv: Kryptering vid överföring, en: Encryption in transit }
automatedDecisions:
  - id: housing-allowance
    name: { sv: Preliminärt bostadsbidrag, en: Preliminary housing allowance }
    logic: { sv: Beräknas efter inkomst., en: Calculated from income. }
    significance: { sv: Avgör beloppet., en: Decides the amount. }
    ruleSetVersion: '2024.1'
`;

const cookies = `consentRevision: 1
cookieCategories:
  - id: necessary
    necessary: true
    name: { sv: Nödvändiga kakor, en: Necessary cookies }
    description: { sv: Kakor som behövs för att webbplatsen ska fungera., en: Cookies the website needs to work. }
  - id: analytics
    name: { sv: Kakor för webbanalys, en: Cookies for web analytics }
    description: { sv: Vi använder också kakor för webbanalys., en: We also use cookies for web analytics. }
cookies:
  - name: insyn_consent
    provider: Testmyndigheten
    category: necessary
    purpose: { sv: Sparar ditt val om kakor., en: Stores your cookie choice. }
    lifetime: P12M
  - name: insyn_session
    provider: Testmyndigheten
    category: necessary
    purpose: { sv: Håller inloggningen., en: Keeps you signed in. }
    lifetime: session
  - name: _pk_id
    provider: Testmyndigheten
    category: analytics
    purpose: { sv: Känner igen en återkommande webbläsare., en: Recognises a returning browser. }
    lifetime: P13M
`;

const accessibility = `accessibility:
  service: { sv: Testmyndighetens e-tjänst, en: The Test Agency's e-service }
  status: partial
  assessed: '2024-05-01'
  lastUpdated: '2024-05-02'
  method: { sv: Självskattning med axe-core., en: Self-assessment with axe-core. }
  nonCompliant:
    - content: { sv: PDF-filer, en: PDF files }
      reason: { sv: Inte kontrollerade med PDF/UA-verktyg., en: Not checked with a PDF/UA checker. }
  disproportionateBurden: []
  outsideScope:
    - content: { sv: Inloggningen, en: The login }
      reason: { sv: Tredje parts tjänst., en: A third party's service. }
`;

const cases = `system:
  id: cases
  name: { sv: Ärendesystemet, en: Case management }
  engine: postgresql
  description: { sv: Ärenden om ersättning., en: Benefit cases. }
  datasets:
    - id: persons
      name: { sv: Personer, en: Persons }
      location: persons
      personalData: true
      purposes: [handling, testing]
      primaryKey: [id]
      identityFields:
        - { field: pnr, subjectCategory: insured, form: pnr12 }
      fields:
        - { name: id, description: { sv: Löpnummer, en: Serial number }, category: case-data }
        - { name: pnr, description: { sv: Personnummer, en: Personal identity number }, category: identity }
      source: { sv: Folkbokföringen, en: The population register }
      retention: { period: P10Y, from: case-closed, disposal: gallras, source: Gallringsbeslut 1 }
      erasure: { rule: retained, ground: legal-obligation, reference: 114 kap. socialförsäkringsbalken }
      secrecy: none
      recipients: [tax-agency]
    - id: decisions
      name: { sv: Beslut, en: Decisions }
      location: decisions
      personalData: true
      purposes: [handling]
      primaryKey: [id]
      references:
        - { field: person_id, to: cases.persons.id }
      fields:
        - { name: id, description: { sv: Löpnummer, en: Serial number }, category: case-data }
        - { name: person_id, description: { sv: Person, en: Person }, category: case-data }
        - { name: amount, description: { sv: Belopp, en: Amount }, category: case-data }
      source: { sv: Handläggaren, en: The case handler }
      retention: { period: P2Y6M, from: payment-made, disposal: arkiveras, source: Arkivlagen (1990:782) }
      erasure: { rule: erasable }
      secrecy: none
    - id: benefit-codes
      name: { sv: Förmånskoder, en: Benefit codes }
      location: benefit_codes
      personalData: false
      purposes: []
      primaryKey: [code]
      fields:
        - { name: code, description: { sv: Kod, en: Code }, category: case-data }
      source: { sv: Myndigheten, en: The agency }
      retention: { period: P100Y, from: superseded, disposal: arkiveras, source: Arkivlagen (1990:782) }
      erasure: { rule: erasable }
      secrecy: none
`;

const certificates = `system:
  id: certificates
  name: { sv: Läkarintyg, en: Medical certificates }
  engine: mariadb
  description: { sv: Inkomna läkarintyg., en: Medical certificates received. }
  datasets:
    - id: certificates
      name: { sv: Läkarintyg, en: Medical certificates }
      location: certificates
      personalData: true
      purposes: [handling]
      primaryKey: [id]
      identityFields:
        - { field: patient, subjectCategory: insured, form: pnr10-dash }
        - { field: doctor, subjectCategory: doctor, form: pnr12-dash }
      fields:
        - { name: id, description: { sv: Intygsnummer, en: Certificate number }, category: case-data }
        - { name: patient, description: { sv: Patientens personnummer, en: Patient's number }, category: identity }
        - { name: doctor, description: { sv: Läkarens personnummer, en: Doctor's number }, category: identity }
        - { name: diagnosis, description: { sv: Diagnos, en: Diagnosis }, category: health, secrecy: third-party }
      source: { sv: Hälso- och sjukvården, en: Healthcare providers }
      retention: { period: P5Y, from: collected, disposal: gallras, source: Gallringsbeslut 2 }
      erasure: { rule: retained, ground: public-task, reference: 110 kap. socialförsäkringsbalken }
      secrecy: third-party
`;

export const validCatalogFiles: CatalogFiles = {
  'controller.yaml': controller,
  'purposes.yaml': purposes,
  'subjects.yaml': subjects,
  'data-categories.yaml': dataCategories,
  'recipients.yaml': recipients,
  'security.yaml': security,
  'cookies.yaml': cookies,
  'accessibility.yaml': accessibility,
  'systems/cases.yaml': cases,
  'systems/certificates.yaml': certificates,
};

/** The valid catalog with some files replaced (a string) or left out (undefined). */
export function catalogWith(changes: CatalogFiles = {}): CatalogFiles {
  return { ...validCatalogFiles, ...changes };
}

/** `file` of validCatalogFiles with `from` replaced by `to`; fails loudly when `from` is not there. */
export function edited(file: string, from: string, to: string): CatalogFiles {
  const text = validCatalogFiles[file];
  if (!text?.includes(from)) throw new TypeError(`${file} does not contain ${JSON.stringify(from)}`);
  return { [file]: text.replace(from, to) };
}

/** Writes the files to `<temp>/catalog/` and returns that folder; removed after the test. */
export function writeCatalog(t: TestContext, files: CatalogFiles = validCatalogFiles): string {
  const root = mkdtempSync(join(tmpdir(), 'insyn-catalog-'));
  t.after(() => rmSync(root, { recursive: true, force: true }));
  const folder = join(root, 'catalog');
  for (const [name, text] of Object.entries(files)) {
    if (text === undefined) continue;
    mkdirSync(dirname(join(folder, name)), { recursive: true });
    writeFileSync(join(folder, name), text);
  }
  mkdirSync(folder, { recursive: true });
  return folder;
}

/** 1-based line and column where `needle` first occurs in `text`. */
export function positionOf(text: string | undefined, needle: string): { line: number; column: number } {
  const index = text?.indexOf(needle) ?? -1;
  if (!text || index < 0) throw new TypeError(`text does not contain ${JSON.stringify(needle)}`);
  const before = text.slice(0, index).split('\n');
  return { line: before.length, column: (before.at(-1)?.length ?? 0) + 1 };
}
