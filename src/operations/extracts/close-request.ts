// Ends a request, completed or failed, and deletes its collected copy in the same transaction:
// once nothing more will be produced from it, the personal data it gathered are not kept.
import type { Kysely } from 'kysely';
import type { Database } from '../../db/database-schema.ts';
import { deleteExtractParts } from '../../stores/extract-part-store.ts';
import { updateRequestStatus } from '../../stores/request-store.ts';

export type RequestEnd =
  | { readonly status: 'completed'; readonly at: Date }
  | { readonly status: 'failed'; readonly errorCode: string };

export async function closeRequest(db: Kysely<Database>, requestId: string, end: RequestEnd): Promise<void> {
  await db.transaction().execute(async (trx) => {
    await updateRequestStatus(trx, requestId, end.status === 'completed'
      ? { status: 'completed', completedAt: end.at }
      : { status: 'failed', errorCode: end.errorCode });
    await deleteExtractParts(trx, requestId);
  });
}
