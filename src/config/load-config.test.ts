import assert from 'node:assert/strict';
import { test } from 'node:test';
import { isInsynError } from '../domain/error-catalogue.ts';
import { loadConfig } from './load-config.ts';
import { productionOidcEnv } from '../../test/support/production-env.ts';

const secret = 'x'.repeat(40);

function invalid(env: Record<string, string>, key: string) {
  assert.throws(() => loadConfig(env, '/srv'), (error) => isInsynError(error, 'CONFIG_INVALID') && error.message.includes(key));
}

test('without DATABASE_URL the mode is embedded, with defaults, and the config is frozen', () => {
  const config = loadConfig({}, '/srv/insyn');
  assert.equal(config.mode, 'embedded');
  assert.equal(config.dataDir, '/srv/insyn/data');
  assert.equal(config.catalogDir, '/srv/insyn/catalog');
  assert.equal(config.port, 3000);
  assert.equal(config.devServices, true);
  assert.ok(Object.isFrozen(config));
  assert.throws(() => { (config as { port: number }).port = 1; }, TypeError);
});

test('DATABASE_URL selects development mode; production needs it and its secrets and turns dev services off', () => {
  const url = 'postgres://insyn@127.0.0.1/insyn';
  assert.equal(loadConfig({ DATABASE_URL: url }).mode, 'development');
  invalid({ INSYN_MODE: 'production' }, 'DATABASE_URL');
  invalid({ INSYN_MODE: 'production', DATABASE_URL: url }, 'INSYN_SUBJECT_KEY_SECRET');
  const production = loadConfig({
    INSYN_MODE: 'production', DATABASE_URL: url,
    INSYN_SUBJECT_KEY_SECRET: secret, INSYN_CHECKPOINT_SIGNING_KEY: secret, ...productionOidcEnv,
  });
  assert.equal(production.mode, 'production');
  assert.equal(production.devServices, false);
  invalid({ INSYN_MODE: 'embedded', DATABASE_URL: url }, 'INSYN_MODE');
});

test('bad values are refused naming the key', () => {
  invalid({ PORT: 'eighty' }, 'PORT');
  invalid({ PORT: '70000' }, 'PORT');
  invalid({ INSYN_MODE: 'prod' }, 'INSYN_MODE');
  invalid({ DATABASE_URL: 'mysql://x@y/z' }, 'DATABASE_URL');
  invalid({ DATABASE_URL: 'not a url' }, 'DATABASE_URL');
  invalid({ INSYN_LOG_LEVEL: 'loud' }, 'INSYN_LOG_LEVEL');
  invalid({ INSYN_SUBJECT_KEY_SECRET: 'short' }, 'INSYN_SUBJECT_KEY_SECRET');
  invalid({ INSYN_SYSTEM_ARENDEN_URL: 'ftp://x' }, 'INSYN_SYSTEM_ARENDEN_URL');
});

test('systems are bound by INSYN_SYSTEM_<ID>_URL, ids in lower case with - for _', () => {
  const config = loadConfig({
    INSYN_SYSTEM_ARENDEN_URL: 'postgres://a@b/c',
    INSYN_SYSTEM_DOKUMENT_ARKIV_URL: 'https://archive.example/api',
  });
  assert.deepEqual(config.systemUrls, { arenden: 'postgres://a@b/c', 'dokument-arkiv': 'https://archive.example/api' });
});

test('the demo agency targets: a PostgreSQL and a MariaDB URL, both optional', () => {
  const config = loadConfig({ INSYN_DEMO_POSTGRES_URL: 'postgres://a@b/demo', INSYN_DEMO_MARIADB_URL: 'mysql://a@b/demo' });
  assert.equal(config.demoPostgresUrl, 'postgres://a@b/demo');
  assert.equal(config.demoMariadbUrl, 'mysql://a@b/demo');
  assert.equal(loadConfig({}).demoPostgresUrl, undefined);
  invalid({ INSYN_DEMO_POSTGRES_URL: 'mysql://a@b/demo' }, 'INSYN_DEMO_POSTGRES_URL');
  invalid({ INSYN_DEMO_MARIADB_URL: 'postgres://a@b/demo' }, 'INSYN_DEMO_MARIADB_URL');
});

