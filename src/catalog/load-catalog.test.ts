import assert from 'node:assert/strict';
import { existsSync } from 'node:fs';
import { fileURLToPath } from 'node:url';
import { test } from 'node:test';
import { catalogWith, edited, positionOf, validCatalogFiles, writeCatalog } from '../../test/support/catalog-fixture.ts';
import { isInsynError } from '../domain/error-catalogue.ts';
import { CatalogError, formatProblem, type CatalogProblem } from './catalog-problem.ts';
import { checkCatalog } from './check-catalog.ts';
import { loadCatalog } from './load-catalog.ts';

const demoCatalog = fileURLToPath(new URL('../../catalog/', import.meta.url));

function problemsOf(folder: string): readonly CatalogProblem[] {
  try {
    loadCatalog(folder);
  } catch (error) {
    assert.ok(isInsynError(error, 'CATALOG_INVALID'));
    assert.ok(error instanceof CatalogError);
    return error.problems;
  }
  assert.fail('the catalog loaded, but problems were expected');
}

function at(file: string, text: string | undefined, needle: string, message: RegExp): (problem: CatalogProblem) => boolean {
  const { line, column } = positionOf(text, needle);
  return (problem) => problem.file === `catalog/${file}` && problem.line === line && problem.column === column
    && message.test(problem.message);
}

test('the demo agency catalog loads and passes every check', { skip: !existsSync(demoCatalog) && 'no catalog/ yet' }, () => {
  const { problems } = checkCatalog(demoCatalog);
  assert.deepEqual(problems.map(formatProblem), []);
  const catalog = loadCatalog(demoCatalog);
  assert.ok(catalog.systems.length >= 6);
  assert.ok(new Set(catalog.systems.map((system) => system.engine)).size >= 3);
});

test('a valid catalog loads deeply frozen, with derived ids and defaulted lists', (t) => {
  const catalog = loadCatalog(writeCatalog(t));
  assert.equal(catalog.controller.organisationNumber, '202100-0000');
  assert.deepEqual(catalog.systems.map((system) => system.id), ['cases', 'certificates']);
  const decisions = catalog.systems[0]?.datasets[1];
  assert.equal(decisions?.qualifiedId, 'cases.decisions');
  assert.equal(decisions?.system, 'cases');
  assert.deepEqual(decisions?.identityFields, []);
  assert.deepEqual(decisions?.recipients, []);
  assert.deepEqual(decisions?.erasure, { rule: 'erasable' });
  assert.ok(Object.isFrozen(catalog));
  assert.ok(Object.isFrozen(catalog.systems[1]?.datasets[0]?.identityFields[1]));
  assert.throws(() => (catalog.purposes as unknown as unknown[]).push({}), TypeError);
});

test('a YAML syntax error is reported with its file and line', (t) => {
  const changed = edited('subjects.yaml', '    name: { sv: försäkrade', '    name: bad: { sv: försäkrade');
  const problems = problemsOf(writeCatalog(t, catalogWith(changed)));
  const { line } = positionOf(changed['subjects.yaml'], 'bad:');
  assert.ok(problems.length > 0);
  assert.ok(problems.every((problem) => problem.file === 'catalog/subjects.yaml' && problem.line === line), problems.map(formatProblem).join('\n'));
  assert.match(problems[0]?.message ?? '', /^YAML syntax: /);
});

test('schema errors name the line and column of the offending node', (t) => {
  const purposes = edited('purposes.yaml', 'public: true', 'public: yes please');
  const categories = edited('data-categories.yaml', '    special: true\n', '');
  const controller = edited('controller.yaml', '  lastUpdated', '  colour: blue\n  lastUpdated');
  const problems = problemsOf(writeCatalog(t, catalogWith({ ...purposes, ...categories, ...controller })));
  assert.equal(problems.length, 3, problems.map(formatProblem).join('\n'));
  assert.ok(problems.some(at('purposes.yaml', purposes['purposes.yaml'], 'yes please', /`public` must be true or false/)));
  assert.ok(problems.some(at('data-categories.yaml', categories['data-categories.yaml'], 'id: health',
    /missing key `special` in item 3 of `dataCategories`/)));
  assert.ok(problems.some(at('controller.yaml', controller['controller.yaml'], 'colour', /unknown key `colour`/)));
});

