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

test('cookie categories: one necessary, every cookie in a known one, optional ones with cookies, the consent cookie necessary', (t) => {
  const changes = {
    ...edited('cookies.yaml', 'category: analytics', 'category: analytic'),
  };
  assert.deepEqual(check(t, changes), [
    expected(changes, 'cookies.yaml', 'analytics\n', 'cookie category `analytics` has no cookies to ask about'),
    expected(changes, 'cookies.yaml', 'analytic\n', 'unknown cookie category `analytic`'),
  ]);
  const moved = edited('cookies.yaml', '- name: insyn_consent\n    provider: Testmyndigheten\n    category: necessary',
    '- name: insyn_consent\n    provider: Testmyndigheten\n    category: analytics');
  const twoNecessary = edited('cookies.yaml', '  - id: analytics\n', '  - id: analytics\n    necessary: true\n');
  assert.deepEqual(check(t, { ...moved }), [
    expected(moved, 'cookies.yaml', 'analytics\n    purpose: { sv: Sparar', 'the consent cookie `insyn_consent` belongs in the necessary category'),
  ]);
  assert.deepEqual(check(t, twoNecessary), [
    expected(twoNecessary, 'cookies.yaml', '- id: necessary', 'exactly one cookie category must have `necessary: true` (found 2)'),
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

const personsFields = "        - { name: pnr, description: { sv: Personnummer, en: Personal identity number }, category: identity }\n      source: { sv: Folkbokföringen";
const personsErasure = 'erasure: { rule: retained, ground: legal-obligation, reference: 114 kap. socialförsäkringsbalken }\n      secrecy: none\n      recipients';

/** cases.persons with a restriction mark (field `flag`, a `note` field beside it) and the given erasure rule. */
function persons(restriction: string, erasure = 'erasure: { rule: erasable }'): CatalogFiles {
  const changes = edited(cases, personsFields, "        - { name: pnr, description: { sv: Personnummer, en: Personal identity number }, category: identity }\n"
    + '        - { name: flag, description: { sv: Spärrad, en: Restricted }, category: case-data }\n'
    + '        - { name: note, description: { sv: Anteckning, en: Note }, category: case-data, changeable: true }\n      source: { sv: Folkbokföringen');
  return { [cases]: changes[cases]?.replace(personsErasure, `${erasure}\n${restriction}      secrecy: none\n      recipients`) };
}

test('a restriction mark names a field of the dataset that names no one and no correction can change', (t) => {
  assert.deepEqual(check(t, persons("      restriction: { field: flag, value: 'J', clearedValue: 'N' }\n")), []);
  assert.deepEqual(check(t, persons("      restriction: { field: flag, value: '1' }\n")), [], 'clearedValue is optional (null)');
  const unknown = persons("      restriction: { field: flagg, value: 'J' }\n");
  assert.deepEqual(check(t, unknown), [expected(unknown, cases, 'flagg', 'unknown field `flagg`: cases.persons has no such field')]);
  for (const [field, reason] of [['pnr', 'names the record or a person (primaryKey, identity or reference field) and cannot mark a restriction'],
    ['id', 'names the record or a person (primaryKey, identity or reference field) and cannot mark a restriction'],
    ['note', 'is changeable: a correction could lift the restriction; the restriction field cannot be changeable']]) {
    const changes = persons(`      restriction: { field: ${field}, value: 'J' }\n`);
    assert.deepEqual(check(t, changes), [expected(changes, cases, `${field}, value: 'J'`, `cases.persons.${field} ${reason}`)]);
  }
  const same = persons("      restriction: { field: flag, value: 'J', clearedValue: 'J' }\n");
  assert.deepEqual(check(t, same), [expected(same, cases, "'J' }", '`clearedValue` must differ from `value` (the value that marks a record restricted)')]);
  const codes = edited(cases, 'P100Y, from: superseded, disposal: arkiveras, source: Arkivlagen (1990:782) }\n      erasure: { rule: erasable }\n',
    "P100Y, from: superseded, disposal: arkiveras, source: Arkivlagen (1990:782) }\n      erasure: { rule: erasable }\n      restriction: { field: code, value: 'J' }\n");
  assert.deepEqual(check(t, codes), [
    expected(codes, cases, "restriction: { field: code", 'cases.benefit-codes holds no personal data: there is nothing to restrict'),
    expected(codes, cases, "code, value: 'J'", 'cases.benefit-codes.code names the record or a person (primaryKey, identity or reference field) and cannot mark a restriction'),
  ]);
});

test('an anonymising erasure clears fields of the dataset, never a key part, always the identity field that names whom it is about', (t) => {
  const valid = persons('', "erasure: { rule: erasable, method: anonymise, fields: [pnr, note], values: { pnr: '000000000000' } }");
  assert.deepEqual(check(t, valid), []);
  const catalog = checkCatalog(writeCatalog(t, catalogWith(valid))).catalog;
  assert.deepEqual(catalog?.systems[0]?.datasets[0]?.erasure, { rule: 'erasable', method: 'anonymise', fields: ['pnr', 'note'], values: { pnr: '000000000000' } });
  const bad = persons("      restriction: { field: flag, value: 'J' }\n",
    "erasure: { rule: erasable, method: anonymise, fields: [id, notes, flag], values: { note: '-' } }");
  assert.deepEqual(check(t, bad), [
    expected(bad, cases, '[id, notes', 'anonymising must clear `pnr`, the identity field that names whom a record is about: a record that still names the person is not anonymous'),
    expected(bad, cases, 'id, notes', 'cases.persons.id is part of the primaryKey that names the record: it cannot be anonymised'),
    expected(bad, cases, 'notes, flag', 'unknown field `notes`: cases.persons has no such field'),
    expected(bad, cases, 'flag]', 'cases.persons.flag is the restriction field, not personal data to anonymise'),
    expected(bad, cases, "note: '-'", '`note` is not among the anonymised `fields`'),
  ]);
});

test('the erasure method and its fields belong only where they apply', (t) => {
  const noFields = persons('', 'erasure: { rule: erasable, method: anonymise }');
  assert.deepEqual(check(t, noFields), [expected(noFields, cases, '{ rule: erasable, method', 'erasure method "anonymise" needs `fields` (the fields cleared)')]);
  const deleting = persons('', 'erasure: { rule: erasable, method: delete, fields: [pnr] }');
  assert.deepEqual(check(t, deleting), [expected(deleting, cases, 'fields: [pnr]', '`fields` applies only to erasure method "anonymise"')]);
  const retained = edited(certificates, 'reference: 110 kap. socialförsäkringsbalken }', 'reference: 110 kap. socialförsäkringsbalken, method: anonymise, fields: [patient] }');
  assert.deepEqual(check(t, retained), [
    expected(retained, certificates, 'method: anonymise', '`method` applies only to erasure rule "erasable" (a retained record is not erased)'),
    expected(retained, certificates, 'fields: [patient]', '`fields` applies only to erasure rule "erasable" (a retained record is not erased)'),
  ]);
  const noOwner = edited(cases, "erasure: { rule: erasable }\n      secrecy: none\n    - id: benefit", 'erasure: { rule: erasable, method: anonymise, fields: [amount] }\n      secrecy: none\n    - id: benefit');
  assert.deepEqual(check(t, noOwner), [expected(noOwner, cases, 'anonymise, fields: [amount]',
    'cases.decisions has no identity field that names whom a record is about: there is no one to anonymise it for')]);
});
