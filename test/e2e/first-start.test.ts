// The README's promise on a fresh data directory: `npm start` (insyn serve, embedded mode)
// seeds the demo agency, answers /health and serves the privacy page within 30 seconds, and
// stops cleanly on SIGTERM.
import assert from 'node:assert/strict';
import { spawn } from 'node:child_process';
import { mkdtempSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { test } from 'node:test';
import { projectRoot } from '../support/run-insyn.ts';

test('a first start answers /health and serves the privacy page within 30 s, then stops on SIGTERM', async (t) => {
  const dataDir = mkdtempSync(join(tmpdir(), 'insyn-first-start-'));
  t.after(() => rmSync(dataDir, { recursive: true, force: true }));
  const started = performance.now();
  const child = spawn(process.execPath, ['src/main.ts', 'serve', '--port', '0'], {
    cwd: projectRoot,
    env: { ...process.env, INSYN_DATA_DIR: dataDir, INSYN_LOG_LEVEL: 'warn', DATABASE_URL: '', INSYN_DEV_IDP_PORT: '0', INSYN_DEV_MAILBOX_PORT: '0' },
    stdio: ['ignore', 'pipe', 'pipe'],
  });
  t.after(() => child.kill('SIGKILL'));
  let output = '';
  child.stderr.on('data', (chunk: Buffer) => { output += chunk.toString(); });
  const base = await new Promise<string>((resolve, reject) => {
    const timer = setTimeout(() => reject(new Error(`no address within 30 s: ${output}`)), 30_000);
    child.stdout.on('data', (chunk: Buffer) => {
      output += chunk.toString();
      const match = /running on (http:\/\/[^/\s]+)\//.exec(output);
      if (match?.[1]) {
        clearTimeout(timer);
        resolve(match[1]);
      }
    });
  });
  assert.match(output, /Seeded the demo agency with \d+ synthetic persons/);
  assert.deepEqual(await (await fetch(`${base}/health`)).json(), { status: 'ok' });
  const page = await fetch(`${base}/behandling-av-personuppgifter`);
  assert.equal(page.status, 200);
  assert.match(await page.text(), /Behandling av personuppgifter/);
  assert.ok(performance.now() - started < 30_000, 'within 30 seconds of starting');
  const exited = new Promise<number | null>((resolve) => child.on('exit', (code) => resolve(code)));
  child.kill('SIGTERM');
  assert.equal(await exited, 0);
});
