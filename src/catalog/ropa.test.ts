import assert from 'node:assert/strict';
import { test } from 'node:test';
import { catalogWith, edited, writeCatalog } from '../../test/support/catalog-fixture.ts';
import { loadCatalog } from './load-catalog.ts';
import { renderRopa } from './ropa.ts';
import { durationWords } from './ropa-words.ts';

/** RFC 4180 parsing, enough to read back what renderRopa wrote. */
function parseCsv(text: string): string[][] {
  const rows: string[][] = [];
  let row: string[] = [];
  let field = '';
  let quoted = false;
  for (let index = 0; index < text.length; index += 1) {
    const character = text[index];
    if (quoted) {
      if (character === '"' && text[index + 1] === '"') { field += '"'; index += 1; }
      else if (character === '"') quoted = false;
      else field += character;
    } else if (character === '"') quoted = true;
    else if (character === ',') { row.push(field); field = ''; }
    else if (character === '\r' && text[index + 1] === '\n') { row.push(field); rows.push(row); row = []; field = ''; index += 1; }
    else field += character;
  }
  return rows;
}

const tricky = edited('systems/cases.yaml', 'source: { sv: Handläggaren, en: The case handler }',
  'source: { sv: "Handläggaren, \\"HL\\"\\noch beslutsfattaren", en: The case handler }');

test('the CSV record has one quoted row per dataset and purpose with every Art. 30(1) element', (t) => {
  const catalog = loadCatalog(writeCatalog(t, catalogWith(tricky)));
  const text = renderRopa(catalog, 'csv');
  assert.ok(text.endsWith('\r\n'));
  const [header = [], ...rows] = parseCsv(text);
  assert.deepEqual(header, ['Behandling', 'Ändamål', 'Beskrivning av ändamålet', 'Rättslig grund', 'System', 'Datamängd',
    'Kategorier av registrerade', 'Kategorier av personuppgifter', 'Känsliga personuppgifter (art. 9–10)', 'Mottagare',
    'Överföring till tredje land', 'Tidsfrist för radering (gallring)', 'Radering på begäran', 'Källa', 'Säkerhetsåtgärder',
    'Personuppgiftsansvarig', 'Dataskyddsombud', 'Senast uppdaterad']);
  // persons × 2 purposes, decisions × 1, certificates × 1; the code list holds no personal data.
  assert.deepEqual(rows.map((row) => row[0]),
    ['cases.persons/handling', 'cases.decisions/handling', 'certificates.certificates/handling', 'cases.persons/testing']);
  assert.ok(rows.every((row) => row.length === header.length));
  const cell = (id: string, column: string) => rows.find((row) => row[0] === id)?.[header.indexOf(column)];
  const certificate = 'certificates.certificates/handling';
  assert.equal(cell(certificate, 'Ändamål'), 'Handläggning av ärenden');
  assert.equal(cell(certificate, 'Rättslig grund'), 'art. 6.1 e dataskyddsförordningen (uppgift av allmänt intresse eller '
    + 'myndighetsutövning); art. 9.2 b dataskyddsförordningen (arbetsrätt, social trygghet och socialt skydd); 110 kap. socialförsäkringsbalken');
  assert.equal(cell(certificate, 'Kategorier av registrerade'), 'försäkrade; hälso- och sjukvårdspersonal');
  assert.equal(cell(certificate, 'Kategorier av personuppgifter'), 'Identitetsuppgifter; Ärendeuppgifter; Hälsouppgifter');
  assert.equal(cell(certificate, 'Känsliga personuppgifter (art. 9–10)'), 'Hälsouppgifter');
  assert.equal(cell(certificate, 'Mottagare'), 'Inga');
  assert.equal(cell('cases.persons/testing', 'Mottagare'), 'Skatteverket (110 kap. 31 § socialförsäkringsbalken)');
  assert.equal(cell('cases.decisions/handling', 'Kategorier av registrerade'), 'försäkrade');
  assert.equal(cell(certificate, 'Överföring till tredje land'), 'Vi för inte över uppgifter till tredje land.');
  assert.equal(cell(certificate, 'Tidsfrist för radering (gallring)'),
    '5 år från att uppgiften samlades in, gallras sedan (Gallringsbeslut 2)');
  assert.equal(cell('cases.decisions/handling', 'Tidsfrist för radering (gallring)'),
    '2 år och 6 månader från utbetalningen, arkiveras sedan (Arkivlagen (1990:782))');
  assert.equal(cell('cases.decisions/handling', 'Källa'), 'Handläggaren, "HL"\noch beslutsfattaren');
  assert.equal(cell(certificate, 'Säkerhetsåtgärder'), 'Behörighetsstyrning efter roll; Kryptering vid överföring');
  assert.equal(cell(certificate, 'Personuppgiftsansvarig'),
    'Testmyndigheten (202100-0000), Testmyndigheten, Box 1, 100 00 Teststad, registrator@test.example');
  assert.equal(cell(certificate, 'Dataskyddsombud'), 'Dataskyddsombudet, dso@test.example');
});

