// Ends a request, completed or failed, and deletes its collected copy in the same transaction:
// once nothing more will be produced from it, the personal data it gathered are not kept.
import type { Kysely } from 'kysely';
import type { Database } from '../../db/database-schema.ts';
import { deleteExtractParts } from '../../stores/extract-part-store.ts';
import { lockRequestRecord } from '../../stores/request-store.ts';
import { moveRequest, type MoveDependencies } from '../requests/move-request.ts';

export type RequestEnd =
  | { readonly status: 'completed'; readonly at: Date }
  | { readonly status: 'failed'; readonly errorCode: string };

export interface CloseDependencies extends MoveDependencies {
  readonly db: Kysely<Database>;
}

export async function closeRequest(deps: CloseDependencies, requestId: string, end: RequestEnd, actor: string): Promise<void> {
  await deps.db.transaction().execute(async (trx) => {
    const request = await lockRequestRecord(trx, requestId);
    if (!request) throw new TypeError('the request vanished');
    await moveRequest(trx, deps, request, end.status, end.status === 'completed'
      ? { actor, at: end.at, change: { completedAt: end.at } }
      : { actor, at: new Date(), change: { errorCode: end.errorCode }, detail: { error: end.errorCode } });
    await deleteExtractParts(trx, requestId);
  });
}
