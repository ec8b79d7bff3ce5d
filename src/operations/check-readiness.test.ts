import assert from 'node:assert/strict';
import { test } from 'node:test';
import { checkReadiness } from './check-readiness.ts';

test('ready when the database answers', async () => {
  const report = await checkReadiness({ ping: async () => {} });
  assert.equal(report.status, 'ready');
  assert.deepEqual(report.checks.map((check) => [check.name, check.status]), [['database', 'ok']]);
});

test('not ready when the ping fails, without the error text', async () => {
  const report = await checkReadiness({ ping: async () => { throw new Error('password authentication failed for user x'); } });
  assert.equal(report.status, 'not-ready');
  assert.equal(report.checks[0]?.status, 'failed');
  assert.doesNotMatch(JSON.stringify(report), /password/);
});

test('not ready when the ping hangs past the time limit', async () => {
  const report = await checkReadiness({ ping: () => new Promise(() => {}) }, 20);
  assert.equal(report.status, 'not-ready');
});
