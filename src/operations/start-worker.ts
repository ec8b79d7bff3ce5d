// Starts a job worker on Insyn's own database with every job definition, named after the host
// and process so that job rows show who holds them.
import { randomBytes } from 'node:crypto';
import { hostname } from 'node:os';
import type { Kysely } from 'kysely';
import type { Database } from '../db/database-schema.ts';
import { createWorker, type JobWorker } from '../engine/worker.ts';
import type { AnyJobDefinition } from '../engine/job-definition.ts';

/** A started worker, as the CLI sees it. */
export interface RunningWorker extends Pick<JobWorker, 'stop'> {
  /** Names the worker in job rows (locked_by). */
  readonly id: string;
  readonly concurrency: number;
}

export interface StartWorkerOptions {
  /** Jobs run at once (default 4). */
  readonly concurrency?: number;
}

export function startWorker(db: Kysely<Database>, definitions: readonly AnyJobDefinition[], options: StartWorkerOptions = {}): RunningWorker {
  const id = `${hostname()}:${process.pid}:${randomBytes(3).toString('hex')}`;
  const concurrency = options.concurrency ?? 4;
  const worker = createWorker({ db, definitions, workerId: id, concurrency });
  worker.start();
  return { id, concurrency, stop: () => worker.stop() };
}
