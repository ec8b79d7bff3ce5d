import assert from 'node:assert/strict';
import { test } from 'node:test';
import { catalogWith, edited, positionOf, writeCatalog, type CatalogFiles } from '../../test/support/catalog-fixture.ts';
import { formatProblem } from './catalog-problem.ts';
import { checkCatalog } from './check-catalog.ts';

function check(t: Parameters<typeof writeCatalog>[0], changes: CatalogFiles): string[] {
  return checkCatalog(writeCatalog(t, catalogWith(changes))).problems.map(formatProblem);
}

/** `catalog/<file>:line:column message` with the position of `needle` in the changed file. */
function expected(changes: CatalogFiles, file: string, needle: string, message: string): string {
  const { line, column } = positionOf(changes[file], needle);
  return `catalog/${file}:${line}:${column} ${message}`;
}

const cases = 'systems/cases.yaml';
const certificates = 'systems/certificates.yaml';

test('a reference to an unknown purpose is reported at the reference', (t) => {
  const changes = edited(cases, 'purposes: [handling]\n      primaryKey: [id]\n      references',
    'purposes: [handlin]\n      primaryKey: [id]\n      references');
  assert.deepEqual(check(t, changes), [expected(changes, cases, 'handlin]', 'unknown purpose `handlin`')]);
});

test('unknown categories, recipients, fields and reference targets are each reported', (t) => {
  const changes = {
    ...edited(certificates, 'category: health, secrecy', 'category: helth, secrecy'),
    ...edited(cases, 'recipients: [tax-agency]', 'recipients: [tax-agency, police]'),
  };
  const withMore = {
    ...changes,
    [cases]: changes[cases]?.replace('{ field: person_id, to: cases.persons.id }', '{ field: personid, to: cases.people.id }')
      .replace('primaryKey: [code]', 'primaryKey: [kod]'),
  };
  assert.deepEqual(check(t, withMore), [
    expected(withMore, cases, 'police]', 'unknown recipient `police`'),
    expected(withMore, cases, 'decisions\n', 'cases.decisions holds personal data but no identity field reaches it: '
      + 'give it an identity field, or a reference to (or from) a personal-data dataset that is reached'),
    expected(withMore, cases, 'personid', 'unknown field `personid`: cases.decisions has no such field'),
    expected(withMore, cases, 'cases.people.id', 'reference to cases.people.id: unknown dataset `cases.people`'),
    expected(withMore, cases, 'kod]', 'unknown field `kod`: cases.benefit-codes has no such field'),
    expected(withMore, certificates, 'helth', 'unknown data category `helth`'),
  ]);
});

test('a personal-data dataset that no identity field reaches is reported; a reference makes it reachable', (t) => {
  const unreachable = edited(cases, '        - { field: person_id, to: cases.persons.id }',
    '        - { field: person_id, to: cases.benefit-codes.code }');
  assert.deepEqual(check(t, unreachable), [
    expected(unreachable, cases, 'decisions', 'cases.decisions holds personal data but no identity field reaches it: '
      + 'give it an identity field, or a reference to (or from) a personal-data dataset that is reached'),
  ]);
  // The same dataset reached the other way: persons references decisions.
  const reverse = {
    [cases]: unreachable[cases]?.replace('      fields:\n        - { name: id, description: { sv: Löpnummer, en: Serial number }, category: case-data }\n        - { name: pnr',
      '      references:\n        - { field: id, to: cases.decisions.person_id }\n      fields:\n'
      + '        - { name: id, description: { sv: Löpnummer, en: Serial number }, category: case-data }\n        - { name: pnr'),
  };
  assert.notEqual(reverse[cases], unreachable[cases]);
  assert.deepEqual(check(t, reverse), []);
});

test('reachability carries across several personal-data datasets but not through a code list', (t) => {
  const chain = edited(cases, '    - id: benefit-codes', `    - id: appeals
      name: { sv: Överklaganden, en: Appeals }
      location: appeals
      personalData: true
      purposes: [handling]
      primaryKey: [id]
      references:
        - { field: decision_id, to: cases.decisions.id }
      fields:
        - { name: id, description: { sv: Nummer, en: Number }, category: case-data }
        - { name: decision_id, description: { sv: Beslut, en: Decision }, category: case-data }
      source: { sv: Den enskilde, en: The person }
      retention: { period: P10Y, from: case-closed, disposal: gallras, source: Gallringsbeslut 1 }
      erasure: { rule: erasable }
      secrecy: none
    - id: benefit-codes`);
  assert.deepEqual(check(t, chain), []);
  const throughCodes = { [cases]: chain[cases]?.replace('to: cases.decisions.id', 'to: cases.benefit-codes.code')
    .replace('personalData: false\n      purposes: []\n      primaryKey: [code]',
      'personalData: false\n      purposes: []\n      primaryKey: [code]\n      references:\n        - { field: code, to: cases.decisions.amount }') };
  assert.deepEqual(check(t, throughCodes).map((line) => line.replace(/^\S+ /, '')), [
    'cases.appeals holds personal data but no identity field reaches it: '
      + 'give it an identity field, or a reference to (or from) a personal-data dataset that is reached',
  ]);
});

