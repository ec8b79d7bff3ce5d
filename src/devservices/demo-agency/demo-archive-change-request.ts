// Validates a change request to the demo archive (docs/http-connector.md): `{ "key": {…}, "set": {…},
// "expect": {…} }` for an update, `{ "key": {…} }` for a delete, every name a column of the archive,
// every value text (null clears a nullable column) in the form a search answers it; and the
// Idempotency-Key header. Key values travel in this body, never in the URL. Values are not echoed.
import type { ArchiveKey, ArchiveValues } from './demo-archive-changes.ts';
import { fail, isObject } from './demo-archive-request.ts';
import { ARCHIVE_TABLE } from './demo-archive-store.ts';
import type { DemoColumn, DemoColumnType } from './demo-tables.ts';

export interface ArchiveUpdate {
  readonly key: ArchiveKey;
  readonly set: ArchiveValues;
  readonly expect: ArchiveValues;
}

export interface ArchiveDelete {
  readonly key: ArchiveKey;
}

const MAX_FIELDS = 20;
const MAX_EXPECTED_LENGTH = 10_000;
const IDEMPOTENCY_KEY = /^[\x21-\x7e]{1,255}$/;

function column(where: string, name: string): DemoColumn {
  return ARCHIVE_TABLE.columns.find((candidate) => candidate.name === name) ?? fail(where, 'unknown field'); // the name is not echoed
}

function isDate(text: string): boolean {
  return /^\d{4}-\d{2}-\d{2}$/.test(text) && new Date(`${text}T00:00:00Z`).toISOString().startsWith(text);
}

/** Whether text can be stored in a column of the type, written the way a search shows it (timestamps are not changed here). */
function fits(type: DemoColumnType, text: string): boolean {
  if (type === 'bigint' || type === 'integer') return /^(0|-?[1-9]\d{0,14})$/.test(text);
  if (type === 'date') return isDate(text);
  if (type === 'boolean') return text === 'true' || text === 'false';
  const varchar = /^varchar\((\d+)\)$/.exec(type);
  if (varchar) return text.length <= Number(varchar[1]);
  return type === 'text';
}

function fields(where: string, value: unknown, allowEmpty: boolean): [string, unknown][] {
  if (!isObject(value)) return fail(where, 'must be an object of field names and values');
  const entries = Object.entries(value);
  if ((!allowEmpty && entries.length === 0) || entries.length > MAX_FIELDS) {
    return fail(where, `must name ${allowEmpty ? 0 : 1}–${MAX_FIELDS} fields`);
  }
  return entries;
}

function parseKey(value: unknown): ArchiveKey {
  return Object.fromEntries(fields('key', value, false).map(([name, text]) => {
    const { type } = column('key', name);
    if (typeof text !== 'string' || text.length === 0 || !fits(type, text)) return fail(`key.${name}`, `must be a ${type} as text`);
    return [name, text];
  }));
}

function parseSet(value: unknown, key: ArchiveKey): ArchiveValues {
  return Object.fromEntries(fields('set', value, false).map(([name, text]) => {
    const { type, nullable } = column('set', name);
    if (name === ARCHIVE_TABLE.primaryKey || Object.hasOwn(key, name)) return fail(`set.${name}`, 'a key field is not changed');
    if (text === null && nullable) return [name, null];
    if (typeof text !== 'string' || !fits(type, text)) return fail(`set.${name}`, `must be a ${type} as text${nullable ? ' or null' : ''}`);
    return [name, text];
  }));
}

function parseExpect(value: unknown): ArchiveValues {
  return Object.fromEntries(fields('expect', value, true).map(([name, text]) => {
    column('expect', name);
    if (text !== null && (typeof text !== 'string' || text.length > MAX_EXPECTED_LENGTH)) return fail(`expect.${name}`, 'must be text or null');
    return [name, text];
  }));
}

function onlyProperties(body: unknown, names: readonly string[]): Record<string, unknown> {
  if (!isObject(body)) return fail('body', 'must be a JSON object');
  if (Object.keys(body).some((name) => !names.includes(name)) || names.some((name) => !Object.hasOwn(body, name))) {
    fail('body', `must have exactly the properties ${names.join(', ')}`);
  }
  return body;
}

export function parseArchiveUpdate(body: unknown): ArchiveUpdate {
  const checked = onlyProperties(body, ['key', 'set', 'expect']);
  const key = parseKey(checked.key);
  return { key, set: parseSet(checked.set, key), expect: parseExpect(checked.expect) };
}

export function parseArchiveDelete(body: unknown): ArchiveDelete {
  return { key: parseKey(onlyProperties(body, ['key']).key) };
}

/** The Idempotency-Key header a change must carry (one value, printable ASCII, at most 255 characters). */
export function parseIdempotencyKey(header: string | string[] | undefined): string {
  if (typeof header !== 'string' || !IDEMPOTENCY_KEY.test(header)) return fail('Idempotency-Key', 'one header of 1–255 printable characters');
  return header;
}
