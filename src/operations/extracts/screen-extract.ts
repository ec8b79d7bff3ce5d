// After collection: records which items wait for a secrecy review and moves the request on,
// to `review` when anything does, otherwise to `ready` (the extract can be rendered).
import type { Kysely } from 'kysely';
import type { Catalog } from '../../catalog/catalog-types.ts';
import type { Database } from '../../db/database-schema.ts';
import { listExtractParts } from '../../stores/extract-part-store.ts';
import { setRequestStep, updateRequestStatus } from '../../stores/request-store.ts';
import { saveReviewNeeds } from '../../stores/review-store.ts';
import { reviewNeeds } from './secrecy-screen.ts';

export async function screenExtract(
  deps: { readonly db: Kysely<Database>; readonly catalog: Catalog }, requestId: string, receivedAt: Date,
): Promise<{ review: number }> {
  const needs = reviewNeeds(deps.catalog, await listExtractParts(deps.db, requestId), receivedAt);
  await deps.db.transaction().execute(async (trx) => {
    await saveReviewNeeds(trx, requestId, needs);
    await setRequestStep(trx, requestId, 'screen', 'done', { detail: { review: needs.length } });
    await updateRequestStatus(trx, requestId, { status: needs.length > 0 ? 'review' : 'ready' });
  });
  return { review: needs.length };
}
