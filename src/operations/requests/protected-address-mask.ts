// The real address of a person with protected identity is never shown in the console (R28,
// issue 5): wherever staff see collected values of such a person (the secrecy review, the extract
// preview, the extract on the outbox), the fields the catalog marks `protected-address` are
// replaced by a notice, and so is a supplementary statement the person added on such a field or on
// the whole record (it may give the address in their own words). The reviewer decides on the item
// without seeing the address; the person gets their extract through their mailbox or Skatteverket's
// forwarding.
import type { Catalog } from '../../catalog/catalog-types.ts';
import type { ExtractItem, ExtractModel } from '../../documents/extract-model.ts';
import { isProtected, protectionLevel } from '../../domain/protection-level.ts';

const NOTICE = { sv: 'Skyddad uppgift – visas inte', en: 'Protected – not shown' } as const;

/** Dataset (qualified id) → the fields whose secrecy class is protected-address. */
function protectedAddressFields(catalog: Catalog): ReadonlyMap<string, ReadonlySet<string>> {
  const fields = new Map<string, Set<string>>();
  for (const dataset of catalog.systems.flatMap((system) => system.datasets)) {
    const names = dataset.fields.filter((field) => (field.secrecy ?? dataset.secrecy) === 'protected-address').map((field) => field.name);
    if (names.length > 0) fields.set(dataset.qualifiedId, new Set(names));
  }
  return fields;
}

function maskValues(
  values: Readonly<Record<string, string | null>>, fields: ReadonlySet<string> | undefined, language: 'sv' | 'en',
): Readonly<Record<string, string | null>> {
  if (!fields) return values;
  return Object.fromEntries(Object.entries(values).map(([name, value]) => [name, fields.has(name) && value !== null && value !== '' ? NOTICE[language] : value]));
}

function maskItem(item: ExtractItem, fields: ReadonlySet<string> | undefined, language: 'sv' | 'en'): ExtractItem {
  if (!fields) return item;
  const masked = { ...item, values: maskValues(item.values, fields, language) };
  if (!item.statements) return masked;
  return {
    ...masked,
    statements: item.statements.map((statement) => (statement.fields.length === 0 || statement.fields.some((field) => fields.has(field.field))
      ? { ...statement, text: NOTICE[language] } : statement)),
  };
}

export interface ProtectedAddressMask {
  values(dataset: string, values: Readonly<Record<string, string | null>>, language: 'sv' | 'en'): Readonly<Record<string, string | null>>;
  extract(model: ExtractModel): ExtractModel;
  /** Whether the extract itself shows protected identity (a protection field with a protected level). */
  showsProtection(model: ExtractModel): boolean;
}

/** Dataset (qualified id) → its fields that mean the person's protection level. */
function protectionFields(catalog: Catalog): ReadonlyMap<string, readonly string[]> {
  return new Map(catalog.systems.flatMap((system) => system.datasets)
    .map((dataset) => [dataset.qualifiedId, dataset.fields.filter((field) => field.meaning === 'protection').map((field) => field.name)] as const)
    .filter(([, names]) => names.length > 0));
}

export function protectedAddressMask(catalog: Catalog): ProtectedAddressMask {
  const fields = protectedAddressFields(catalog);
  const protection = protectionFields(catalog);
  return {
    showsProtection: (model) => model.systems.some((system) => system.datasets.some((dataset) => dataset.items.some((item) =>
      (protection.get(dataset.id) ?? []).some((field) => item.values[field] !== undefined && isProtected(protectionLevel(item.values[field])))))),
    values: (dataset, values, language) => maskValues(values, fields.get(dataset), language),
    extract: (model) => ({
      ...model,
      systems: model.systems.map((system) => ({
        ...system,
        datasets: system.datasets.map((dataset) => ({
          ...dataset,
          items: dataset.items.map((item) => maskItem(item, fields.get(dataset.id), model.language)),
        })),
      })),
    }),
  };
}
