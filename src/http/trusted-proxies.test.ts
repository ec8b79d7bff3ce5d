// Behind a reverse proxy the client's address comes from X-Forwarded-For, believed only from the
// proxies INSYN_TRUSTED_PROXIES names: rate limits then count citizens, not the proxy.
import assert from 'node:assert/strict';
import { test } from 'node:test';
import { loadConfig } from '../config/load-config.ts';
import { testServer } from '../../test/support/test-server.ts';

async function clientAddress(t: Parameters<typeof testServer>[0], proxies: string): Promise<string> {
  const app = await testServer(t, { config: { mode: 'embedded', logLevel: 'info', web: loadConfig({ INSYN_TRUSTED_PROXIES: proxies }).web } });
  app.get('/test/address', async (request) => ({ ip: request.ip }));
  const response = await app.inject({ url: '/test/address', remoteAddress: '10.1.2.3', headers: { 'x-forwarded-for': '203.0.113.9' } });
  return response.json<{ ip: string }>().ip;
}

test('X-Forwarded-For is believed only from a configured proxy', async (t) => {
  assert.equal(await clientAddress(t, ''), '10.1.2.3', 'no proxy trusted: the peer is the client');
  assert.equal(await clientAddress(t, '10.0.0.0/8'), '203.0.113.9', 'from the trusted range: the forwarded client');
  assert.equal(await clientAddress(t, '192.168.0.0/16'), '10.1.2.3', 'from elsewhere: the header is ignored');
});
