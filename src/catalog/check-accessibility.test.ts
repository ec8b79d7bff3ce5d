// The accessibility statement in the catalog: its shape (status, dates, items) and its own rules
// (a partly or not compliant service names what is not accessible; the dates agree).
import assert from 'node:assert/strict';
import { test } from 'node:test';
import { catalogWith, edited, positionOf, writeCatalog, type CatalogFiles } from '../../test/support/catalog-fixture.ts';
import { formatProblem } from './catalog-problem.ts';
import { checkCatalog } from './check-catalog.ts';

const file = 'accessibility.yaml';
const nonCompliantItem = `  nonCompliant:
    - content: { sv: PDF-filer, en: PDF files }
      reason: { sv: Inte kontrollerade med PDF/UA-verktyg., en: Not checked with a PDF/UA checker. }
`;

function check(t: Parameters<typeof writeCatalog>[0], changes: CatalogFiles): string[] {
  return checkCatalog(writeCatalog(t, catalogWith(changes))).problems.map(formatProblem);
}

function at(changes: CatalogFiles, needle: string, message: string): string {
  const { line, column } = positionOf(changes[file], needle);
  return `catalog/${file}:${line}:${column} ${message}`;
}

test('the fixture statement loads with every field the law asks for', (t) => {
  const { catalog, problems } = checkCatalog(writeCatalog(t));
  assert.deepEqual(problems, []);
  assert.equal(catalog?.accessibility.status, 'partial');
  assert.equal(catalog?.accessibility.nonCompliant.length, 1);
  assert.deepEqual(catalog?.accessibility.disproportionateBurden, []);
  assert.equal(catalog?.accessibility.outsideScope[0]?.reason.en, "A third party's service.");
});

for (const status of ['partial', 'none'] as const) {
  test(`status ${status} without a non-compliant item is reported at the empty list`, (t) => {
    const changes = edited(file, `status: partial\n`, `status: ${status}\n`);
    const emptied = { [file]: changes[file]?.replace(nonCompliantItem, '  nonCompliant: []\n') };
    assert.deepEqual(check(t, emptied), [
      at(emptied, '[]', `status \`${status}\` needs at least one \`nonCompliant\` item: the statement must say what is not accessible and why`),
    ]);
  });
}

test('status full with non-compliant content is a contradiction; full with none is fine', (t) => {
  const full = edited(file, 'status: partial', 'status: full');
  assert.deepEqual(check(t, full), [at(full, 'full', 'status `full` cannot list `nonCompliant` content; use `partial`')]);
  assert.deepEqual(check(t, { [file]: full[file]?.replace(nonCompliantItem, '  nonCompliant: []\n') }), []);
});

test('an unknown status, a missing field and an unknown key are schema problems at their lines', (t) => {
  const changes = { [file]: edited(file, 'status: partial', 'status: partly')[file]?.replace("  assessed: '2024-05-01'\n", '  published: yes\n') };
  assert.deepEqual(check(t, changes), [
    at(changes, 'service', 'missing key `assessed` in `accessibility`'),
    at(changes, 'partly', '`status` must be one of full, partial, none; found "partly"'),
    at(changes, 'published', 'unknown key `published` in `accessibility`'),
  ]);
});

test('dates must be real, and the statement cannot be updated before its assessment', (t) => {
  const impossible = edited(file, "assessed: '2024-05-01'", "assessed: '2024-02-30'");
  assert.deepEqual(check(t, impossible), [at(impossible, "'2024-02-30'", '"2024-02-30" is not a calendar date')]);
  const backwards = edited(file, "lastUpdated: '2024-05-02'", "lastUpdated: '2024-04-30'");
  assert.deepEqual(check(t, backwards), [
    at(backwards, "'2024-04-30'", 'the statement cannot be updated (2024-04-30) before the assessment it reports (2024-05-01)'),
  ]);
});

test('the statement is required: a catalog without it does not load', (t) => {
  assert.deepEqual(check(t, { [file]: undefined }), ['catalog:0:0 missing key `accessibility` in any file of the catalog folder']);
});
