// Applies the approved secrecy review to the collected items: withheld items leave the extract,
// redacted fields leave their item; both are counted by kind and legal ground (never by content)
// for the extract's secrecy section and the decision. An item that waits for review and has no
// approved decision stops the extract (REVIEW_PENDING): nothing marked is released by default. A
// preview for staff leaves such items out instead (`pending: 'leave-out'`), uncounted.
import type { Dataset, SecrecyClass } from '../../catalog/catalog-types.ts';
import { InsynError } from '../../domain/error-catalogue.ts';
import type { CollectedItem, ExtractPart } from '../../stores/extract-part-store.ts';
import type { ReviewDecision, ReviewItem } from '../../stores/review-store.ts';

export interface ReleasedItem extends CollectedItem {
  /** Fields left out, with the secrecy kind that left them out. */
  readonly redacted: readonly { readonly field: string; readonly kind: SecrecyClass }[];
}

/** True when a field of the record's primary key was redacted: the record must not be named by its key. */
export function keyRedacted(item: ReleasedItem, dataset: Dataset): boolean {
  return item.redacted.some((redaction) => dataset.primaryKey.includes(redaction.field));
}

export interface ReleasedPart {
  readonly dataset: string;
  readonly items: readonly ReleasedItem[];
}

export interface Withholding {
  readonly dataset: string;
  readonly kind: SecrecyClass;
  /** Set for redactions: the field left out. */
  readonly field?: string;
  readonly count: number;
}

export interface ReviewedExtract {
  readonly parts: readonly ReleasedPart[];
  readonly withheld: readonly Withholding[];
  readonly redacted: readonly Withholding[];
}

const keyOf = (dataset: string, itemKey: string) => `${dataset}\u0000${itemKey}`;

function decisionsOf(review: readonly ReviewItem[], pendingItems: 'refuse' | 'leave-out'): { decisions: Map<string, ReviewDecision>; pending: Set<string> } {
  const pending = review.filter((item) => !item.proposal || !item.approvedBy);
  if (pending.length > 0 && pendingItems === 'refuse') throw new InsynError('REVIEW_PENDING', `${pending.length} items wait for secrecy review`);
  return {
    decisions: new Map(review.filter((item) => item.proposal && item.approvedBy).map((item) => [keyOf(item.dataset, item.itemKey), item.proposal!])),
    pending: new Set(pending.map((item) => keyOf(item.dataset, item.itemKey))),
  };
}

function count(map: Map<string, Withholding>, entry: Omit<Withholding, 'count'>): void {
  const key = `${entry.dataset}\u0000${entry.kind}\u0000${entry.field ?? ''}`;
  map.set(key, { ...entry, count: (map.get(key)?.count ?? 0) + 1 });
}

export function applyReview(
  parts: readonly ExtractPart[], review: readonly ReviewItem[], datasets: ReadonlyMap<string, Dataset>,
  options: { readonly pending?: 'refuse' | 'leave-out' } = {},
): ReviewedExtract {
  const { decisions, pending } = decisionsOf(review, options.pending ?? 'refuse');
  const withheld = new Map<string, Withholding>();
  const redacted = new Map<string, Withholding>();
  const released = parts.map((part) => ({
    dataset: part.dataset,
    items: part.items.flatMap((item): ReleasedItem[] => {
      if (pending.has(keyOf(part.dataset, item.key))) return [];
      const decision = decisions.get(keyOf(part.dataset, item.key));
      if (!decision || decision.decision === 'release') return [{ ...item, redacted: [] }];
      if (decision.decision === 'withhold') {
        count(withheld, { dataset: part.dataset, kind: decision.kind });
        return [];
      }
      const declared = new Set(datasets.get(part.dataset)?.fields.map((field) => field.name) ?? []);
      const fields = decision.fields.filter((field) => declared.has(field));
      for (const field of fields) count(redacted, { dataset: part.dataset, kind: decision.kind, field });
      const values = Object.fromEntries(Object.entries(item.values).filter(([field]) => !fields.includes(field)));
      return [{ ...item, values, redacted: fields.map((field) => ({ field, kind: decision.kind })) }];
    }),
  }));
  return { parts: released, withheld: [...withheld.values()], redacted: [...redacted.values()] };
}
