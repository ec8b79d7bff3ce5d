// A worker claims due jobs and runs up to `concurrency` at a time. Several workers (in one or
// many processes) share one job table; a job whose worker died is claimed again once its lease
// expires, and its finished steps are not redone. A lease is extended while its job runs.
import type { Kysely } from 'kysely';
import type { Database } from '../db/database-schema.ts';
import { exponentialBackoff, type Backoff } from './backoff.ts';
import { claimJobs, extendLease, type ClaimedJob } from './claim-jobs.ts';
import { definitionKey, type AnyJobDefinition } from './job-definition.ts';
import { runJob, type RunJobDependencies } from './run-job.ts';

export interface WorkerOptions {
  readonly db: Kysely<Database>;
  readonly definitions: readonly AnyJobDefinition[];
  /**
   * Claims only jobs of these kinds, leaving the others to other workers. Default: every kind,
   * and a job of a kind without a definition here fails with UNKNOWN_JOB.
   */
  readonly kinds?: readonly string[];
  /** Names the worker in locked_by, e.g. host:pid. */
  readonly workerId: string;
  /** Jobs run at once (default 4). */
  readonly concurrency?: number;
  /** Wait between polls when nothing is due (default 1,000 ms). */
  readonly pollIntervalMs?: number;
  /** How long a claim holds before another worker may take the job (default 60,000 ms). */
  readonly leaseMs?: number;
  readonly backoff?: Backoff;
  /** Told of each failed attempt; `code` only is safe to log (messages may hold personal data). */
  readonly onError?: (jobId: number, code: string, error: unknown) => void;
}

export interface JobWorker {
  /** Claims and runs jobs until stop(). */
  start(): void;
  /** Stops claiming and resolves when the jobs in flight have ended. */
  stop(): Promise<void>;
  /** Claims what is due (up to the concurrency) and runs it; resolves to the number run. */
  runOnce(): Promise<number>;
}

function warn(jobId: number, code: string): void {
  process.emitWarning(`job ${jobId} failed with ${code}`);
}

export function createWorker(options: WorkerOptions): JobWorker {
  const { db, workerId } = options;
  const concurrency = options.concurrency ?? 4;
  const leaseMs = options.leaseMs ?? 60_000;
  const pollMs = options.pollIntervalMs ?? 1000;
  const { kinds } = options;
  if (kinds?.length === 0) throw new TypeError('kinds: name at least one kind, or leave it out');
  const deps: RunJobDependencies = {
    db, workerId,
    definitions: new Map(options.definitions.map((definition) => [definitionKey(definition.kind, definition.version), definition])),
    backoff: options.backoff ?? exponentialBackoff(),
    onError: options.onError ?? warn,
  };
  const inFlight = new Set<Promise<void>>();
  let running = false;
  let loop: Promise<void> | undefined;
  let wake: (() => void) | undefined;

  function launch(job: ClaimedJob): Promise<void> {
    const heartbeat = setInterval(() => {
      extendLease(db, job, workerId, leaseMs).catch(() => {});
    }, Math.max(10, leaseMs / 3));
    const done = runJob(deps, job)
      .catch((error: unknown) => deps.onError(job.id, 'INTERNAL', error))
      .finally(() => {
        clearInterval(heartbeat);
        inFlight.delete(done);
        wake?.();
      });
    inFlight.add(done);
    return done;
  }

  function pause(ms: number): Promise<void> {
    return new Promise((resolve) => {
      const timer = setTimeout(() => { wake = undefined; resolve(); }, ms);
      wake = () => { clearTimeout(timer); wake = undefined; resolve(); };
    });
  }

  async function claimFree(): Promise<number> {
    const free = concurrency - inFlight.size;
    if (free <= 0) return 0;
    const jobs = await claimJobs(db, workerId, free, leaseMs, kinds);
    for (const job of jobs) launch(job);
    return jobs.length;
  }

  async function run(): Promise<void> {
    while (running) {
      try {
        await claimFree();
      } catch (error) {
        deps.onError(0, 'INTERNAL', error); // the database is away; try again after a pause
      }
      if (!running) break;
      // Full: wait for a job to end. Otherwise nothing more is due: poll (a job ending wakes us).
      if (inFlight.size >= concurrency) await Promise.race(inFlight);
      else await pause(pollMs);
    }
  }

  return {
    start() {
      if (running) return;
      running = true;
      loop = run();
    },
    async stop() {
      running = false;
      wake?.();
      await loop;
      await Promise.all(inFlight);
    },
    async runOnce() {
      const jobs = await claimJobs(db, workerId, concurrency, leaseMs, kinds);
      await Promise.all(jobs.map(launch));
      return jobs.length;
    },
  };
}
