// Which collected items must wait for a secrecy review before release. The catalog marks fields
// (or whole datasets) with a secrecy class; a mark applies when the item holds a value there and
// the class concerns this person's extract:
// - third-party: always (data about someone else); also every item that concerns the person
//   only as a third party named in someone else's record;
// - draft-or-note: always (5 kap. 2 § dataskyddslagen; the handler checks its counter-exceptions);
// - protected-address: when the person has protected personal data (a `protection` value other
//   than none in a field the catalog means as `protection`), so that the address is released only after a deliberate decision;
// - child-against-guardian: when the person is in the record as a guardian.
import type { Catalog, Dataset, SecrecyClass } from '../../catalog/catalog-types.ts';
import type { CollectedItem, ExtractPart } from '../../stores/extract-part-store.ts';
import type { ReviewNeed } from '../../stores/review-store.ts';

const UNPROTECTED = new Set(['', 'ingen', 'none']);

function datasetsById(catalog: Catalog): Map<string, Dataset> {
  return new Map(catalog.systems.flatMap((system) => system.datasets).map((dataset) => [dataset.qualifiedId, dataset]));
}

/** True when any collected record says the person's personal data are protected. */
export function subjectIsProtected(catalog: Catalog, parts: readonly ExtractPart[]): boolean {
  const datasets = datasetsById(catalog);
  return parts.some((part) => {
    const fields = datasets.get(part.dataset)?.fields.filter((field) => field.meaning === 'protection') ?? [];
    return fields.length > 0 && part.items.some((item) => fields.some((field) => {
      const value = item.values[field.name];
      return value !== null && value !== undefined && !UNPROTECTED.has(value.toLowerCase());
    }));
  });
}

function applies(kind: SecrecyClass, item: CollectedItem, isProtected: boolean): boolean {
  switch (kind) {
    case 'none': return false;
    case 'third-party': case 'draft-or-note': return true;
    case 'protected-address': return isProtected;
    case 'child-against-guardian': return item.roles.includes('guardian-or-agent');
  }
}

function hasValue(value: string | null | undefined): boolean {
  return value !== null && value !== undefined && value.trim() !== '';
}

/** The secrecy classes that make one item wait for review. */
export function itemSecrecyKinds(dataset: Dataset, item: CollectedItem, isProtected: boolean): SecrecyClass[] {
  const kinds = new Set<SecrecyClass>();
  for (const field of dataset.fields) {
    const kind = field.secrecy ?? dataset.secrecy;
    if (hasValue(item.values[field.name]) && applies(kind, item, isProtected)) kinds.add(kind);
  }
  if (item.roles.length > 0 && item.roles.every((role) => role === 'third-party')) kinds.add('third-party');
  return [...kinds].sort();
}

export function reviewNeeds(catalog: Catalog, parts: readonly ExtractPart[]): ReviewNeed[] {
  const datasets = datasetsById(catalog);
  const isProtected = subjectIsProtected(catalog, parts);
  return parts.flatMap((part) => {
    const dataset = datasets.get(part.dataset);
    if (!dataset) return [];
    return part.items.flatMap((item) => {
      const kinds = itemSecrecyKinds(dataset, item, isProtected);
      return kinds.length > 0 ? [{ dataset: part.dataset, itemKey: item.key, kinds }] : [];
    });
  });
}