test('a special-category dataset may only list purposes with an Art. 9 basis', (t) => {
  const changes = edited(certificates, 'purposes: [handling]', 'purposes: [handling, testing]');
  assert.deepEqual(check(t, changes), [expected(changes, certificates, 'testing]',
    'certificates.certificates holds special-category data (health), but purpose `testing` has no Art. 9 basis (legalBasis.article9)')]);
});

test('duplicate ids are reported at the repeat, naming the first', (t) => {
  const testing = `  - id: testing
    name: { sv: Test av IT-system, en: Testing of IT systems }
    description: { sv: Vi testar våra system., en: We test our systems. }
    legalBasis: { article6: e, national: 114 kap. 7 § socialförsäkringsbalken }
    public: false
`;
  const changes = {
    ...edited('purposes.yaml', testing, `${testing}${testing.replace('- id: testing', '- id: testing  # again')}`),
    ...edited(cases, '- id: benefit-codes', '- id: persons  # again'),
  };
  changes[cases] = changes[cases]?.replace('        - { name: amount,', '        - { name: amount, description: { sv: B, en: A }, category: case-data }\n        - { name: amount,');
  const at = (file: string, needle: string) => {
    const { line, column } = positionOf(changes[file], needle);
    return `catalog/${file}:${line}:${column}`;
  };
  assert.deepEqual(check(t, changes), [
    `${at('purposes.yaml', 'testing  # again')} purpose \`testing\` is defined twice (also at ${at('purposes.yaml', 'testing')})`,
    `${at(cases, 'amount, description: { sv: Belopp')} field \`cases.decisions.amount\` is defined twice `
      + `(also at ${at(cases, 'amount')})`,
    `${at(cases, 'persons  # again')} dataset \`cases.persons\` is defined twice (also at ${at(cases, 'persons')})`,
  ]);
});

test('retention periods, erasure rules and cookie lifetimes are checked', (t) => {
  const changes = {
    ...edited(cases, 'period: P2Y6M', 'period: 30 months'),
    ...edited(certificates, 'erasure: { rule: retained, ground: public-task, reference: 110 kap. socialförsäkringsbalken }',
      'erasure: { rule: retained, ground: public-task }'),
    ...edited('cookies.yaml', 'lifetime: session', 'lifetime: forever'),
  };
  assert.deepEqual(check(t, changes), [
    expected(changes, 'cookies.yaml', 'forever', 'cookie lifetime "forever" must be "session" or an ISO 8601 duration (e.g. P13M)'),
    expected(changes, cases, '30 months', 'retention period "30 months" is not an ISO 8601 duration (e.g. P10Y, P6M, P90D)'),
    expected(changes, certificates, '{ rule: retained',
      'erasure rule "retained" needs a `reference` (Art. 17(3) ground and the rule behind it)'),
  ]);
});

test('an erasable rule with a ground, and identity fields on a dataset without personal data, are reported', (t) => {
  const changes = edited(cases, 'erasure: { rule: erasable }\n      secrecy: none\n    - id: benefit',
    'erasure: { rule: erasable, ground: archiving }\n      secrecy: none\n    - id: benefit');
  const withIdentity = { [cases]: changes[cases]?.replace('personalData: true\n      purposes: [handling]\n      primaryKey: [id]\n      references',
    'personalData: false\n      purposes: [handling]\n      primaryKey: [id]\n      identityFields: [{ field: person_id, subjectCategory: insured, form: pnr12 }]\n      references') };
  assert.deepEqual(check(t, withIdentity), [
    expected(withIdentity, cases, 'false\n      purposes: [handling]',
      'cases.decisions has identity fields, so it holds personal data: set personalData to true'),
    expected(withIdentity, cases, 'ground: archiving', '`ground` applies only to erasure rule "retained"'),
  ]);
});

test('a field that names the record or a person (key, identity, reference) cannot be changeable', (t) => {
  const changes = {
    ...edited(cases, "{ name: pnr, description: { sv: Personnummer, en: Personal identity number }, category: identity }",
      "{ name: pnr, description: { sv: Personnummer, en: Personal identity number }, category: identity, changeable: true }"),
  };
  const withReference = { [cases]: changes[cases]?.replace('{ name: person_id, description: { sv: Person, en: Person }, category: case-data }',
    '{ name: person_id, description: { sv: Person, en: Person }, category: case-data, changeable: true }')
    .replace('{ name: amount, description: { sv: Belopp, en: Amount }, category: case-data }', '{ name: amount, description: { sv: Belopp, en: Amount }, category: case-data, changeable: true }') };
  assert.deepEqual(check(t, withReference), [
    expected(withReference, cases, 'true }\n      source: { sv: Folkbokföringen',
      'cases.persons.pnr names the record or a person (primaryKey, identity or reference field) and cannot be changeable'),
    expected(withReference, cases, 'true }\n        - { name: amount',
      'cases.decisions.person_id names the record or a person (primaryKey, identity or reference field) and cannot be changeable'),
  ]);
});
