// `insyn demo seed` through the CLI dispatcher: seeds the embedded demo database without
// Insyn's own database, prints figures, refuses bad --persons (2) and production mode.
import assert from 'node:assert/strict';
import { mkdtempSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { Writable } from 'node:stream';
import { test } from 'node:test';
import { loadConfig } from '../config/load-config.ts';
import { demoSeedCommand } from './demo-seed.ts';
import { progressReporter } from './progress-reporter.ts';
import { runCli } from './run-cli.ts';
import { productionOidcEnv } from '../../test/support/production-env.ts';

function capture() {
  let text = '';
  const stream = new Writable({ write(chunk, _encoding, done) { text += String(chunk); done(); } });
  return { stream, text: () => text };
}

async function insyn(env: Record<string, string>, ...args: string[]) {
  const out = capture();
  const err = capture();
  const code = await runCli(args, {
    commands: [demoSeedCommand],
    io: { out: out.stream, err: err.stream },
    loadConfig: () => loadConfig(env),
    openServices: () => { throw new Error('demo seed must not open Insyn\'s own database'); },
  });
  return { code, stdout: out.text(), stderr: err.text() };
}

test('seeds the embedded demo database and reports rows, time, memory and bytes per person', async (t) => {
  const dataDir = mkdtempSync(join(tmpdir(), 'insyn-demo-seed-'));
  t.after(() => rmSync(dataDir, { recursive: true, force: true }));
  const result = await insyn({ INSYN_DATA_DIR: dataDir }, 'demo', 'seed', '--persons', '40', '--seed', 'cli');
  assert.equal(result.code, 0, result.stderr);
  assert.match(result.stdout, /^Seeded the demo agency: 40 persons \(seed "cli"\)\n/);
  assert.match(result.stdout, /\n {2}fb_person +40\n/);
  assert.match(result.stdout, /\nPeak memory: [\d.]+ MiB/);
  assert.match(result.stdout, /bytes per person\n$/);
  assert.match(result.stderr, /^100 % 40\/40 persons/m, 'progress lines when stderr is not a terminal');
  const again = await insyn({ INSYN_DATA_DIR: dataDir }, 'demo', 'seed', '--persons', '40');
  assert.equal(again.code, 2);
  assert.match(again.stderr, /DEMO_ALREADY_SEEDED/);
});

test('bad --persons is BAD_USAGE with exit 2', async () => {
  for (const args of [[], ['--persons', 'many'], ['--persons', '5'], ['--persons', '-3'], ['--persons', '99999999999']]) {
    const result = await insyn({}, 'demo', 'seed', ...args);
    assert.equal(result.code, 2, args.join(' '));
    assert.match(result.stderr, /BAD_USAGE/);
  }
});

test('refused in production mode', async () => {
  const secret = 'x'.repeat(40);
  const result = await insyn({
    INSYN_MODE: 'production', DATABASE_URL: 'postgres://insyn@127.0.0.1/insyn',
    INSYN_SUBJECT_KEY_SECRET: secret, INSYN_CHECKPOINT_SIGNING_KEY: secret, ...productionOidcEnv,
  }, 'demo', 'seed', '--persons', '100');
  assert.equal(result.code, 1);
  assert.match(result.stderr, /DEV_SERVICE_REFUSED/);
});

test('the progress bar redraws on a terminal and prints a line per tenth otherwise', () => {
  let clock = 0;
  const lines = capture();
  const plain = progressReporter(lines.stream, 'persons', () => (clock += 1000));
  for (let done = 0; done <= 100; done += 5) plain.update(done, 100);
  assert.equal(lines.text().split('\n').filter(Boolean).length, 10);
  const tty = capture();
  const bar = progressReporter(Object.assign(tty.stream, { isTTY: true }), 'persons', () => (clock += 1000));
  bar.update(50, 100);
  bar.finish();
  assert.ok(tty.text().startsWith(`\r\u001b[K[${'█'.repeat(15)}${'░'.repeat(15)}] 50 % 50/100 persons`));
  assert.ok(tty.text().endsWith('\n'));
});
