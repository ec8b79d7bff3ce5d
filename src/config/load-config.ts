import { readFileSync } from 'node:fs';
import { isIP } from 'node:net';
import { resolve } from 'node:path';
import { InsynError } from '../domain/error-catalogue.ts';
import type { CaseworkConfig, Config, ConsentConfig, DeliveryConfig, LogLevel, Mode, OidcClientConfig, SystemOptions, WebConfig } from './config.ts';
import { configSchema } from './config-schema.ts';
import { notifyConfig } from './notify-config.ts';
import { parseIsoDuration } from '../lib/iso-duration.ts';

type Env = Readonly<Record<string, string | undefined>>;

const SYSTEM_URL = /^INSYN_SYSTEM_([A-Z0-9_]+)_URL$/;
const SYSTEM_TIMEOUT = /^INSYN_SYSTEM_([A-Z0-9_]+)_TIMEOUT_MS$/;
const SYSTEM_TOKEN = /^INSYN_SYSTEM_([A-Z0-9_]+)_TOKEN(_FILE)?$/;

function spec(env: string) {
  const found = configSchema.find((key) => key.env === env);
  if (!found) throw new TypeError(`config key ${env} is not in the schema`);
  return found;
}

function raw(env: Env, name: string): string | undefined {
  const value = env[name];
  if (value !== undefined && value !== '') return value;
  const key = spec(name);
  if (key.fileVariant) {
    const file = env[`${name}_FILE`];
    if (file) return readFileSync(file, 'utf8').trim();
  }
  return key.default;
}

function invalid(name: string, why: string): never {
  throw new InsynError('CONFIG_INVALID', `${name}: ${why}`);
}

function oneOf<T extends string>(env: Env, name: string): T | undefined {
  const value = raw(env, name);
  if (value === undefined) return undefined;
  const values = spec(name).values ?? [];
  if (!values.includes(value)) invalid(name, `must be one of ${values.join(', ')}`);
  return value as T;
}

function integer(env: Env, name: string, min: number, max: number): number {
  const value = raw(env, name) ?? '';
  if (!/^\d+$/.test(value)) invalid(name, 'must be a whole number');
  const n = Number(value);
  if (n < min || n > max) invalid(name, `must be between ${min} and ${max}`);
  return n;
}

function url(name: string, value: string | undefined, protocols: readonly string[]): string | undefined {
  if (value === undefined) return undefined;
  let parsed: URL;
  try {
    parsed = new URL(value);
  } catch {
    return invalid(name, 'is not a valid URL');
  }
  if (!protocols.includes(parsed.protocol)) invalid(name, `must use ${protocols.join(' or ')}`);
  return value;
}

function systemUrls(env: Env): Record<string, string> {
  const urls: Record<string, string> = {};
  for (const [name, value] of Object.entries(env)) {
    const match = SYSTEM_URL.exec(name);
    if (!match?.[1] || !value) continue;
    const id = match[1].toLowerCase().replaceAll('_', '-');
    urls[id] = url(name, value, ['postgres:', 'postgresql:', 'mysql:', 'mariadb:', 'http:', 'https:']) ?? value;
  }
  return urls;
}

function systemId(match: RegExpExecArray): string {
  return match[1]!.toLowerCase().replaceAll('_', '-');
}

/** Per-system timeouts and bearer tokens (INSYN_SYSTEM_<ID>_TIMEOUT_MS, INSYN_SYSTEM_<ID>_TOKEN). */
function systemOptions(env: Env): Record<string, SystemOptions> {
  const options: Record<string, { timeoutMs?: number; token?: string }> = {};
  for (const [name, value] of Object.entries(env)) {
    if (!value) continue;
    const timeout = SYSTEM_TIMEOUT.exec(name);
    if (timeout?.[1]) {
      const ms = /^\d{1,7}$/.test(value) ? Number(value) : Number.NaN;
      if (!(ms >= 100 && ms <= 3_600_000)) invalid(name, 'must be a whole number of milliseconds from 100 to 3600000');
      (options[systemId(timeout)] ??= {}).timeoutMs = ms;
    }
    const token = SYSTEM_TOKEN.exec(name);
    if (token?.[1]) (options[systemId(token)] ??= {}).token = token[2] ? readFileSync(value, 'utf8').trim() : value;
  }
  return Object.fromEntries(Object.entries(options).map(([id, option]) => [id, Object.freeze(option)]));
}

