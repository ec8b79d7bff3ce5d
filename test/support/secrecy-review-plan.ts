// A secrecy review as a case handler might decide it, for tests. A record that concerns the
// person only as a third party in someone else's record is redacted: every field but the
// person's own identity field goes, its key included. Other items that wait for review are
// withheld and redacted by turns within each kind, the turns kept across the extracts of a test
// (so that each kind is both withheld and redacted even where one extract has one such item); a
// redaction leaves out the fields the catalog marks with one of the item's kinds. Proposed by
// one person, approved by another.
import type { Kysely } from 'kysely';
import type { Catalog, Dataset, SecrecyClass } from '../../src/catalog/catalog-types.ts';
import type { Database } from '../../src/db/database-schema.ts';
import type { CollectedItem, ExtractPart } from '../../src/stores/extract-part-store.ts';
import { approveProposals, proposeReview, type ReviewDecision, type ReviewItem } from '../../src/stores/review-store.ts';

export interface PlannedDecision {
  readonly dataset: string;
  readonly itemKey: string;
  readonly decision: Exclude<ReviewDecision, { decision: 'release' }>;
  /** Why the item waits for review. */
  readonly kinds: readonly SecrecyClass[];
  /** The item as collected, before review. */
  readonly item: CollectedItem;
}

export const PROPOSER = 'handlaggare-1';
export const APPROVER = 'granskare-2';

function datasetOf(catalog: Catalog, id: string): Dataset {
  const dataset = catalog.systems.flatMap((system) => system.datasets).find((candidate) => candidate.qualifiedId === id);
  if (!dataset) throw new TypeError(`no dataset ${id}`);
  return dataset;
}

function markedFields(dataset: Dataset, item: CollectedItem, review: ReviewItem): string[] {
  return dataset.fields.filter((field) => review.kinds.includes(field.secrecy ?? dataset.secrecy))
    .map((field) => field.name).filter((name) => (item.values[name] ?? '').trim() !== '');
}

/** Decisions taken so far per kind: an even count withholds next, an odd one redacts. */
export type ReviewTurns = Map<string, number>;

function decide(dataset: Dataset, item: CollectedItem, review: ReviewItem, turns: ReviewTurns): PlannedDecision['decision'] {
  const kind = review.kinds[0]!;
  if (item.roles.length > 0 && item.roles.every((role) => role === 'third-party')) {
    return { decision: 'redact', kind, fields: dataset.fields.map((field) => field.name).filter((name) => !item.matchedBy.includes(name)) };
  }
  const marked = markedFields(dataset, item, review);
  const turn = turns.get(kind) ?? 0;
  turns.set(kind, turn + 1);
  return turn % 2 === 0 ? { decision: 'withhold', kind } : { decision: 'redact', kind, fields: marked };
}

/** One decision per review item. */
export function planReview(catalog: Catalog, parts: readonly ExtractPart[], review: readonly ReviewItem[], turns: ReviewTurns): PlannedDecision[] {
  const items = new Map(parts.flatMap((part) => part.items.map((item) => [`${part.dataset}\u0000${item.key}`, item] as const)));
  return review.map((entry) => {
    const item = items.get(`${entry.dataset}\u0000${entry.itemKey}`);
    if (!item) throw new Error(`${entry.dataset}: a review item names no collected item`);
    const decision = decide(datasetOf(catalog, entry.dataset), item, entry, turns);
    return { dataset: entry.dataset, itemKey: entry.itemKey, decision, kinds: entry.kinds, item };
  });
}

/** Proposes every decision as PROPOSER and approves them as APPROVER; resolves to the number approved. */
export async function approveReview(db: Kysely<Database>, requestId: string, plan: readonly PlannedDecision[], at: Date): Promise<number> {
  for (const planned of plan) {
    const found = await proposeReview(db, requestId, planned, planned.decision, PROPOSER, at);
    if (!found) throw new Error(`${planned.dataset}: no review item to propose for`);
  }
  return approveProposals(db, requestId, APPROVER, at);
}
