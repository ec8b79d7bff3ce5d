// Writes a job row in the caller's transaction, so that a state change and the job it causes
// commit (or roll back) together. A repeated idempotency key yields the job already there.
import type { Kysely } from 'kysely';
import type { Database } from '../db/database-schema.ts';

export interface EnqueueJobInput {
  readonly kind: string;
  readonly version: number;
  /** JSON-serialisable; parsed again by the job definition's parsePayload. */
  readonly payload: unknown;
  readonly idempotencyKey?: string;
  /** Not before this time (default: now). */
  readonly runAfter?: Date;
  /** Attempts before the job fails for good (default 10). */
  readonly maxAttempts?: number;
}

export interface EnqueuedJob {
  readonly id: number;
  /** True when the idempotency key named a job enqueued before; nothing new was written. */
  readonly existing: boolean;
}

export const defaultMaxAttempts = 10;

/** `trx` is normally a Transaction; a plain Kysely instance enqueues in a transaction of its own. */
export async function enqueueJob(trx: Kysely<Database>, input: EnqueueJobInput): Promise<EnqueuedJob> {
  const inserted = await trx.insertInto('job')
    .values({
      kind: input.kind,
      version: input.version,
      payload: JSON.stringify(input.payload ?? null),
      max_attempts: input.maxAttempts ?? defaultMaxAttempts,
      run_after: input.runAfter,
      idempotency_key: input.idempotencyKey ?? null,
    })
    .onConflict((conflict) => conflict.column('idempotency_key').doNothing())
    .returning('id')
    .executeTakeFirst();
  if (inserted) return { id: inserted.id, existing: false };
  const found = await trx.selectFrom('job').select('id')
    .where('idempotency_key', '=', input.idempotencyKey ?? null)
    .executeTakeFirstOrThrow();
  return { id: found.id, existing: true };
}
