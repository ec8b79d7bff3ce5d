import assert from 'node:assert/strict';
import { spawnSync } from 'node:child_process';
import { join } from 'node:path';
import { fileURLToPath } from 'node:url';
import { test } from 'node:test';
import { catalogWith, edited, writeCatalog } from '../../test/support/catalog-fixture.ts';

const root = fileURLToPath(new URL('../../', import.meta.url));

function insyn(...args: string[]): { code: number | null; stdout: string; stderr: string } {
  const result = spawnSync(join(root, 'node_modules/.bin/node'), ['src/main.ts', ...args], {
    cwd: root, encoding: 'utf8', timeout: 60_000, env: { ...process.env, INSYN_LOG_LEVEL: 'silent' },
  });
  return { code: result.status, stdout: result.stdout, stderr: result.stderr };
}

test('catalog check exits 0 with a summary for a valid catalog', (t) => {
  const result = insyn('catalog', 'check', '--dir', writeCatalog(t));
  assert.equal(result.stdout, 'OK: 2 systems, 4 datasets, 10 fields\n');
  assert.equal(result.code, 0, result.stderr);
});

test('catalog check exits 1 and prints each problem as file:line:column message', (t) => {
  const folder = writeCatalog(t, catalogWith({
    ...edited('systems/cases.yaml', 'purposes: [handling, testing]', 'purposes: [handling, testin]'),
    ...edited('cookies.yaml', 'lifetime: session', 'lifetime: forever'),
  }));
  const result = insyn('catalog', 'check', '--dir', folder);
  assert.equal(result.code, 1);
  assert.equal(result.stdout, [
    'catalog/cookies.yaml:7:15 cookie lifetime "forever" must be "session" or an ISO 8601 duration (e.g. P13M)',
    'catalog/systems/cases.yaml:11:28 unknown purpose `testin`', '',
  ].join('\n'));
  assert.equal(result.stderr, 'insyn catalog check: 2 problems\n');
});

test('catalog check exits 2 on bad usage: an unknown option or a folder that does not exist', () => {
  const unknown = insyn('catalog', 'check', '--directory', 'x');
  assert.equal(unknown.code, 2);
  assert.match(unknown.stderr, /^insyn catalog check: BAD_USAGE: /);
  const missing = insyn('catalog', 'check', '--dir', '/nonexistent/catalog');
  assert.equal(missing.code, 2);
  assert.match(missing.stderr, /--dir \/nonexistent\/catalog: no such folder/);
});

test('catalog ropa prints the record in each format and refuses a bad format with exit 2', (t) => {
  const folder = writeCatalog(t);
  const csv = insyn('catalog', 'ropa', '--format', 'csv', '--dir', folder);
  assert.equal(csv.code, 0, csv.stderr);
  assert.match(csv.stdout, /^Behandling,Ändamål,/);
  const json = insyn('catalog', 'ropa', '--format', 'json', '--lang', 'en', '--dir', folder);
  assert.equal(JSON.parse(json.stdout).controller.name, 'The Test Agency');
  const md = insyn('catalog', 'ropa', '--format', 'md', '--dir', folder);
  assert.match(md.stdout, /^# Registerförteckning: Testmyndigheten\n/);
  for (const args of [['--format', 'xml'], [], ['--format', 'md', '--lang', 'de']]) {
    const bad = insyn('catalog', 'ropa', ...args, '--dir', folder);
    assert.equal(bad.code, 2, args.join(' '));
    assert.match(bad.stderr, /BAD_USAGE/);
    assert.equal(bad.stdout, '');
  }
});

test('catalog ropa on an invalid catalog exits 1 naming the first problem', (t) => {
  const folder = writeCatalog(t, catalogWith(edited('cookies.yaml', 'lifetime: session', 'lifetime: forever')));
  const result = insyn('catalog', 'ropa', '--format', 'md', '--dir', folder);
  assert.equal(result.code, 1);
  assert.match(result.stderr, /CATALOG_INVALID: .* 1 problem, first: catalog\/cookies.yaml:7:15 cookie lifetime/);
});
