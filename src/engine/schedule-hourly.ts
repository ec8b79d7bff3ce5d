// Jobs that run once an hour (reminders, print batches): each run enqueues the next, under an
// idempotency key per kind and hour, so any number of workers schedule each hour's run once.
import type { Kysely } from 'kysely';
import type { Database } from '../db/database-schema.ts';
import { enqueueJob } from './enqueue-job.ts';

export const HOUR_MS = 3_600_000;

/** Enqueues the run of `kind` for the hour `at` falls in (nothing new when it is there already). */
export async function scheduleHourly(db: Kysely<Database>, kind: string, at: Date): Promise<void> {
  const start = new Date(Math.floor(at.getTime() / HOUR_MS) * HOUR_MS);
  await enqueueJob(db, { kind, version: 1, payload: {}, idempotencyKey: `${kind}:${start.toISOString().slice(0, 13)}`, runAfter: start, maxAttempts: 5 });
}
