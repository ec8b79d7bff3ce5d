// The secrecy review (sekretessprövning) of an extract's items: which items wait for review and
// why (the kinds of secrecy the catalog marks), a case handler's proposal, a reviewer's approval.
// The proposal names fields and legal grounds, never values.
import type { Kysely } from 'kysely';
import type { SecrecyClass } from '../catalog/catalog-types.ts';
import type { Database } from '../db/database-schema.ts';

export interface ReviewNeed {
  readonly dataset: string;
  readonly itemKey: string;
  readonly kinds: readonly SecrecyClass[];
}

/** release: all of it; redact: all but `fields`; withhold: none of it. */
export type ReviewDecision =
  | { readonly decision: 'release' }
  | { readonly decision: 'redact'; readonly fields: readonly string[]; readonly kind: SecrecyClass }
  | { readonly decision: 'withhold'; readonly kind: SecrecyClass };

export interface ReviewItem extends ReviewNeed {
  readonly proposal: ReviewDecision | null;
  readonly proposedBy: string | null;
  readonly proposedAt: Date | null;
  readonly approvedBy: string | null;
}

/** Records what waits for review; an item recorded before keeps its proposal and approval. */
export async function saveReviewNeeds(db: Kysely<Database>, requestId: string, needs: readonly ReviewNeed[]): Promise<void> {
  if (needs.length === 0) return;
  await db.insertInto('review_item')
    .values(needs.map((need) => ({ request_id: requestId, dataset: need.dataset, item_key: need.itemKey, kinds: JSON.stringify(need.kinds) })))
    .onConflict((conflict) => conflict.columns(['request_id', 'dataset', 'item_key']).doNothing())
    .execute();
}

export async function listReviewItems(db: Kysely<Database>, requestId: string): Promise<ReviewItem[]> {
  const rows = await db.selectFrom('review_item').selectAll().where('request_id', '=', requestId)
    .orderBy('dataset').orderBy('item_key').execute();
  return rows.map((row) => ({
    dataset: row.dataset, itemKey: row.item_key, kinds: row.kinds as SecrecyClass[],
    proposal: (row.proposal as ReviewDecision | null) ?? null, proposedBy: row.proposed_by, proposedAt: row.proposed_at, approvedBy: row.approved_by,
  }));
}

/** A new proposal clears an earlier approval: the reviewer approves what is proposed now. Returns false if no such item. */
export async function proposeReview(
  db: Kysely<Database>, requestId: string, target: { readonly dataset: string; readonly itemKey: string },
  decision: ReviewDecision, by: string, at: Date,
): Promise<boolean> {
  const result = await db.updateTable('review_item')
    .set({ proposal: JSON.stringify(decision), proposed_by: by, proposed_at: at, approved_by: null, approved_at: null })
    .where('request_id', '=', requestId).where('dataset', '=', target.dataset).where('item_key', '=', target.itemKey)
    .executeTakeFirst();
  return result.numUpdatedRows > 0n;
}

/** Approves every proposed, unapproved item proposed by someone else (four eyes); returns how many. */
export async function approveProposals(db: Kysely<Database>, requestId: string, by: string, at: Date): Promise<number> {
  const result = await db.updateTable('review_item').set({ approved_by: by, approved_at: at })
    .where('request_id', '=', requestId).where('proposal', 'is not', null).where('approved_by', 'is', null)
    .where('proposed_by', '<>', by)
    .executeTakeFirst();
  return Number(result.numUpdatedRows);
}
