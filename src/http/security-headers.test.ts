import assert from 'node:assert/strict';
import { test } from 'node:test';
import { testServer } from '../../test/support/test-server.ts';

const nonceOf = (csp: string) => /script-src 'nonce-([A-Za-z0-9+/=]+)'/.exec(csp)?.[1];

test('every response carries the security headers and a strict CSP', async (t) => {
  const app = await testServer(t);
  for (const url of ['/behandling-av-personuppgifter', '/health', '/api/openapi.json', '/assets/insyn.css', '/missing', '/api/missing']) {
    const response = await app.inject({ url });
    const csp = String(response.headers['content-security-policy']);
    assert.match(csp, /default-src 'none'/, url);
    assert.match(csp, /frame-ancestors 'none'/, url);
    assert.match(csp, /base-uri 'none'/, url);
    assert.match(csp, /form-action 'self'/, url);
    assert.match(csp, /style-src 'self' 'nonce-/, url);
    assert.doesNotMatch(csp, /unsafe-inline|unsafe-eval/, url);
    assert.ok(nonceOf(csp), url);
    assert.equal(response.headers['x-content-type-options'], 'nosniff', url);
    assert.equal(response.headers['referrer-policy'], 'same-origin', url);
    assert.equal(response.headers['cross-origin-opener-policy'], 'same-origin', url);
    assert.match(String(response.headers['permissions-policy']), /camera=\(\)/, url);
    assert.equal(response.headers['strict-transport-security'], undefined, url);
    assert.match(String(response.headers['x-request-id']), /^[0-9a-f-]{36}$/, url);
  }
});

test('the nonce differs on every request', async (t) => {
  const app = await testServer(t);
  const nonces = new Set<string | undefined>();
  for (let i = 0; i < 5; i += 1) {
    const response = await app.inject({ url: '/behandling-av-personuppgifter' });
    nonces.add(nonceOf(String(response.headers['content-security-policy'])));
  }
  assert.equal(nonces.size, 5);
  assert.ok(!nonces.has(undefined));
});

test('Strict-Transport-Security only in production', async (t) => {
  const app = await testServer(t, { config: { mode: 'production', logLevel: 'info' } });
  const response = await app.inject({ url: '/health' });
  assert.match(String(response.headers['strict-transport-security']), /^max-age=31536000; includeSubDomains$/);
});

test('pages have no inline script or style at all', async (t) => {
  const app = await testServer(t);
  for (const url of ['/', '/en', '/behandling-av-personuppgifter', '/en/personal-data', '/missing']) {
    const body = (await app.inject({ url })).body;
    assert.doesNotMatch(body, /<script|<style|\sstyle=|\son[a-z]+=/i, url);
  }
});
