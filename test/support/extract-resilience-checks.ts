// What the extract resilience tests check about one request: each planned dataset collected
// once (one part, each item once, as many items as the one successful read returned), and what
// the processing log holds for the request's reads, per dataset (step id `<request>/<dataset>`).
import assert from 'node:assert/strict';
import type { Kysely } from 'kysely';
import { planCollection } from '../../src/access/collection-plan.ts';
import type { Catalog } from '../../src/catalog/catalog-types.ts';
import type { Database } from '../../src/db/database-schema.ts';
import { RIGHTS_PURPOSE } from '../../src/operations/extracts/collect-extract.ts';
import { findRequest, type RequestRecord, type RequestStatus, type StepStatus } from '../../src/stores/request-store.ts';
import { listExtractParts } from '../../src/stores/extract-part-store.ts';

export interface DatasetReads {
  /** Read attempts logged before touching the source (one per readSubject call). */
  attempts: number;
  successes: number;
  failures: number;
  /** Rows the successful read returned, as its outcome says. */
  rows: number | undefined;
}

/** Dataset → its item keys, in order. */
export type CollectedKeys = ReadonlyMap<string, readonly string[]>;

export function plannedDatasets(catalog: Catalog): string[] {
  return planCollection(catalog, RIGHTS_PURPOSE).stages.flat().map((step) => step.dataset.qualifiedId).sort();
}

/**
 * The steps of a request while `away` systems do not answer: their datasets `waiting`, datasets
 * reached through a dataset not collected `pending` (not read), every other dataset `done`.
 */
export function stepsWhileAway(catalog: Catalog, away: readonly string[]): Map<string, StepStatus> {
  const steps = new Map<string, StepStatus>();
  for (const step of planCollection(catalog, RIGHTS_PURPOSE).stages.flat()) {
    const parentMissing = step.via.some((via) => steps.get(via.from) !== 'done');
    const status = parentMissing ? 'pending' : away.includes(step.dataset.system) ? 'waiting' : 'done';
    steps.set(step.dataset.qualifiedId, status);
  }
  return steps;
}

export async function readsByDataset(db: Kysely<Database>, requestId: string): Promise<Map<string, DatasetReads>> {
  const events = await db.selectFrom('processing_log').select(['step_id', 'outcome', 'detail'])
    .where('kind', '=', 'read').where('step_id', 'like', `${requestId}/%`).orderBy('id').execute();
  const reads = new Map<string, DatasetReads>();
  for (const event of events) {
    const dataset = event.step_id!.slice(requestId.length + 1);
    const entry = reads.get(dataset) ?? { attempts: 0, successes: 0, failures: 0, rows: undefined };
    if (event.outcome === null) entry.attempts += 1;
    if (event.outcome === 'failure') entry.failures += 1;
    if (event.outcome === 'success') {
      entry.successes += 1;
      entry.rows = Number(event.detail.rows);
    }
    reads.set(dataset, entry);
  }
  return reads;
}

/**
 * Every planned dataset has one part whose items are each there once, exactly one successful read
 * in the log and as many items as that read returned; with `baseline`, the very items of an
 * undisturbed collection. Resolves to the keys collected.
 */
export async function assertCollectedOnce(
  db: Kysely<Database>, catalog: Catalog, requestId: string, baseline?: CollectedKeys,
): Promise<CollectedKeys> {
  const parts = await listExtractParts(db, requestId);
  const reads = await readsByDataset(db, requestId);
  assert.deepEqual(parts.map((part) => part.dataset).sort(), plannedDatasets(catalog), 'one part per planned dataset');
  const collected = new Map<string, string[]>();
  for (const part of parts) {
    const keys = part.items.map((item) => item.key);
    assert.equal(new Set(keys).size, keys.length, `${part.dataset}: each item once`);
    const read = reads.get(part.dataset);
    assert.equal(read?.successes, 1, `${part.dataset}: one successful read`);
    assert.equal(read.rows, keys.length, `${part.dataset}: the items the read returned`);
    if (baseline) assert.deepEqual(keys, baseline.get(part.dataset), `${part.dataset}: the items of an undisturbed collection`);
    collected.set(part.dataset, keys);
  }
  return collected;
}

export interface Watched {
  readonly request: RequestRecord;
  /** Every status seen while waiting, in order, repeats dropped. */
  readonly statuses: readonly RequestStatus[];
}

/** Polls the request until `done` holds; throws naming `what` after `timeoutMs`. */
export async function watchRequest(
  db: Kysely<Database>, requestId: string, done: (request: RequestRecord) => boolean | Promise<boolean>, what: string, timeoutMs = 15_000,
): Promise<Watched> {
  const deadline = Date.now() + timeoutMs;
  const statuses: RequestStatus[] = [];
  for (;;) {
    const request = await findRequest(db, requestId);
    if (!request) throw new Error('no such request');
    if (statuses.at(-1) !== request.status) statuses.push(request.status);
    if (await done(request)) return { request, statuses };
    if (Date.now() > deadline) throw new Error(`timed out waiting for ${what}; statuses seen: ${statuses.join(' → ')}`);
    await new Promise((resolve) => setTimeout(resolve, 15));
  }
}

/** Polls `condition` until it holds; throws naming `what` after `timeoutMs`. */
export async function until(condition: () => Promise<boolean>, what: () => string, timeoutMs: number): Promise<void> {
  const deadline = Date.now() + timeoutMs;
  while (!(await condition())) {
    if (Date.now() > deadline) throw new Error(`timed out waiting for ${what()}`);
    await new Promise((resolve) => setTimeout(resolve, 15));
  }
}

/** Attempts of the request's collect job that failed and wait for a retry (0 while one runs). */
export async function failedAttempts(db: Kysely<Database>, requestId: string): Promise<number> {
  const job = await db.selectFrom('job').select(['status', 'attempts']).where('idempotency_key', '=', `collect:${requestId}`).executeTakeFirstOrThrow();
  return job.status === 'pending' ? job.attempts : 0;
}
