import assert from 'node:assert/strict';
import { test } from 'node:test';
import { testServer } from '../../test/support/test-server.ts';

test('GET /health answers ok', async (t) => {
  const app = await testServer(t);
  const response = await app.inject({ url: '/health' });
  assert.equal(response.statusCode, 200);
  assert.deepEqual(response.json(), { status: 'ok' });
});

test('GET /ready is 200 with each check when ready', async (t) => {
  const app = await testServer(t);
  const response = await app.inject({ url: '/ready' });
  assert.equal(response.statusCode, 200);
  assert.deepEqual(response.json(), { status: 'ready', checks: [{ name: 'database', status: 'ok', durationMs: 1 }] });
  assert.equal(response.headers['cache-control'], 'no-store');
});

test('GET /ready is 503 naming the failed check when not ready', async (t) => {
  const app = await testServer(t, {
    ready: async () => ({ status: 'not-ready', checks: [{ name: 'database', status: 'failed', durationMs: 2000 }] }),
  });
  const response = await app.inject({ url: '/ready' });
  assert.equal(response.statusCode, 503);
  assert.deepEqual(response.json().checks, [{ name: 'database', status: 'failed', durationMs: 2000 }]);
});

test('GET /ready is 503 without details when the check itself throws', async (t) => {
  const app = await testServer(t, {
    ready: async () => { throw new Error('connect ECONNREFUSED postgres://insyn:secret@db:5432'); },
  });
  const response = await app.inject({ url: '/ready' });
  assert.equal(response.statusCode, 503);
  assert.deepEqual(response.json(), { status: 'not-ready', checks: [] });
  assert.doesNotMatch(response.body, /secret|ECONNREFUSED/);
});
