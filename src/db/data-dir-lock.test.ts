import assert from 'node:assert/strict';
import { existsSync, mkdtempSync, readdirSync, readFileSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { test } from 'node:test';
import { isInsynError } from '../domain/error-catalogue.ts';
import { lockDataDir } from './data-dir-lock.ts';

test('one holder at a time; released locks and locks of dead processes are taken over', (t) => {
  const dir = mkdtempSync(join(tmpdir(), 'insyn-lock-'));
  t.after(() => rmSync(dir, { recursive: true, force: true }));
  const lock = lockDataDir(dir);
  assert.equal(readFileSync(join(dir, 'insyn.lock'), 'utf8'), String(process.pid));
  writeFileSync(join(dir, 'insyn.lock'), String(process.ppid)); // a live process holds it
  assert.throws(() => lockDataDir(dir), (error) => isInsynError(error, 'DATA_DIR_LOCKED'));
  writeFileSync(join(dir, 'insyn.lock'), '2147483646'); // no such process
  const taken = lockDataDir(dir);
  taken.release();
  assert.equal(existsSync(join(dir, 'insyn.lock')), false);
  lock.release();
  assert.deepEqual(readdirSync(dir), [], 'no file is left behind');
});
