import assert from 'node:assert/strict';
import { mkdtempSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { after, test } from 'node:test';
import { runInsyn } from '../support/run-insyn.ts';

const dataDir = mkdtempSync(join(tmpdir(), 'insyn-cli-'));
after(() => rmSync(dataDir, { recursive: true, force: true }));
const env = { INSYN_DATA_DIR: dataDir, DATABASE_URL: undefined };

test('--help lists every command and exits 0; no command is bad usage (2)', async () => {
  const help = await runInsyn(['--help'], env);
  assert.equal(help.code, 0);
  for (const name of ['serve', 'migrate', 'catalog check', 'catalog ropa', 'demo seed', 'audit verify']) {
    assert.match(help.stdout, new RegExp(`^  ${name} `, 'm'), `${name} is listed`);
  }
  const none = await runInsyn([], env);
  assert.equal(none.code, 2);
});

test('every command has --help, exiting 0 with its usage', async () => {
  for (const name of ['serve', 'migrate', 'catalog check', 'catalog ropa', 'demo seed', 'audit verify']) {
    const result = await runInsyn([...name.split(' '), '--help'], env);
    assert.equal(result.code, 0, `${name} --help`);
    assert.match(result.stdout, new RegExp(`^Usage: insyn ${name}`), `${name} usage`);
  }
});

test('unknown commands and options exit 2 with a one-line reason', async () => {
  const unknown = await runInsyn(['frobnicate'], env);
  assert.equal(unknown.code, 2);
  assert.match(unknown.stderr, /unknown command/);
  const option = await runInsyn(['migrate', '--bogus'], env);
  assert.equal(option.code, 2);
  assert.match(option.stderr, /^insyn migrate: BAD_USAGE: .*\n$/);
});

test('migrate applies the schema once, then reports it up to date', async () => {
  const first = await runInsyn(['migrate'], env);
  assert.equal(first.code, 0, first.stderr);
  assert.match(first.stdout, /Applied \d+ migration/);
  const second = await runInsyn(['migrate'], env);
  assert.equal(second.code, 0, second.stderr);
  assert.match(second.stdout, /up to date/);
});

test('bad configuration exits 1 naming the key; a second process on the data directory is refused', async () => {
  const badPort = await runInsyn(['migrate'], { ...env, PORT: 'x' });
  assert.equal(badPort.code, 1);
  assert.match(badPort.stderr, /CONFIG_INVALID: .*PORT/);
  writeFileSync(join(dataDir, 'insyn.lock'), String(process.pid));
  try {
    const locked = await runInsyn(['migrate'], env);
    assert.equal(locked.code, 1);
    assert.match(locked.stderr, /DATA_DIR_LOCKED/);
  } finally {
    rmSync(join(dataDir, 'insyn.lock'), { force: true });
  }
});
