// Which collected items must wait for a secrecy review before release. The catalog marks fields
// (or whole datasets) with a secrecy class; a mark applies when the item holds a value there and
// the class concerns this person's extract:
// - third-party: always (data about someone else); also every item that concerns the person
//   only as a third party named in someone else's record (or in no role found at all), every
//   identity number the person was not found by (another person's), and every value the catalog
//   says is `about` a person the record does not concern the requester through (the patient's
//   diagnosis in a certificate the requesting doctor wrote);
// - draft-or-note: unless the record is more than a year old when the request came (then the
//   right of access covers it: 5 kap. 2 § dataskyddslagen); the handler checks the other
//   counter-exceptions (disclosed to a third party, kept only for archiving or statistics);
// - protected-address: when the person has protected personal data (a `protection` value other
//   than none in a field the catalog means as `protection`), so that the address is released only after a deliberate decision;
// - child-against-guardian: when the person is in the record as a guardian.
import type { Catalog, Dataset, SecrecyClass } from '../../catalog/catalog-types.ts';
import { datasetsById } from '../../catalog/catalog-walk.ts';
import type { CollectedItem, ExtractPart } from '../../stores/extract-part-store.ts';
import type { ReviewNeed } from '../../stores/review-store.ts';
import { isProtected, protectionLevel } from '../../domain/protection-level.ts';


/** True when any collected record says the person's personal data are protected. */
export function subjectIsProtected(catalog: Catalog, parts: readonly ExtractPart[]): boolean {
  const datasets = datasetsById(catalog);
  return parts.some((part) => {
    const fields = datasets.get(part.dataset)?.fields.filter((field) => field.meaning === 'protection') ?? [];
    return fields.length > 0 && part.items.some((item) => fields.some((field) => {
      const value = item.values[field.name];
      return value !== null && value !== undefined && isProtected(protectionLevel(value));
    }));
  });
}

/** What the screening knows beyond the item: whether the person is protected, when the request came. */
export interface ScreenContext {
  readonly isProtected: boolean;
  /** Records made before this are more than a year old at the request. */
  readonly aYearBeforeRequest: string;
  /** A guardian asks for a child's data (R08, OSL 12 kap. 3 §): what is marked for secrecy waits for review. */
  readonly guardianRequest?: boolean;
}

function recordDate(dataset: Dataset, item: CollectedItem): string | null {
  const field = dataset.fields.find((candidate) => candidate.meaning === 'record-date');
  return field ? item.values[field.name] ?? null : null;
}

function applies(kind: SecrecyClass, dataset: Dataset, item: CollectedItem, context: ScreenContext): boolean {
  switch (kind) {
    case 'none': return false;
    case 'third-party': return true;
    case 'draft-or-note': {
      const made = recordDate(dataset, item);
      return made === null || made.slice(0, 10) >= context.aYearBeforeRequest;
    }
    case 'protected-address': return context.isProtected;
    case 'child-against-guardian': return context.guardianRequest === true || item.roles.includes('guardian-or-agent');
  }
}

function hasValue(value: string | null | undefined): boolean {
  return value !== null && value !== undefined && value.trim() !== '';
}

/** True when the value names or describes someone the record does not concern the person through. */
function aboutSomeoneElse(dataset: Dataset, field: Dataset['fields'][number], item: CollectedItem): boolean {
  const isIdentity = dataset.identityFields.some((identity) => identity.field === field.name);
  if (isIdentity) return !item.matchedBy.includes(field.name);
  return field.about !== undefined && !item.matchedBy.includes(field.about);
}

/** The secrecy classes that make one item wait for review. */
export function itemSecrecyKinds(dataset: Dataset, item: CollectedItem, context: ScreenContext): SecrecyClass[] {
  const kinds = new Set<SecrecyClass>();
  for (const field of dataset.fields) {
    const kind = field.secrecy ?? dataset.secrecy;
    if (!hasValue(item.values[field.name])) continue;
    if (applies(kind, dataset, item, context)) kinds.add(kind);
    // Another person's identity number, or a value about them (R14): a third party's.
    if (aboutSomeoneElse(dataset, field, item)) kinds.add('third-party');
  }
  // A record with no role found for the person, or only as a third party, is someone else's.
  if (item.roles.every((role) => role === 'third-party')) kinds.add('third-party');
  // Secrecy that protects a minor can apply even against the guardian: every record the catalog
  // marks for secrecy is reviewed before a guardian sees it.
  if (context.guardianRequest && kinds.size > 0) kinds.add('child-against-guardian');
  if (context.guardianRequest && dataset.fields.some((field) => (field.secrecy ?? dataset.secrecy) !== 'none')) kinds.add('child-against-guardian');
  return [...kinds].sort();
}

/** The date one year before `receivedAt`, YYYY-MM-DD (UTC). */
export function aYearBefore(receivedAt: Date): string {
  const date = new Date(receivedAt.getTime());
  date.setUTCFullYear(date.getUTCFullYear() - 1);
  return date.toISOString().slice(0, 10);
}

export function reviewNeeds(
  catalog: Catalog, parts: readonly ExtractPart[], receivedAt: Date, options: { readonly guardianRequest?: boolean } = {},
): ReviewNeed[] {
  const datasets = datasetsById(catalog);
  const context: ScreenContext = {
    isProtected: subjectIsProtected(catalog, parts), aYearBeforeRequest: aYearBefore(receivedAt), guardianRequest: options.guardianRequest === true,
  };
  return parts.flatMap((part) => {
    const dataset = datasets.get(part.dataset);
    if (!dataset) return [];
    return part.items.flatMap((item) => {
      const kinds = itemSecrecyKinds(dataset, item, context);
      return kinds.length > 0 ? [{ dataset: part.dataset, itemKey: item.key, kinds }] : [];
    });
  });
}