function mode(env: Env, databaseUrl: string | undefined): Mode {
  const chosen = oneOf<Mode>(env, 'INSYN_MODE') ?? (databaseUrl ? 'development' : 'embedded');
  if (chosen !== 'embedded' && !databaseUrl) invalid('DATABASE_URL', `is required in ${chosen} mode`);
  if (chosen === 'embedded' && databaseUrl) invalid('INSYN_MODE', 'embedded mode cannot be combined with DATABASE_URL');
  return chosen;
}

function secret(env: Env, name: string, chosenMode: Mode, minLength: number): string | undefined {
  const value = raw(env, name);
  if (value !== undefined && value.length < minLength) invalid(name, `must be at least ${minLength} characters`);
  if (value === undefined && chosenMode === 'production') invalid(name, 'is required in production mode');
  return value;
}

function keyIds(env: Env, name: string): readonly string[] {
  const ids = (raw(env, name) ?? '').split(',').map((id) => id.trim()).filter((id) => id !== '');
  if (ids.some((id) => !/^[0-9a-f]{16}$/.test(id))) invalid(name, 'must be comma-separated key ids of 16 hex digits');
  return Object.freeze(ids);
}

interface OidcKeys { readonly issuer: string; readonly clientId: string; readonly clientSecret: string }

const citizenOidcKeys: OidcKeys = { issuer: 'INSYN_OIDC_ISSUER', clientId: 'INSYN_OIDC_CLIENT_ID', clientSecret: 'INSYN_OIDC_CLIENT_SECRET' };
const staffOidcKeys: OidcKeys = {
  issuer: 'INSYN_STAFF_OIDC_ISSUER', clientId: 'INSYN_STAFF_OIDC_CLIENT_ID', clientSecret: 'INSYN_STAFF_OIDC_CLIENT_SECRET',
};

/** An OpenID Connect client: issuer, client id and secret together, or none of them (development provider). */
function oidcClient(env: Env, keys: OidcKeys, chosenMode: Mode): OidcClientConfig | undefined {
  const issuer = url(keys.issuer, raw(env, keys.issuer), chosenMode === 'production' ? ['https:'] : ['http:', 'https:']);
  const clientId = raw(env, keys.clientId);
  const clientSecret = raw(env, keys.clientSecret);
  if (!issuer) {
    if (chosenMode === 'production') invalid(keys.issuer, 'is required in production mode');
    return undefined;
  }
  if (!clientId) invalid(keys.clientId, `is required with ${keys.issuer}`);
  if (!clientSecret) invalid(keys.clientSecret, `is required with ${keys.issuer}`);
  return Object.freeze({ issuer, clientId, clientSecret });
}

function proxies(env: Env): readonly string[] {
  const entries = (raw(env, 'INSYN_TRUSTED_PROXIES') ?? '').split(',').map((entry) => entry.trim()).filter((entry) => entry !== '');
  for (const entry of entries) {
    const [address, prefix, extra] = entry.split('/');
    const version = isIP(address ?? '');
    const bits = version === 4 ? 32 : 128;
    const prefixOk = prefix === undefined || (/^\d{1,3}$/.test(prefix) && Number(prefix) <= bits);
    if (version === 0 || !prefixOk || extra !== undefined) invalid('INSYN_TRUSTED_PROXIES', `"${entry}" is not an address or CIDR range`);
  }
  return Object.freeze(entries);
}

function webConfig(env: Env, chosenMode: Mode, host: string, port: number): WebConfig {
  const publicUrl = url('INSYN_PUBLIC_URL', raw(env, 'INSYN_PUBLIC_URL'), chosenMode === 'production' ? ['https:'] : ['http:', 'https:'])
    ?? `http://${host.includes(':') ? `[${host}]` : host}:${port}`;
  return Object.freeze({
    publicUrl: publicUrl.replace(/\/+$/, ''),
    citizenOidc: oidcClient(env, citizenOidcKeys, chosenMode),
    staffOidc: oidcClient(env, staffOidcKeys, chosenMode),
    staffRolesClaim: raw(env, 'INSYN_STAFF_ROLES_CLAIM') ?? 'roles',
    devIdentityProviderPort: integer(env, 'INSYN_DEV_IDP_PORT', 0, 65535),
    sessionIdleMinutes: integer(env, 'INSYN_SESSION_IDLE_MINUTES', 1, 1440),
    sessionMaxHours: integer(env, 'INSYN_SESSION_MAX_HOURS', 1, 24),
    rateLimitPerPerson: integer(env, 'INSYN_RATE_LIMIT_PERSON_PER_MINUTE', 1, 100_000),
    rateLimitPerAddress: integer(env, 'INSYN_RATE_LIMIT_ADDRESS_PER_MINUTE', 1, 1_000_000),
    trustedProxies: proxies(env),
  });
}

