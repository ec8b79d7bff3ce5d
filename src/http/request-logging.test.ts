import assert from 'node:assert/strict';
import { test } from 'node:test';
import { testServer } from '../../test/support/test-server.ts';

test('one log line per request: method, route pattern, status, duration, request id; no URL or headers', async (t) => {
  const logLines: Record<string, unknown>[] = [];
  const app = await testServer(t, { logLines });
  const secretCookie = 'session=abc123secret';
  const page = await app.inject({
    url: '/behandling-av-personuppgifter?pnr=19900101-1234',
    headers: { cookie: secretCookie, authorization: 'Bearer topsecret' },
  });
  await app.inject({ url: '/person/199001011234' });

  const completed = logLines.filter((line) => line.msg === 'request completed');
  assert.equal(completed.length, 2);
  assert.deepEqual(
    { ...completed[0], time: undefined, durationMs: undefined, pid: undefined, hostname: undefined },
    {
      level: 30, time: undefined, pid: undefined, hostname: undefined, msg: 'request completed',
      requestId: page.headers['x-request-id'], method: 'GET', route: '/behandling-av-personuppgifter',
      status: 200, durationMs: undefined,
    },
  );
  assert.equal(typeof completed[0]?.durationMs, 'number');
  assert.equal(completed[1]?.status, 404);
  const all = JSON.stringify(logLines);
  assert.doesNotMatch(all, /19900101|199001011234|abc123secret|topsecret|\?pnr/);
});