test('the JSON record is structured and in the chosen language', (t) => {
  const record = JSON.parse(renderRopa(loadCatalog(writeCatalog(t)), 'json', 'en'));
  assert.equal(record.language, 'en');
  assert.deepEqual(record.controller, {
    name: 'The Test Agency', organisationNumber: '202100-0000',
    contact: 'The Test Agency, Box 1, 100 00 Teststad, registrator@test.example',
  });
  assert.equal(record.dpo, 'The data protection officer, dso@test.example');
  assert.equal(record.thirdCountryTransfers, 'We transfer no data to third countries.');
  assert.deepEqual(record.securityMeasures, ['Role-based access control', 'Encryption in transit']);
  const certificate = record.activities.find((activity: { id: string }) => activity.id === 'certificates.certificates/handling');
  assert.deepEqual(certificate.legalBasis, {
    article6: 'e', article9: 'b', national: '110 kap. socialförsäkringsbalken',
    text: 'Art. 6(1)(e) GDPR (task in the public interest or official authority); '
      + 'Art. 9(2)(b) GDPR (employment, social security and social protection law); 110 kap. socialförsäkringsbalken',
  });
  assert.deepEqual(certificate.subjectCategories, ['insured persons', 'healthcare professionals']);
  assert.deepEqual(certificate.dataCategories.filter((category: { special: boolean }) => category.special),
    [{ id: 'health', name: 'Health data', special: true }]);
  assert.equal(certificate.retention.period, 'P5Y');
  assert.equal(certificate.retention.text, '5 years from collection, then disposed of (deleted) (Gallringsbeslut 2)');
  assert.equal(certificate.erasure, 'Not erased on request: task in the public interest, Art. 17(3)(b) (110 kap. socialförsäkringsbalken)');
  const persons = record.activities.find((activity: { id: string }) => activity.id === 'cases.persons/handling');
  assert.deepEqual(persons.recipients, [{ name: 'Swedish Tax Agency', legalBasis: '110 kap. 31 § socialförsäkringsbalken' }]);
});

test('the Markdown record is a Swedish document by default, grouped by purpose', (t) => {
  const text = renderRopa(loadCatalog(writeCatalog(t)), 'md');
  for (const expected of [
    '# Registerförteckning: Testmyndigheten',
    'Förteckning enligt artikel 30.1 i dataskyddsförordningen. Senast uppdaterad: 2024-05-01.',
    '## Personuppgiftsansvarig\n\n- Testmyndigheten\n- Organisationsnummer: 202100-0000\n'
      + '- Kontakt: Testmyndigheten, Box 1, 100 00 Teststad, registrator@test.example',
    '## Dataskyddsombud\n\nDataskyddsombudet, dso@test.example',
    '## Tillsynsmyndighet\n\nIntegritetsskyddsmyndigheten (IMY), https://www.imy.se',
    '## Överföring till tredje land\n\nVi för inte över uppgifter till tredje land.',
    '## Säkerhetsåtgärder (allmän beskrivning)\n\n- Behörighetsstyrning efter roll\n- Kryptering vid överföring',
    '### Handläggning av ärenden\n\nVi handlägger ärenden om ersättning.\n\nRättslig grund: art. 6.1 e dataskyddsförordningen',
    '### Test av IT-system',
    '#### Läkarintyg: Läkarintyg (`certificates.certificates`)',
    '- Kategorier av registrerade: försäkrade, hälso- och sjukvårdspersonal',
    '- Kategorier av personuppgifter: Identitetsuppgifter, Ärendeuppgifter, Hälsouppgifter (känslig personuppgift)',
    '- Mottagare: Skatteverket (110 kap. 31 § socialförsäkringsbalken)',
    '- Tidsfrist för radering (gallring): 10 år från att ärendet avslutades, gallras sedan (Gallringsbeslut 1)',
    '- Radering på begäran: Raderas på begäran (art. 17)',
    '- **Preliminärt bostadsbidrag** (regelverksversion 2024.1): Beräknas efter inkomst.',
  ]) assert.ok(text.includes(expected), `missing: ${expected}`);
  assert.ok(!text.includes('Förmånskoder'), 'a dataset without personal data is no processing activity');
  assert.ok(renderRopa(loadCatalog(writeCatalog(t)), 'md', 'en').includes('- Categories of data subjects: insured persons'));
});

test('durations read as words in both languages', () => {
  assert.equal(durationWords('P1Y', 'sv'), '1 år');
  assert.equal(durationWords('P1Y2M3D', 'sv'), '1 år, 2 månader och 3 dagar');
  assert.equal(durationWords('P1M1D', 'en'), '1 month and 1 day');
  assert.equal(durationWords('P13M', 'en'), '13 months');
  assert.equal(durationWords('P0D', 'sv'), '0 dagar');
});
