// Runs one claimed job and records how it ended. Success: done. An InsynError with a 4xx status
// (bad input will not get better) or an unknown kind: failed at once. Anything else: pending
// again after a backoff, until the attempts run out. Only the error's code is stored.
import { sql, type Kysely } from 'kysely';
import type { Database } from '../db/database-schema.ts';
import { InsynError, isInsynError } from '../domain/error-catalogue.ts';
import type { Backoff } from './backoff.ts';
import type { ClaimedJob } from './claim-jobs.ts';
import { definitionKey, type JobDefinition } from './job-definition.ts';
import { stepRunner } from './step-runner.ts';

export interface RunJobDependencies {
  readonly db: Kysely<Database>;
  readonly definitions: ReadonlyMap<string, JobDefinition<unknown>>;
  readonly workerId: string;
  readonly backoff: Backoff;
  readonly onError: (jobId: number, code: string, error: unknown) => void;
}

export function errorCode(error: unknown): string {
  return isInsynError(error) ? error.code : 'INTERNAL';
}

/** An error after which the job is not tried again: bad input (4xx), an unknown kind, an abandoned job. */
export function isPermanentError(error: unknown): boolean {
  return isInsynError(error) && error.status >= 400 && error.status < 500
    || isInsynError(error, 'UNKNOWN_JOB') || isInsynError(error, 'JOB_ABANDONED');
}

/** Where the job is this worker's still (a reclaimed job belongs to its new holder). */
function held(job: ClaimedJob, workerId: string) {
  return sql<boolean>`id = ${job.id} and status = 'running' and locked_by = ${workerId} and attempts = ${job.attempts}`;
}

async function settle(deps: RunJobDependencies, job: ClaimedJob, error: unknown): Promise<void> {
  const { db, workerId } = deps;
  const base = { locked_by: null, locked_until: null };
  if (error === undefined) {
    await db.updateTable('job').set({ ...base, status: 'done', finished_at: sql<Date>`now()`, last_error_code: null })
      .where(held(job, workerId)).execute();
    return;
  }
  const code = errorCode(error);
  deps.onError(job.id, code, error);
  if (isPermanentError(error) || job.attempts >= job.max_attempts) {
    await db.updateTable('job').set({ ...base, status: 'failed', finished_at: sql<Date>`now()`, last_error_code: code })
      .where(held(job, workerId)).execute();
    return;
  }
  const delayMs = deps.backoff(job.attempts);
  await db.updateTable('job')
    .set({ ...base, status: 'pending', last_error_code: code, run_after: sql<Date>`now() + ${delayMs} * interval '1 millisecond'` })
    .where(held(job, workerId)).execute();
}

export async function runJob(deps: RunJobDependencies, job: ClaimedJob): Promise<void> {
  let failure: unknown;
  try {
    // Claimed again after the worker of its last attempt stopped: a job that kills its worker
    // must not be run for ever.
    if (job.attempts > job.max_attempts) throw new InsynError('JOB_ABANDONED', `job ${job.id}`);
    const definition = deps.definitions.get(definitionKey(job.kind, job.version));
    if (!definition) throw new InsynError('UNKNOWN_JOB', `${job.kind} version ${job.version}`);
    const payload = definition.parsePayload(job.payload);
    const context = { jobId: job.id, attempt: job.attempts, lastAttempt: job.attempts >= job.max_attempts, step: stepRunner(deps.db, job.id) };
    await definition.run(context, payload);
  } catch (error) {
    failure = error ?? new Error('job threw undefined');
  }
  await settle(deps, job, failure);
}