test('processing-log verification: earlier signing keys by id, and the grace period for unsealed events', () => {
  const defaults = loadConfig({});
  assert.deepEqual([defaults.trustedCheckpointKeyIds, defaults.unsealedGraceSeconds], [[], 900]);
  const config = loadConfig({ INSYN_TRUSTED_CHECKPOINT_KEY_IDS: '0123456789abcdef, fedcba9876543210', INSYN_UNSEALED_GRACE_SECONDS: '60' });
  assert.deepEqual([config.trustedCheckpointKeyIds, config.unsealedGraceSeconds], [['0123456789abcdef', 'fedcba9876543210'], 60]);
  invalid({ INSYN_TRUSTED_CHECKPOINT_KEY_IDS: '0123456789ABCDEF' }, 'INSYN_TRUSTED_CHECKPOINT_KEY_IDS');
  invalid({ INSYN_TRUSTED_CHECKPOINT_KEY_IDS: '0123456789abcdef;fedcba9876543210' }, 'INSYN_TRUSTED_CHECKPOINT_KEY_IDS');
  invalid({ INSYN_UNSEALED_GRACE_SECONDS: '-1' }, 'INSYN_UNSEALED_GRACE_SECONDS');
});

test('per-system timeouts and HTTP tokens come from INSYN_SYSTEM_<ID>_TIMEOUT_MS and _TOKEN', () => {
  const config = loadConfig({ INSYN_SYSTEM_DOKUMENTARKIV_TIMEOUT_MS: '2500', INSYN_SYSTEM_DOKUMENTARKIV_TOKEN: 'token-value' });
  assert.deepEqual(config.systemOptions, { dokumentarkiv: { timeoutMs: 2500, token: 'token-value' } });
  invalid({ INSYN_SYSTEM_ARENDEN_TIMEOUT_MS: '5' }, 'INSYN_SYSTEM_ARENDEN_TIMEOUT_MS');
  invalid({ INSYN_SYSTEM_ARENDEN_TIMEOUT_MS: 'soon' }, 'INSYN_SYSTEM_ARENDEN_TIMEOUT_MS');
});

test('trusted proxies are addresses or CIDR ranges; anything else is refused naming the key', () => {
  assert.deepEqual(loadConfig({ INSYN_TRUSTED_PROXIES: '10.0.0.0/8, 192.168.1.7,fd00::/8' }).web.trustedProxies, ['10.0.0.0/8', '192.168.1.7', 'fd00::/8']);
  assert.deepEqual(loadConfig({}).web.trustedProxies, []);
  for (const bad of ['proxy.example.se', '10.0.0.0/33', '1.2.3.4/8/8']) invalid({ INSYN_TRUSTED_PROXIES: bad }, 'INSYN_TRUSTED_PROXIES');
});

test('consent: retention of at least a month, a cookie domain that covers the public address, and the sites as origins', () => {
  assert.deepEqual(loadConfig({}).consent, { retention: 'P3Y', cookieDomain: undefined, sites: [] });
  const config = loadConfig({
    INSYN_PUBLIC_URL: 'https://insyn.agency.se', INSYN_CONSENT_COOKIE_DOMAIN: '.Agency.se',
    INSYN_CONSENT_SITES: 'https://www.agency.se, http://localhost:8080', INSYN_CONSENT_RETENTION: 'P18M',
  }).consent;
  assert.deepEqual(config, { retention: 'P18M', cookieDomain: 'agency.se', sites: ['https://www.agency.se', 'http://localhost:8080'] });
  for (const bad of ['P7D', '3 years', 'PT720H']) invalid({ INSYN_CONSENT_RETENTION: bad }, 'INSYN_CONSENT_RETENTION');
  invalid({ INSYN_PUBLIC_URL: 'https://insyn.agency.se', INSYN_CONSENT_COOKIE_DOMAIN: 'other.se' }, 'INSYN_CONSENT_COOKIE_DOMAIN');
  invalid({ INSYN_CONSENT_COOKIE_DOMAIN: 'se' }, 'INSYN_CONSENT_COOKIE_DOMAIN');
  for (const bad of ['www.agency.se', 'https://www.agency.se/path', 'ftp://agency.se']) invalid({ INSYN_CONSENT_SITES: bad }, 'INSYN_CONSENT_SITES');
});
