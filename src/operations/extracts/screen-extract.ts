// After collection: records which items wait for a secrecy review and moves the request on,
// to `review` when anything does, otherwise to `ready` (the extract can be rendered). When the
// collected data show protected identity the request is marked protected (whatever intake knew):
// only staff with the skyddad-identitet authorisation open it, and its address fields are masked.
import type { Kysely } from 'kysely';
import type { Catalog } from '../../catalog/catalog-types.ts';
import type { Database } from '../../db/database-schema.ts';
import { listExtractParts } from '../../stores/extract-part-store.ts';
import { findRequest, lockRequestRecord, setRequestStep, updateCase } from '../../stores/request-store.ts';
import { saveReviewNeeds } from '../../stores/review-store.ts';
import { moveRequest, type TransitionLogPort } from '../requests/move-request.ts';
import { reviewNeeds, subjectIsProtected } from './secrecy-screen.ts';

export interface ScreenDependencies {
  readonly db: Kysely<Database>;
  readonly catalog: Catalog;
  readonly processingLog: TransitionLogPort;
}

export async function screenExtract(deps: ScreenDependencies, requestId: string, receivedAt: Date): Promise<{ review: number }> {
  const request = await findRequest(deps.db, requestId);
  if (!request) throw new TypeError('the request vanished');
  const parts = await listExtractParts(deps.db, requestId);
  const needs = reviewNeeds(deps.catalog, parts, receivedAt, { guardianRequest: request.requesterKind === 'guardian' });
  const protectedIdentity = subjectIsProtected(deps.catalog, parts);
  await deps.db.transaction().execute(async (trx) => {
    const locked = await lockRequestRecord(trx, requestId);
    if (!locked) throw new TypeError('the request vanished');
    await saveReviewNeeds(trx, requestId, needs);
    if (protectedIdentity && !locked.protected) await updateCase(trx, requestId, { protected: true });
    await setRequestStep(trx, requestId, 'screen', 'done', { detail: { review: needs.length } });
    await moveRequest(trx, deps, locked, needs.length > 0 ? 'review' : 'ready', {
      actor: 'insyn-extract', at: new Date(), detail: { review: needs.length },
    });
  });
  return { review: needs.length };
}