function consentSites(env: Env, chosenMode: Mode): readonly string[] {
  const entries = (raw(env, 'INSYN_CONSENT_SITES') ?? '').split(',').map((entry) => entry.trim()).filter((entry) => entry !== '');
  return Object.freeze(entries.map((entry) => {
    const parsed = URL.canParse(entry) ? new URL(entry) : undefined;
    const protocols = chosenMode === 'production' ? ['https:'] : ['http:', 'https:'];
    if (!parsed || !protocols.includes(parsed.protocol) || parsed.origin !== entry.replace(/\/+$/, '')) {
      invalid('INSYN_CONSENT_SITES', `"${entry}" is not an origin (${protocols.join(' or ')}//host[:port], no path)`);
    }
    return parsed.origin;
  }));
}

function consentConfig(env: Env, chosenMode: Mode, publicUrl: string): ConsentConfig {
  const retention = raw(env, 'INSYN_CONSENT_RETENTION') ?? 'P3Y';
  const parsed = parseIsoDuration(retention);
  if (!parsed || parsed.years * 12 + parsed.months < 1) invalid('INSYN_CONSENT_RETENTION', 'must be an ISO 8601 duration of at least one month (e.g. P3Y)');
  const domain = raw(env, 'INSYN_CONSENT_COOKIE_DOMAIN')?.toLowerCase().replace(/^\./, '');
  if (domain !== undefined) {
    const host = new URL(publicUrl).hostname;
    if (!/^[a-z0-9-]+(\.[a-z0-9-]+)+$/.test(domain)) invalid('INSYN_CONSENT_COOKIE_DOMAIN', 'must be a domain name such as agency.se');
    if (host !== domain && !host.endsWith(`.${domain}`)) invalid('INSYN_CONSENT_COOKIE_DOMAIN', `must be INSYN_PUBLIC_URL's host (${host}) or a parent domain of it`);
  }
  return Object.freeze({ retention, cookieDomain: domain, sites: consentSites(env, chosenMode) });
}

function caseworkConfig(env: Env): CaseworkConfig {
  const caseNumberPrefix = raw(env, 'INSYN_CASE_NUMBER_PREFIX') ?? 'DSR';
  if (!/^[A-ZÅÄÖ]{1,8}$/u.test(caseNumberPrefix)) invalid('INSYN_CASE_NUMBER_PREFIX', 'must be 1–8 capital letters');
  return Object.freeze({
    caseNumberPrefix,
    duplicateWindowDays: integer(env, 'INSYN_DUPLICATE_WINDOW_DAYS', 0, 3650),
    reminderWorkingDays: integer(env, 'INSYN_REMINDER_WORKING_DAYS', 0, 60),
    erasureWaitMs: durationMs(env, 'INSYN_ERASURE_WAIT', { minSeconds: 0, maxSeconds: 90 * 86_400, words: 'between PT0S and 90 days (P90D)' }),
  });
}

/**
 * An ISO 8601 duration of days, hours, minutes and seconds, in milliseconds (months and years vary
 * in length). The default bounds suit the mailbox fallback: the delivery job's retries (backoff
 * capped at ten minutes) outlast three days.
 */
function durationMs(env: Env, name: string, bounds = { minSeconds: 1, maxSeconds: 3 * 86_400, words: 'between one second and three days (PT72H)' }): number {
  const text = raw(env, name) ?? '';
  const parsed = parseIsoDuration(text);
  if (!parsed || parsed.years > 0 || parsed.months > 0) invalid(name, 'must be an ISO 8601 duration in weeks, days, hours, minutes or seconds (e.g. PT24H)');
  const seconds = (((parsed.weeks * 7 + parsed.days) * 24 + parsed.hours) * 60 + parsed.minutes) * 60 + parsed.seconds;
  if (seconds < bounds.minSeconds || seconds > bounds.maxSeconds) invalid(name, `must be ${bounds.words}`);
  return seconds * 1000;
}

