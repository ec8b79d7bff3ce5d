// Validates a search request to the demo archive: `{ "anyOf": [{ "field": f, "values": [v, …] }, …],
// "fields": [ … ], "limit": n }` (limit optional): items where any condition holds, every name a
// column of the archive. Identity numbers travel in this body, never in the URL.
import { InsynError } from '../../domain/error-catalogue.ts';
import { ARCHIVE_FIELDS, ARCHIVE_MAX_ITEMS, ARCHIVE_TABLE, type ArchiveWhere } from './demo-archive-store.ts';

export interface ArchiveSearch {
  readonly anyOf: ArchiveWhere;
  readonly fields: readonly string[];
  /** At most this many items (never more than ARCHIVE_MAX_ITEMS). */
  readonly limit: number;
}

export const isObject = (value: unknown): value is Record<string, unknown> =>
  typeof value === 'object' && value !== null && !Array.isArray(value);

export function fail(where: string, why: string): never {
  throw new InsynError('VALIDATION_FAILED', `${where}: ${why}`);
}

/** Values in one condition at most: a person's cases, not a table scan. */
const MAX_VALUES = 1_000;

function whereValue(name: string, value: unknown): string | number {
  const column = ARCHIVE_TABLE.columns.find((candidate) => candidate.name === name);
  if (!column) return fail('anyOf', 'unknown field'); // the unknown name is not echoed
  if (column.type === 'bigint') {
    if (typeof value === 'number' && Number.isSafeInteger(value)) return value;
    if (typeof value === 'string' && /^\d{1,15}$/.test(value)) return Number(value);
    return fail(`where.${name}`, 'must be a whole number');
  }
  if (typeof value !== 'string' || value.length === 0 || value.length > 200) {
    return fail(`where.${name}`, 'must be a non-empty string');
  }
  return value;
}

function parseCondition(value: unknown, index: number): ArchiveWhere[number] {
  if (!isObject(value) || typeof value.field !== 'string' || !Array.isArray(value.values)) {
    return fail(`anyOf.${index}`, 'must be { field, values: [...] }');
  }
  const { field, values } = value;
  if (values.length === 0 || values.length > MAX_VALUES) return fail(`anyOf.${index}.values`, `must hold 1–${MAX_VALUES} values`);
  return { field, values: values.map((item: unknown) => whereValue(field, item)) };
}

function parseAnyOf(value: unknown): ArchiveWhere {
  if (!Array.isArray(value) || value.length === 0 || value.length > 20) return fail('anyOf', 'must be an array of 1–20 conditions');
  return value.map(parseCondition);
}

function parseFields(value: unknown): string[] {
  if (!Array.isArray(value) || value.length === 0) return fail('fields', 'must be a non-empty array');
  value.forEach((name, index) => {
    if (typeof name !== 'string' || !ARCHIVE_FIELDS.includes(name)) fail(`fields.${index}`, 'unknown field');
  });
  if (new Set(value).size !== value.length) fail('fields', 'names a field twice');
  return value as string[];
}

function parseLimit(value: unknown): number {
  if (value === undefined) return ARCHIVE_MAX_ITEMS;
  if (typeof value !== 'number' || !Number.isSafeInteger(value) || value < 1) return fail('limit', 'must be a positive whole number');
  return Math.min(value, ARCHIVE_MAX_ITEMS);
}

export function parseArchiveSearch(body: unknown): ArchiveSearch {
  if (!isObject(body)) return fail('body', 'must be a JSON object');
  const extra = Object.keys(body).find((key) => !['anyOf', 'fields', 'limit'].includes(key));
  if (extra !== undefined) fail('body', 'unknown property (only anyOf, fields and limit)');
  return { anyOf: parseAnyOf(body.anyOf), fields: parseFields(body.fields), limit: parseLimit(body.limit) };
}
