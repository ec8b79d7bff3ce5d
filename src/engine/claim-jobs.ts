// Claims due jobs in one statement: pending ones whose time has come and running ones whose
// lease expired (their worker crashed). SKIP LOCKED lets any number of workers claim at once
// without waiting for or taking each other's jobs. A worker dedicated to some kinds claims only those.
import { sql, type Kysely } from 'kysely';
import type { Database } from '../db/database-schema.ts';

export interface ClaimedJob {
  readonly id: number;
  readonly kind: string;
  readonly version: number;
  readonly payload: unknown;
  /** The attempt this claim starts (1-based). */
  readonly attempts: number;
  readonly max_attempts: number;
}

export async function claimJobs(
  db: Kysely<Database>, workerId: string, limit: number, leaseMs: number, kinds?: readonly string[],
): Promise<ClaimedJob[]> {
  const only = kinds ? sql`and kind in (${sql.join(kinds)})` : sql``;
  const result = await sql<ClaimedJob>`
    update job set status = 'running', locked_by = ${workerId},
      locked_until = now() + ${leaseMs} * interval '1 millisecond', attempts = attempts + 1
    where id in (
      select id from job
      where ((status = 'pending' and run_after <= now()) or (status = 'running' and locked_until < now())) ${only}
      order by run_after, id
      limit ${limit}
      for update skip locked)
    returning id, kind, version, payload, attempts, max_attempts`.execute(db);
  return result.rows;
}

/** Extends the lease of a job this worker still holds; false when the lease was lost. */
export async function extendLease(db: Kysely<Database>, job: ClaimedJob, workerId: string, leaseMs: number): Promise<boolean> {
  const result = await sql`
    update job set locked_until = now() + ${leaseMs} * interval '1 millisecond'
    where id = ${job.id} and status = 'running' and locked_by = ${workerId} and attempts = ${job.attempts}`.execute(db);
  return Number(result.numAffectedRows ?? 0) === 1;
}