function deliveryConfig(env: Env, chosenMode: Mode, dataDir: string, cwd: string): DeliveryConfig {
  const mailboxUrl = url('INSYN_MAILBOX_URL', raw(env, 'INSYN_MAILBOX_URL'), chosenMode === 'production' ? ['https:'] : ['http:', 'https:']);
  if (!mailboxUrl && chosenMode === 'production') invalid('INSYN_MAILBOX_URL', 'is required in production mode');
  const mailboxSigningKey = raw(env, 'INSYN_MAILBOX_SIGNING_KEY');
  const mailboxSealKey = raw(env, 'INSYN_MAILBOX_SEAL_KEY');
  if (mailboxUrl && chosenMode === 'production') {
    if (!mailboxSigningKey) invalid('INSYN_MAILBOX_SIGNING_KEY', 'is required with INSYN_MAILBOX_URL in production mode');
    if (!mailboxSealKey) invalid('INSYN_MAILBOX_SEAL_KEY', 'is required with INSYN_MAILBOX_URL in production mode');
  }
  for (const [name, value] of [['INSYN_MAILBOX_SIGNING_KEY', mailboxSigningKey], ['INSYN_MAILBOX_SEAL_KEY', mailboxSealKey]] as const) {
    if (value !== undefined && !value.includes('PRIVATE KEY-----')) invalid(name, 'must be a PEM private key');
  }
  const printDir = raw(env, 'INSYN_PRINT_DIR');
  return Object.freeze({
    mailboxUrl: mailboxUrl?.replace(/\/+$/, ''),
    mailboxSigningKey,
    mailboxCertificate: raw(env, 'INSYN_MAILBOX_CERTIFICATE'),
    mailboxSealKey,
    mailboxTimeoutMs: integer(env, 'INSYN_MAILBOX_TIMEOUT_MS', 100, 600_000),
    fallbackAfterMs: durationMs(env, 'INSYN_MAILBOX_FALLBACK_AFTER'),
    printDir: printDir ? resolve(cwd, printDir) : resolve(dataDir, 'print'),
    devMailboxPort: integer(env, 'INSYN_DEV_MAILBOX_PORT', 0, 65535),
  });
}

/** Reads, validates and freezes the configuration. Throws CONFIG_INVALID naming the key. */
export function loadConfig(env: Env = process.env, cwd: string = process.cwd()): Config {
  const databaseUrl = url('DATABASE_URL', raw(env, 'DATABASE_URL'), ['postgres:', 'postgresql:']);
  const chosenMode = mode(env, databaseUrl);
  const port = integer(env, 'PORT', 0, 65535);
  const host = raw(env, 'HOST') ?? '127.0.0.1';
  const dataDir = resolve(cwd, raw(env, 'INSYN_DATA_DIR') ?? './data');
  const config: Omit<Config, 'consent'> = {
    mode: chosenMode,
    databaseUrl,
    dataDir,
    port,
    host,
    catalogDir: resolve(cwd, raw(env, 'INSYN_CATALOG_DIR') ?? './catalog'),
    logLevel: oneOf<LogLevel>(env, 'INSYN_LOG_LEVEL') ?? 'info',
    subjectKeySecret: secret(env, 'INSYN_SUBJECT_KEY_SECRET', chosenMode, 32),
    checkpointSigningKey: secret(env, 'INSYN_CHECKPOINT_SIGNING_KEY', chosenMode, 40),
    trustedCheckpointKeyIds: keyIds(env, 'INSYN_TRUSTED_CHECKPOINT_KEY_IDS'),
    unsealedGraceSeconds: integer(env, 'INSYN_UNSEALED_GRACE_SECONDS', 0, 31_536_000),
    systemUrls: Object.freeze(systemUrls(env)),
    systemOptions: Object.freeze(systemOptions(env)),
    deadlineEvesAreHolidays: oneOf<'true' | 'false'>(env, 'INSYN_DEADLINE_EVES_ARE_HOLIDAYS') === 'true',
    demoPersons: integer(env, 'INSYN_DEMO_PERSONS', 0, 100_000_000),
    demoPostgresUrl: url('INSYN_DEMO_POSTGRES_URL', raw(env, 'INSYN_DEMO_POSTGRES_URL'), ['postgres:', 'postgresql:']),
    demoMariadbUrl: url('INSYN_DEMO_MARIADB_URL', raw(env, 'INSYN_DEMO_MARIADB_URL'), ['mysql:', 'mariadb:']),
    devServices: chosenMode !== 'production',
    web: webConfig(env, chosenMode, host, port),
    casework: caseworkConfig(env),
    delivery: deliveryConfig(env, chosenMode, dataDir, cwd),
    notify: notifyConfig(env, chosenMode),
  };
  return Object.freeze({ ...config, consent: consentConfig(env, chosenMode, config.web.publicUrl) });
}
