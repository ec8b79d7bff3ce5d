import assert from 'node:assert/strict';
import { test, type TestContext } from 'node:test';
import { Type } from 'typebox';
import { InsynError } from '../domain/error-catalogue.ts';
import { testServer } from '../../test/support/test-server.ts';

// Test-only routes, registered on the real server before it starts.
async function serverWithFailingRoutes(t: TestContext, logLines?: Record<string, unknown>[]) {
  const app = await testServer(t, logLines ? { logLines } : {});
  app.get('/api/test/insyn-error', async () => { throw new InsynError('PURPOSE_NOT_ALLOWED', 'dataset x'); });
  app.get('/api/test/crash', async () => { throw new Error('db password is hunter2'); });
  app.get('/test/page-crash', async () => { throw new Error('boom'); });
  app.get('/api/test/validated', {
    schema: { querystring: Type.Object({ count: Type.Integer({ minimum: 1 }) }) },
  }, async () => ({ ok: true }));
  app.post('/api/test/body', { schema: { body: Type.Object({ name: Type.String() }) } }, async () => ({ ok: true }));
  return app;
}

test('unknown API paths answer JSON NOT_FOUND; public paths an HTML page', async (t) => {
  const app = await testServer(t);
  const api = await app.inject({ url: '/api/nothing-here' });
  assert.equal(api.statusCode, 404);
  assert.match(String(api.headers['content-type']), /^application\/json/);
  assert.equal(api.json().code, 'NOT_FOUND');
  assert.equal(api.json().message, 'Sidan finns inte.');

  const page = await app.inject({ url: '/nothing-here' });
  assert.equal(page.statusCode, 404);
  assert.match(String(page.headers['content-type']), /^text\/html/);
  assert.match(page.body, /<html lang="sv">/);
  assert.match(page.body, /<h1>Sidan finns inte.<\/h1>/);
  assert.match(page.body, /NOT_FOUND/);

  const english = await app.inject({ url: '/en/nothing-here' });
  assert.match(english.body, /<html lang="en">/);
  assert.match(english.body, /<h1>Not found.<\/h1>/);
});

test('an InsynError answers its status, code and message in the asked language', async (t) => {
  const app = await serverWithFailingRoutes(t);
  const sv = await app.inject({ url: '/api/test/insyn-error' });
  assert.equal(sv.statusCode, 403);
  assert.equal(sv.json().code, 'PURPOSE_NOT_ALLOWED');
  assert.equal(sv.json().message, 'Ändamålet tillåter inte behandling av dessa uppgifter.');
  assert.match(sv.json().requestId, /^[0-9a-f-]{36}$/);
  const en = await app.inject({ url: '/api/test/insyn-error', headers: { 'accept-language': 'en-GB,en;q=0.9' } });
  assert.equal(en.json().message, 'The purpose does not allow processing of these data.');
});

test('schema validation failures answer VALIDATION_FAILED naming the field', async (t) => {
  const app = await serverWithFailingRoutes(t);
  const response = await app.inject({ url: '/api/test/validated?count=zero' });
  assert.equal(response.statusCode, 400);
  assert.equal(response.json().code, 'VALIDATION_FAILED');
  assert.deepEqual(response.json().fields, ['querystring/count']);
  const missing = await app.inject({ method: 'POST', url: '/api/test/body', payload: {} });
  assert.equal(missing.json().code, 'VALIDATION_FAILED');
  assert.deepEqual(missing.json().fields, ['body/name']);
});

test('a malformed request answers BAD_REQUEST with the framework status', async (t) => {
  const app = await serverWithFailingRoutes(t);
  const response = await app.inject({
    method: 'POST', url: '/api/test/body', headers: { 'content-type': 'application/json' }, payload: '{"name":',
  });
  assert.equal(response.statusCode, 400);
  assert.equal(response.json().code, 'BAD_REQUEST');
  const media = await app.inject({ method: 'POST', url: '/api/test/body', headers: { 'content-type': 'text/csv' }, payload: 'a' });
  assert.equal(media.statusCode, 415);
  assert.equal(media.json().code, 'BAD_REQUEST');
});

test('any other error is a bare 500 INTERNAL, logged with its request id', async (t) => {
  const logLines: Record<string, unknown>[] = [];
  const app = await serverWithFailingRoutes(t, logLines);
  const response = await app.inject({ url: '/api/test/crash' });
  assert.equal(response.statusCode, 500);
  assert.deepEqual(Object.keys(response.json()).sort(), ['code', 'message', 'requestId']);
  assert.equal(response.json().code, 'INTERNAL');
  assert.doesNotMatch(response.body, /hunter2|stack|Error:/);
  const logged = logLines.find((line) => line.msg === 'request failed');
  assert.equal(logged?.requestId, response.json().requestId);

  const page = await app.inject({ url: '/test/page-crash' });
  assert.equal(page.statusCode, 500);
  assert.match(page.body, /Ett internt fel inträffade/);
  assert.match(page.body, new RegExp(String(page.headers['x-request-id'])));
  assert.doesNotMatch(page.body, /boom/);
});
