// The Art. 19 notification channels per catalog recipient (INSYN_NOTIFY_<RECIPIENT>_URL and
// _SECRET, INSYN_NOTIFY_TIMEOUT_MS): read and checked here so that a bad address or a missing
// secret stops start-up, naming the key, rather than failing each notification later. An address is
// an HTTP webhook or a NATS JetStream subject (`nats://host:port/<subject>`, `tls://` in production).
import { readFileSync } from 'node:fs';
import { InsynError } from '../domain/error-catalogue.ts';
import type { Mode, NotifyConfig, NotifyTarget } from './config.ts';

type Env = Readonly<Record<string, string | undefined>>;

const NOTIFY_URL = /^INSYN_NOTIFY_([A-Z0-9_]+)_URL$/;
const NOTIFY_SECRET = /^INSYN_NOTIFY_([A-Z0-9_]+)_SECRET(_FILE)?$/;
const MIN_SECRET_LENGTH = 32;
/** A NATS JetStream channel: `nats://host:port/<subject>` (`tls://` for TLS, the only broker form in production). */
const BROKER_PROTOCOLS: ReadonlySet<string> = new Set(['nats:', 'tls:']);
const NATS_SUBJECT = /^[A-Za-z0-9_-]+(\.[A-Za-z0-9_-]+)*$/;

function invalid(name: string, why: string): never {
  throw new InsynError('CONFIG_INVALID', `${name}: ${why}`);
}

/**
 * The recipient as the environment names it: upper case, `-` written as `_` (catalog ids may hold
 * either). Channels are looked up by this form (recipientEnvId), so `tax_agency` and `tax-agency`
 * both find INSYN_NOTIFY_TAX_AGENCY_URL.
 */
function recipientId(match: RegExpExecArray): string {
  return match[1]!.toUpperCase();
}

/** The environment form of a catalog recipient id. */
export function recipientEnvId(id: string): string {
  return id.toUpperCase().replaceAll('-', '_');
}

function checkedUrl(name: string, value: string, mode: Mode): string {
  let parsed: URL;
  try {
    parsed = new URL(value);
  } catch {
    return invalid(name, 'is not a valid URL');
  }
  const protocols = mode === 'production' ? ['https:', 'tls:'] : ['http:', 'https:', 'nats:', 'tls:'];
  if (!protocols.includes(parsed.protocol)) invalid(name, `must use ${protocols.join(' or ')}`);
  if (parsed.username || parsed.password) invalid(name, 'must not hold credentials (use INSYN_NOTIFY_<RECIPIENT>_SECRET)');
  if (BROKER_PROTOCOLS.has(parsed.protocol)) {
    if (!parsed.hostname) invalid(name, 'must name the NATS server: nats://host:port/<subject>');
    if (parsed.search || parsed.hash) invalid(name, 'must not have a query or fragment: nats://host:port/<subject>');
    if (!NATS_SUBJECT.test(parsed.pathname.slice(1))) {
      invalid(name, 'must end in a NATS subject: tokens of letters, digits, `_` or `-`, separated by dots (no wildcards)');
    }
  }
  return parsed.href;
}

function timeoutMs(env: Env): number {
  const value = env.INSYN_NOTIFY_TIMEOUT_MS || '10000';
  const ms = /^\d{1,6}$/.test(value) ? Number(value) : Number.NaN;
  if (!(ms >= 100 && ms <= 600_000)) invalid('INSYN_NOTIFY_TIMEOUT_MS', 'must be a whole number of milliseconds from 100 to 600000');
  return ms;
}

/** Each configured recipient's target; a secret without a URL, or a URL without a secret, is refused. */
export function notifyConfig(env: Env, mode: Mode): NotifyConfig {
  const urls = new Map<string, string>();
  const secrets = new Map<string, string>();
  for (const [name, value] of Object.entries(env)) {
    if (!value) continue;
    const url = NOTIFY_URL.exec(name);
    if (url) urls.set(recipientId(url), checkedUrl(name, value, mode));
    const secret = NOTIFY_SECRET.exec(name);
    if (secret) {
      const text = secret[2] ? readFileSync(value, 'utf8').trim() : value;
      if (text.length < MIN_SECRET_LENGTH) invalid(name, `must be at least ${MIN_SECRET_LENGTH} characters`);
      secrets.set(recipientId(secret), text);
    }
  }
  const recipients: Record<string, NotifyTarget> = {};
  for (const [id, url] of urls) {
    const secret = secrets.get(id);
    const key = id.toUpperCase().replaceAll('-', '_');
    if (!secret) invalid(`INSYN_NOTIFY_${key}_SECRET`, `is required with INSYN_NOTIFY_${key}_URL`);
    recipients[id] = Object.freeze({ url, secret });
  }
  for (const id of secrets.keys()) {
    const key = id.toUpperCase().replaceAll('-', '_');
    if (!urls.has(id)) invalid(`INSYN_NOTIFY_${key}_URL`, `is required with INSYN_NOTIFY_${key}_SECRET`);
  }
  return Object.freeze({ recipients: Object.freeze(recipients), timeoutMs: timeoutMs(env) });
}
