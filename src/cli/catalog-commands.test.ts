import assert from 'node:assert/strict';
import { test } from 'node:test';
import { catalogWith, edited, writeCatalog } from '../../test/support/catalog-fixture.ts';
import { runInsyn } from '../../test/support/run-insyn.ts';

const insyn = (...args: string[]) => runInsyn(args);

test('catalog check exits 0 with a summary for a valid catalog', async (t) => {
  const result = await insyn('catalog', 'check', '--dir', writeCatalog(t));
  assert.equal(result.stdout, 'OK: 2 systems, 4 datasets, 10 fields\n');
  assert.equal(result.code, 0, result.stderr);
});

test('catalog check exits 1 and prints each problem as file:line:column message', async (t) => {
  const folder = writeCatalog(t, catalogWith({
    ...edited('systems/cases.yaml', 'purposes: [handling, testing]', 'purposes: [handling, testin]'),
    ...edited('cookies.yaml', 'lifetime: session', 'lifetime: forever'),
  }));
  const result = await insyn('catalog', 'check', '--dir', folder);
  assert.equal(result.code, 1);
  assert.equal(result.stdout, [
    'catalog/cookies.yaml:20:15 cookie lifetime "forever" must be "session" or an ISO 8601 duration (e.g. P13M)',
    'catalog/systems/cases.yaml:11:28 unknown purpose `testin`', '',
  ].join('\n'));
  assert.equal(result.stderr, 'insyn catalog check: 2 problems\n');
});

test('catalog check exits 2 on bad usage: an unknown option or a folder that does not exist', async () => {
  const unknown = await insyn('catalog', 'check', '--directory', 'x');
  assert.equal(unknown.code, 2);
  assert.match(unknown.stderr, /^insyn catalog check: BAD_USAGE: /);
  const missing = await insyn('catalog', 'check', '--dir', '/nonexistent/catalog');
  assert.equal(missing.code, 2);
  assert.match(missing.stderr, /--dir \/nonexistent\/catalog: no such folder/);
});

test('catalog ropa prints the record in each format and refuses a bad format with exit 2', async (t) => {
  const folder = writeCatalog(t);
  const csv = await insyn('catalog', 'ropa', '--format', 'csv', '--dir', folder);
  assert.equal(csv.code, 0, csv.stderr);
  assert.match(csv.stdout, /^Behandling,Ändamål,/);
  const json = await insyn('catalog', 'ropa', '--format', 'json', '--lang', 'en', '--dir', folder);
  assert.equal(JSON.parse(json.stdout).controller.name, 'The Test Agency');
  const md = await insyn('catalog', 'ropa', '--format', 'md', '--dir', folder);
  assert.match(md.stdout, /^# Registerförteckning: Testmyndigheten\n/);
  for (const args of [['--format', 'xml'], [], ['--format', 'md', '--lang', 'de']]) {
    const bad = await insyn('catalog', 'ropa', ...args, '--dir', folder);
    assert.equal(bad.code, 2, args.join(' '));
    assert.match(bad.stderr, /BAD_USAGE/);
    assert.equal(bad.stdout, '');
  }
});

test('catalog ropa on an invalid catalog exits 1 naming the first problem', async (t) => {
  const folder = writeCatalog(t, catalogWith(edited('cookies.yaml', 'lifetime: session', 'lifetime: forever')));
  const result = await insyn('catalog', 'ropa', '--format', 'md', '--dir', folder);
  assert.equal(result.code, 1);
  assert.match(result.stderr, /CATALOG_INVALID: .* 1 problem, first: catalog\/cookies.yaml:20:15 cookie lifetime/);
});
