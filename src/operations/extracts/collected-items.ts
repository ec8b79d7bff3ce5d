// Turns the rows the access layer read into collected items: values as text, a stable key from
// the primary key, and the roles in which each record concerns the person (from the identity
// field it matched, or the roles of the record it was reached through).
import type { SubjectReadResult } from '../../access/access-layer.ts';
import type { PlanStep } from '../../access/collection-plan.ts';
import type { Row } from '../../connectors/connector.ts';
import type { CollectedItem } from '../../stores/extract-part-store.ts';

/** Per referencing field of the step (one per reference, even to the same dataset): key value → roles of the records holding it. */
export type ParentRoles = ReadonlyMap<string, ReadonlyMap<string, readonly string[]>>;

export function textValue(value: unknown): string | null {
  if (value === null || value === undefined) return null;
  if (typeof value === 'string') return value;
  if (typeof value === 'number' || typeof value === 'bigint' || typeof value === 'boolean') return String(value);
  if (value instanceof Date) return value.toISOString();
  return JSON.stringify(value);
}

export function itemKey(primaryKey: readonly string[], values: Readonly<Record<string, string | null>>): string {
  return primaryKey.map((field) => values[field] ?? '').join(' / ');
}

function rolesOf(step: PlanStep, row: Row, matched: readonly string[], parents: ParentRoles): string[] {
  const roles = new Set<string>();
  for (const field of matched) {
    const identity = step.identityFields.find((candidate) => candidate.field === field);
    if (identity) roles.add(identity.subjectCategory);
    const via = step.via.find((candidate) => candidate.field === field);
    const parentRoles = via ? parents.get(via.field)?.get(String(row[field])) : undefined;
    for (const role of parentRoles ?? []) roles.add(role);
  }
  return [...roles].sort();
}

/** Item keys in Swedish order with numbers by value; one collator, not one per comparison. */
const keyOrder = new Intl.Collator('sv', { numeric: true });

/**
 * Items in a stable order. A record whose primary key holds an identity number (the population
 * register is keyed by the personnummer) is keyed by its position instead, so that no
 * personnummer becomes a key stored in review rows, printed by the CLI or shown in an extract.
 */
export function collectedItems(step: PlanStep, result: SubjectReadResult, parents: ParentRoles): CollectedItem[] {
  const items = result.rows.map((row, index) => {
    const values = Object.fromEntries(Object.entries(row).map(([field, value]) => [field, textValue(value)]));
    const matchedBy = result.matchedBy[index] ?? [];
    return { key: itemKey(step.dataset.primaryKey, values), values, matchedBy, roles: rolesOf(step, row, matchedBy, parents) };
  }).sort((a, b) => keyOrder.compare(a.key, b.key));
  const identityKeyed = step.dataset.primaryKey.some((field) => step.dataset.identityFields.some((identity) => identity.field === field));
  return identityKeyed ? items.map((item, index) => ({ ...item, key: String(index + 1) })) : items;
}

/** For one referenced dataset: key field value → roles of the items holding it. */
export function rolesByKey(items: readonly CollectedItem[], keyField: string): Map<string, readonly string[]> {
  const map = new Map<string, string[]>();
  for (const item of items) {
    const value = item.values[keyField];
    if (value === null || value === undefined) continue;
    map.set(value, [...new Set([...(map.get(value) ?? []), ...item.roles])]);
  }
  return map;
}
