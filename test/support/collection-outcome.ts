// An access request moved on as the extract worker moves it — received → collecting → review,
// ready or failed — for tests of what comes after collection, without source systems.
import type { Kysely, Transaction } from 'kysely';
import type { Database } from '../../src/db/database-schema.ts';
import { moveRequest, type MoveDependencies } from '../../src/operations/requests/move-request.ts';

export interface CollectionDependencies extends MoveDependencies {
  readonly db: Kysely<Database>;
  readonly clock: () => Date;
}

/** One transaction; `also` writes more in it (the review needs), `errorCode` goes with `failed`. */
export async function settleCollection(
  deps: CollectionDependencies, requestId: string, to: 'review' | 'ready' | 'failed',
  options: { readonly errorCode?: string; readonly also?: (trx: Transaction<Database>) => Promise<void> } = {},
): Promise<void> {
  await deps.db.transaction().execute(async (trx) => {
    const context = { actor: 'insyn-extract', at: deps.clock() };
    const request = { id: requestId, status: 'received' as const, subjectKey: null };
    await moveRequest(trx, deps, request, 'collecting', context);
    await options.also?.(trx);
    await moveRequest(trx, deps, request, to, options.errorCode ? { ...context, change: { errorCode: options.errorCode } } : context);
  });
}
