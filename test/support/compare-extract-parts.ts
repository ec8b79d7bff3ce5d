// Compares what an extract collected with the ground truth, row by row: the same keys per
// dataset (none missing, none extra, none twice), the same value in every field, the same
// identity or case columns matched and the same roles. Differences are described by dataset,
// key and field name, never by value; a key that is an identity number is shown masked.
import type { CollectedItem, ExtractPart } from '../../src/stores/extract-part-store.ts';
import type { ExpectedParts, ExpectedRow } from './extract-ground-truth.ts';
import { GROUND_TRUTH_DATASETS } from './ground-truth-datasets.ts';

const TIMESTAMP = /^(\d{4}-\d{2}-\d{2})[ T](\d{2}:\d{2}:\d{2}(?:\.\d+)?)(Z|[+-]\d{2}(?::?\d{2})?)$/;

/**
 * A value as text the way it can be compared across drivers: a timestamp with a time zone as
 * the instant in UTC (the session's zone decides how PostgreSQL writes it); anything else as is.
 */
export function comparableText(value: string | null | undefined): string | null {
  if (value === null || value === undefined) return null;
  const match = TIMESTAMP.exec(value);
  if (!match) return value;
  const zone = match[3]!;
  const offset = zone === 'Z' ? 'Z' : `${zone.slice(0, 3)}:${zone.replace(':', '').slice(3) || '00'}`;
  return new Date(`${match[1]}T${match[2]}${offset}`).toISOString();
}

/** Identity numbers in keys (folkbokforing.person is keyed by one) are masked in messages. */
export function shownKey(key: string): string {
  return key.replace(/\d{6,8}[-+]?\d{4}/g, (digits) => `${digits.slice(0, digits.length - 4).replace(/[-+]$/, '')}-****`);
}

const same = (a: readonly string[], b: readonly string[]) => JSON.stringify([...a].sort()) === JSON.stringify([...b].sort());

function itemDifferences(dataset: string, key: string, item: CollectedItem, row: ExpectedRow): string[] {
  const where = `${dataset} ${shownKey(key)}`;
  const problems: string[] = [];
  const columns = Object.keys(row.values);
  if (!same(Object.keys(item.values), columns)) problems.push(`${where}: fields ${Object.keys(item.values).sort().join(',')} instead of ${columns.sort().join(',')}`);
  for (const column of columns) {
    if (comparableText(item.values[column]) !== comparableText(row.values[column])) problems.push(`${where}: ${column} differs`);
  }
  if (!same(item.matchedBy, row.matchedBy)) problems.push(`${where}: matched by [${item.matchedBy.join(',')}] instead of [${row.matchedBy.join(',')}]`);
  if (!same(item.roles, row.roles)) problems.push(`${where}: roles [${item.roles.join(',')}] instead of [${row.roles.join(',')}]`);
  return problems;
}

/** The record's key in the source: its primary-key value (items keyed by an identity number carry an ordinal key instead). */
function sourceKey(dataset: string, item: CollectedItem): string {
  const column = GROUND_TRUTH_DATASETS.find((candidate) => candidate.dataset === dataset)?.key;
  return column ? String(item.values[column] ?? '') : item.key;
}

function partDifferences(dataset: string, items: readonly CollectedItem[], rows: ReadonlyMap<string, ExpectedRow>): string[] {
  const problems: string[] = [];
  const byKey = new Map<string, CollectedItem>();
  for (const item of items) {
    const key = sourceKey(dataset, item);
    if (byKey.has(key)) problems.push(`${dataset} ${shownKey(key)}: collected twice`);
    byKey.set(key, item);
  }
  for (const [key, row] of rows) {
    const item = byKey.get(key);
    if (item) problems.push(...itemDifferences(dataset, key, item, row));
    else problems.push(`${dataset} ${shownKey(key)}: missing (in the source by ${row.matchedBy.join(',')})`);
  }
  for (const key of byKey.keys()) {
    if (!rows.has(key)) problems.push(`${dataset} ${shownKey(key)}: collected but not the person's (matched by ${byKey.get(key)!.matchedBy.join(',')})`);
  }
  return problems;
}

/** Every difference between the collected parts and the expected rows; [] when they agree. */
export function compareExtractParts(collected: readonly ExtractPart[], expected: ExpectedParts): string[] {
  const parts = new Map<string, ExtractPart>();
  const problems: string[] = [];
  for (const part of collected) {
    if (parts.has(part.dataset)) problems.push(`${part.dataset}: two parts`);
    parts.set(part.dataset, part);
    if (!expected.has(part.dataset)) problems.push(`${part.dataset}: a part for a dataset the extract should not read`);
  }
  for (const [dataset, rows] of expected) {
    const part = parts.get(dataset);
    if (!part && rows.size > 0) problems.push(`${dataset}: no part collected, ${rows.size} rows expected`);
    problems.push(...partDifferences(dataset, part?.items ?? [], rows));
  }
  return problems;
}