test('a value outside its list of allowed values names the allowed ones', (t) => {
  const changed = edited('systems/cases.yaml', 'engine: postgresql', 'engine: oracle');
  const problems = problemsOf(writeCatalog(t, catalogWith(changed)));
  assert.deepEqual(problems.map(formatProblem), [
    `catalog/systems/cases.yaml:${positionOf(changed['systems/cases.yaml'], 'oracle').line}:11 `
      + '`engine` must be one of postgresql, mariadb, http; found "oracle"',
  ]);
});

test('an unquoted comma inside { } gets a hint', (t) => {
  const changed = edited('subjects.yaml', '{ sv: försäkrade, en: insured persons }', '{ sv: försäkrade, en: insured, persons }');
  const [problem] = problemsOf(writeCatalog(t, catalogWith(changed)));
  assert.match(problem?.message ?? '', /unknown key `persons`.*put text holding commas in quotes/);
});

test('a top-level key defined in two files is one problem naming both places', (t) => {
  const changed = edited('security.yaml', 'automatedDecisions:', 'thirdCountryTransfers: { sv: Inga., en: None. }\nautomatedDecisions:');
  const problems = problemsOf(writeCatalog(t, catalogWith(changed)));
  assert.equal(problems.length, 1);
  const recipientsAt = positionOf(validCatalogFiles['recipients.yaml'], 'thirdCountryTransfers');
  assert.equal(problems[0]?.file, 'catalog/security.yaml');
  assert.match(problems[0]?.message ?? '',
    new RegExp(`\`thirdCountryTransfers\` is defined twice: here and at catalog/recipients.yaml:${recipientsAt.line}:1`));
});

test('unknown top-level keys and keys missing from every file are problems', (t) => {
  const changed = edited('cookies.yaml', 'consentRevision: 1', 'consentRevison: 1');
  const problems = problemsOf(writeCatalog(t, catalogWith({ ...changed, 'controller.yaml': undefined })));
  assert.deepEqual(problems.map(formatProblem), [
    'catalog:0:0 missing key `consentRevision` in any file of the catalog folder',
    'catalog:0:0 missing key `controller` in any file of the catalog folder',
    'catalog/cookies.yaml:1:1 unknown top-level key `consentRevison`; expected one of `controller`, `purposes`, '
      + '`subjectCategories`, `dataCategories`, `recipients`, `thirdCountryTransfers`, `securityMeasures`, '
      + '`automatedDecisions`, `cookieCategories`, `cookies`, `consentRevision`, `accessibility`, `system`',
  ]);
});

test('every problem is reported at once, across files, in file and line order', (t) => {
  const problems = problemsOf(writeCatalog(t, catalogWith({
    ...edited('subjects.yaml', '    name: { sv: försäkrade', '    name: bad: { sv: försäkrade'),
    ...edited('purposes.yaml', 'article6: e, article9: b', 'article6: x, article9: b'),
    ...edited('systems/cases.yaml', 'period: P10Y', 'period: 10'),
    ...edited('systems/certificates.yaml', 'form: pnr10-dash', 'form: ssn'),
  })));
  const files = problems.map((problem) => problem.file);
  assert.deepEqual([...new Set(files)], [
    'catalog/purposes.yaml', 'catalog/subjects.yaml', 'catalog/systems/cases.yaml', 'catalog/systems/certificates.yaml',
  ]);
  assert.deepEqual(files, [...files].sort());
});

test('a missing folder is a problem, not a crash', () => {
  assert.deepEqual(checkCatalog('/nonexistent/catalog').problems.map(formatProblem), [
    '/nonexistent/catalog:0:0 the catalog folder does not exist',
  ]);
});
