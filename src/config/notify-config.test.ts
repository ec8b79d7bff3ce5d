// The Art. 19 channel keys: an address and its secret go together, production takes https and tls only,
// and a recipient's id is read from the key as the catalog writes it.
import assert from 'node:assert/strict';
import { test } from 'node:test';
import { notifyConfig, recipientEnvId } from './notify-config.ts';

const secret = 's'.repeat(32);

test('a recipient with an address and a secret has a target, under its name in the environment (catalog ids with - or _ both find it)', () => {
  const config = notifyConfig({
    INSYN_NOTIFY_SKATTEVERKET_URL: 'https://notify.example/art19', INSYN_NOTIFY_SKATTEVERKET_SECRET: secret,
    INSYN_NOTIFY_SOCIAL_NAMND_URL: 'http://127.0.0.1:9/x', INSYN_NOTIFY_SOCIAL_NAMND_SECRET: secret, INSYN_NOTIFY_TIMEOUT_MS: '2500',
  }, 'development');
  assert.deepEqual(config, {
    recipients: { SKATTEVERKET: { url: 'https://notify.example/art19', secret }, SOCIAL_NAMND: { url: 'http://127.0.0.1:9/x', secret } },
    timeoutMs: 2500,
  });
  assert.deepEqual(['skatteverket', 'social-namnd', 'social_namnd'].map(recipientEnvId), ['SKATTEVERKET', 'SOCIAL_NAMND', 'SOCIAL_NAMND']);
  assert.deepEqual(notifyConfig({}, 'production'), { recipients: {}, timeoutMs: 10_000 });
});

test('a NATS JetStream subject is an address: nats:// outside production, tls:// everywhere', () => {
  const nats = notifyConfig({ INSYN_NOTIFY_KOMMUN_URL: 'nats://127.0.0.1:4222/insyn.art19-kommun_1', INSYN_NOTIFY_KOMMUN_SECRET: secret }, 'development');
  assert.deepEqual(nats.recipients, { KOMMUN: { url: 'nats://127.0.0.1:4222/insyn.art19-kommun_1', secret } });
  const tls = notifyConfig({ INSYN_NOTIFY_KOMMUN_URL: 'tls://nats.example:4222/insyn.art19', INSYN_NOTIFY_KOMMUN_SECRET: secret }, 'production');
  assert.deepEqual(tls.recipients, { KOMMUN: { url: 'tls://nats.example:4222/insyn.art19', secret } });
});

test('a half-configured, insecure or malformed channel stops start-up, naming the key', () => {
  const refused: [Record<string, string>, 'development' | 'production', RegExp][] = [
    [{ INSYN_NOTIFY_KOMMUN_URL: 'https://k.example/' }, 'development', /INSYN_NOTIFY_KOMMUN_SECRET: is required/],
    [{ INSYN_NOTIFY_KOMMUN_SECRET: secret }, 'development', /INSYN_NOTIFY_KOMMUN_URL: is required/],
    [{ INSYN_NOTIFY_KOMMUN_URL: 'https://k.example/', INSYN_NOTIFY_KOMMUN_SECRET: 'short' }, 'development', /at least 32/],
    [{ INSYN_NOTIFY_KOMMUN_URL: 'http://k.example/', INSYN_NOTIFY_KOMMUN_SECRET: secret }, 'production', /must use https:/],
    [{ INSYN_NOTIFY_KOMMUN_URL: 'ftp://k.example/', INSYN_NOTIFY_KOMMUN_SECRET: secret }, 'development', /must use http: or https: or nats: or tls:/],
    [{ INSYN_NOTIFY_KOMMUN_URL: 'https://u:p@k.example/', INSYN_NOTIFY_KOMMUN_SECRET: secret }, 'development', /must not hold credentials/],
    [{ INSYN_NOTIFY_TIMEOUT_MS: '50' }, 'development', /INSYN_NOTIFY_TIMEOUT_MS/],
    [{ INSYN_NOTIFY_KOMMUN_URL: 'nats://k.example:4222/art19', INSYN_NOTIFY_KOMMUN_SECRET: secret }, 'production', /must use https: or tls:/],
    [{ INSYN_NOTIFY_KOMMUN_URL: 'nats://k.example:4222/', INSYN_NOTIFY_KOMMUN_SECRET: secret }, 'development', /NATS subject/],
    [{ INSYN_NOTIFY_KOMMUN_URL: 'nats://k.example:4222/art19.*', INSYN_NOTIFY_KOMMUN_SECRET: secret }, 'development', /NATS subject/],
    [{ INSYN_NOTIFY_KOMMUN_URL: 'nats://k.example:4222/a/b', INSYN_NOTIFY_KOMMUN_SECRET: secret }, 'development', /NATS subject/],
    [{ INSYN_NOTIFY_KOMMUN_URL: 'nats://k.example:4222/a..b', INSYN_NOTIFY_KOMMUN_SECRET: secret }, 'development', /NATS subject/],
    [{ INSYN_NOTIFY_KOMMUN_URL: 'nats://k.example:4222/a?x=1', INSYN_NOTIFY_KOMMUN_SECRET: secret }, 'development', /query/],
    [{ INSYN_NOTIFY_KOMMUN_URL: 'nats://u:p@k.example/a', INSYN_NOTIFY_KOMMUN_SECRET: secret }, 'development', /must not hold credentials/],
    [{ INSYN_NOTIFY_KOMMUN_URL: 'nats://k.example/a' }, 'development', /INSYN_NOTIFY_KOMMUN_SECRET: is required/],
  ];
  for (const [env, mode, message] of refused) {
    assert.throws(() => notifyConfig(env, mode), (error: Error & { code?: string }) => error.code === 'CONFIG_INVALID' && message.test(error.message));
  }
});
