// How the durable job engine behaves on a real database: jobs enqueued in the caller's
// transaction, idempotency keys, memoised steps, retries with backoff, failing at once on bad
// input, and reclaiming a crashed worker's job. Shared by the PGlite and PostgreSQL suites.
import assert from 'node:assert/strict';
import { after, test, type TestContext } from 'node:test';
import { sql, type Kysely } from 'kysely';
import type { Database } from '../../src/db/database-schema.ts';
import type { DatabaseHandle } from '../../src/db/database.ts';
import { InsynError } from '../../src/domain/error-catalogue.ts';
import { claimJobs } from '../../src/engine/claim-jobs.ts';
import { enqueueJob } from '../../src/engine/enqueue-job.ts';
import { defineJob, type JobContext } from '../../src/engine/job-definition.ts';
import { createWorker, type WorkerOptions } from '../../src/engine/worker.ts';

export type OpenDatabase = (t: TestContext) => Promise<DatabaseHandle | undefined>;

const noBackoff = () => 0;
const quiet = () => {};

/**
 * The suites of one file share a database (opening PGlite takes seconds): each test uses job
 * kinds of its own and deletes its jobs when done, so that no worker meets another test's jobs.
 */
export function sharedDatabase(open: (t: TestContext) => Promise<DatabaseHandle | undefined>): OpenDatabase {
  let handle: Promise<DatabaseHandle | undefined> | undefined;
  after(async () => { await (await handle)?.close(); });
  return (t) => (handle ??= open(t));
}

async function withDatabase(t: TestContext, open: OpenDatabase, body: (db: Kysely<Database>) => Promise<void>): Promise<void> {
  const handle = await open(t);
  if (!handle) {
    t.skip('no database for this suite');
    return;
  }
  try {
    await body(handle.db);
  } finally {
    await handle.db.deleteFrom('job').execute();
  }
}

function jobRow(db: Kysely<Database>, id: number) {
  return db.selectFrom('job').selectAll().where('id', '=', id).executeTakeFirstOrThrow();
}

/** A job of kind `kind` whose body is `body`; payload is ignored. */
function job(kind: string, body: (context: JobContext) => Promise<void>) {
  return defineJob({ kind, version: 1, parsePayload: (payload) => payload, run: (context) => body(context) });
}

function worker(db: Kysely<Database>, options: Partial<WorkerOptions> & Pick<WorkerOptions, 'definitions'>) {
  return createWorker({ db, workerId: 'test', onError: quiet, ...options });
}

export function describeEnqueue(name: string, open: OpenDatabase): void {
  test(`${name}: a job enqueued in a transaction that rolls back leaves no row`, (t) => withDatabase(t, open, async (db) => {
    await assert.rejects(db.transaction().execute(async (trx) => {
      await enqueueJob(trx, { kind: 'noop', version: 1, payload: { n: 1 } });
      throw new Error('roll back');
    }), /roll back/);
    const { count } = await db.selectFrom('job').select((eb) => eb.fn.countAll<number>().as('count'))
      .where('kind', '=', 'noop').executeTakeFirstOrThrow();
    assert.equal(Number(count), 0);
    const committed = await db.transaction().execute((trx) => enqueueJob(trx, { kind: 'noop', version: 1, payload: [1, 2] }));
    assert.deepEqual((await jobRow(db, committed.id)).payload, [1, 2]);
  }));

  test(`${name}: a repeated idempotency key returns the job already enqueued`, (t) => withDatabase(t, open, async (db) => {
    const first = await enqueueJob(db, { kind: 'noop', version: 1, payload: 1, idempotencyKey: 'request-7:collect' });
    const again = await db.transaction().execute((trx) =>
      enqueueJob(trx, { kind: 'noop', version: 1, payload: 2, idempotencyKey: 'request-7:collect' }));
    assert.deepEqual([first.existing, again.existing, again.id], [false, true, first.id]);
    const rows = await db.selectFrom('job').select('payload').where('idempotency_key', '=', 'request-7:collect').execute();
    assert.deepEqual(rows.map((row) => row.payload), [1]);
  }));
}

export function describeRetries(name: string, open: OpenDatabase): void {
  test(`${name}: finished steps are not run again when a later step fails`, (t) => withDatabase(t, open, async (db) => {
    const calls = { a: 0, b: 0 };
    const definition = job('two-steps', async ({ step }) => {
      const a = await step('a', async () => { calls.a += 1; return { value: 41 }; });
      await step('b', async () => {
        calls.b += 1;
        if (calls.b === 1) throw new Error('transient');
        return a.value + 1;
      });
    });
    const { id } = await enqueueJob(db, { kind: 'two-steps', version: 1, payload: {} });
    const w = worker(db, { definitions: [definition], backoff: noBackoff });
    assert.equal(await w.runOnce(), 1);
    assert.equal((await jobRow(db, id)).status, 'pending');
    assert.equal(await w.runOnce(), 1);
    assert.deepEqual(calls, { a: 1, b: 2 });
    const row = await jobRow(db, id);
    assert.deepEqual([row.status, row.attempts, row.last_error_code, row.locked_by], ['done', 2, null, null]);
    const steps = await db.selectFrom('job_step').select(['name', 'result']).where('job_id', '=', id).orderBy('name').execute();
    assert.deepEqual(steps, [{ name: 'a', result: { value: 41 } }, { name: 'b', result: 42 }]);
  }));

  test(`${name}: a transient failure waits out a backoff, and the last attempt fails the job`, (t) => withDatabase(t, open, async (db) => {
    let runs = 0;
    const definition = job('flaky', async () => { runs += 1; throw new Error('connection reset'); });
    const { id } = await enqueueJob(db, { kind: 'flaky', version: 1, payload: null, maxAttempts: 2 });
    const w = worker(db, { definitions: [definition] }); // default backoff: 0.5–1 s after attempt 1
    assert.equal(await w.runOnce(), 1);
    const { rows: [wait] } = await sql<{ ms: number }>`
      select extract(epoch from (run_after - now())) * 1000 as ms from job where id = ${id}`.execute(db);
    assert.ok(Number(wait!.ms) > 300 && Number(wait!.ms) <= 1000, `waits ${wait!.ms} ms`);
    const pending = await jobRow(db, id);
    assert.deepEqual([pending.status, pending.attempts, pending.last_error_code], ['pending', 1, 'INTERNAL']);
    assert.equal(await w.runOnce(), 0, 'not due before its backoff has passed');
    await db.updateTable('job').set({ run_after: new Date(Date.now() - 1000) }).where('id', '=', id).execute();
    assert.equal(await w.runOnce(), 1);
    const failed = await jobRow(db, id);
    assert.deepEqual([failed.status, failed.attempts, failed.last_error_code, runs], ['failed', 2, 'INTERNAL', 2]);
    assert.ok(failed.finished_at instanceof Date);
  }));

  test(`${name}: an InsynError with a 4xx status fails the job at once with its code`, (t) => withDatabase(t, open, async (db) => {
    const definition = job('bad-input', async () => { throw new InsynError('VALIDATION_FAILED', 'field x'); });
    const { id } = await enqueueJob(db, { kind: 'bad-input', version: 1, payload: null });
    const unknown = await enqueueJob(db, { kind: 'bad-input', version: 2, payload: null });
    assert.equal(await worker(db, { definitions: [definition] }).runOnce(), 2);
    const row = await jobRow(db, id);
    assert.deepEqual([row.status, row.attempts, row.last_error_code], ['failed', 1, 'VALIDATION_FAILED']);
    const other = await jobRow(db, unknown.id);
    assert.deepEqual([other.status, other.last_error_code], ['failed', 'UNKNOWN_JOB']);
  }));

  test(`${name}: a worker dedicated to some kinds claims only those and leaves the others pending`, (t) => withDatabase(t, open, async (db) => {
    let runs = 0;
    const definition = job('dedicated', async () => { runs += 1; });
    const mine = await enqueueJob(db, { kind: 'dedicated', version: 1, payload: null });
    const other = await enqueueJob(db, { kind: 'someone-elses', version: 1, payload: null });
    const w = worker(db, { definitions: [definition], kinds: ['dedicated'] });
    assert.equal(await w.runOnce(), 1);
    assert.equal(await w.runOnce(), 0, 'nothing else is claimed');
    assert.deepEqual([(await jobRow(db, mine.id)).status, runs], ['done', 1]);
    const left = await jobRow(db, other.id);
    assert.deepEqual([left.status, left.attempts, left.locked_by], ['pending', 0, null]);
    assert.throws(() => worker(db, { definitions: [definition], kinds: [] }), TypeError);
  }));
}

export function describeRecovery(name: string, open: OpenDatabase): void {
  test(`${name}: a job whose lease expired is reclaimed and its finished steps are not redone`, (t) => withDatabase(t, open, async (db) => {
    const calls = { a: 0, b: 0 };
    let stepADone!: () => void;
    const aDone = new Promise<void>((resolve) => { stepADone = resolve; });
    let releaseHung!: () => void;
    const hung = new Promise<void>((resolve) => { releaseHung = resolve; });
    const definition = job('crashing', async ({ step, attempt }) => {
      await step('a', async () => { calls.a += 1; return 'a'; });
      if (attempt === 1) {
        stepADone();
        await hung; // the first worker "dies" here
      }
      await step('b', async () => { calls.b += 1; return 'b'; });
    });
    const { id } = await enqueueJob(db, { kind: 'crashing', version: 1, payload: null });
    const dead = worker(db, { definitions: [definition], workerId: 'dead' });
    const deadRun = dead.runOnce();
    await aDone;
    const alive = worker(db, { definitions: [definition], workerId: 'alive' });
    assert.equal(await alive.runOnce(), 0, 'a leased job is not taken');
    await db.updateTable('job').set({ locked_until: new Date(Date.now() - 1000) }).where('id', '=', id).execute();
    assert.equal(await alive.runOnce(), 1);
    releaseHung(); // the old holder wakes up; its outcome no longer counts
    await deadRun;
    assert.deepEqual(calls, { a: 1, b: 1 });
    const row = await jobRow(db, id);
    assert.deepEqual([row.status, row.attempts, row.locked_by], ['done', 2, null]);
  }));

  test(`${name}: a job whose worker stopped on its last attempt fails instead of running again`, (t) => withDatabase(t, open, async (db) => {
    let runs = 0;
    const definition = job('poison', async () => { runs += 1; });
    const { id } = await enqueueJob(db, { kind: 'poison', version: 1, payload: null, maxAttempts: 1 });
    assert.equal((await claimJobs(db, 'killed', 1, 60_000)).length, 1); // claimed, then the worker died
    await db.updateTable('job').set({ locked_until: new Date(Date.now() - 1000) }).where('id', '=', id).execute();
    assert.equal(await worker(db, { definitions: [definition] }).runOnce(), 1);
    const row = await jobRow(db, id);
    assert.deepEqual([row.status, row.attempts, row.last_error_code, runs], ['failed', 2, 'JOB_ABANDONED', 0]);
  }));

  test(`${name}: a running job keeps its lease beyond leaseMs, so no other worker takes it`, (t) => withDatabase(t, open, async (db) => {
    let runs = 0;
    const definition = job('long', async () => {
      runs += 1;
      await new Promise((resolve) => setTimeout(resolve, 900));
    });
    const { id } = await enqueueJob(db, { kind: 'long', version: 1, payload: null });
    const holder = worker(db, { definitions: [definition], workerId: 'holder', leaseMs: 300 }).runOnce();
    const other = worker(db, { definitions: [definition], workerId: 'other', leaseMs: 300 });
    for (let n = 0; n < 3; n += 1) {
      await new Promise((resolve) => setTimeout(resolve, 250));
      assert.equal(await other.runOnce(), 0, 'the lease was extended');
    }
    assert.equal(await holder, 1);
    const row = await jobRow(db, id);
    assert.deepEqual([row.status, row.attempts, runs], ['done', 1, 1]);
  }));

  test(`${name}: a started worker runs what is enqueued and stop() waits for jobs in flight`, (t) => withDatabase(t, open, async (db) => {
    let finished = 0;
    const definition = job('slow', async () => {
      await new Promise((resolve) => setTimeout(resolve, 20));
      finished += 1;
    });
    const w = worker(db, { definitions: [definition], pollIntervalMs: 10, concurrency: 3 });
    w.start();
    for (let n = 0; n < 6; n += 1) await enqueueJob(db, { kind: 'slow', version: 1, payload: n });
    while (finished < 6) await new Promise((resolve) => setTimeout(resolve, 10));
    await enqueueJob(db, { kind: 'slow', version: 1, payload: 6 });
    await new Promise((resolve) => setTimeout(resolve, 15));
    await w.stop();
    const { rows } = await sql<{ status: string; n: number }>`select status, count(*)::int as n from job group by status`.execute(db);
    assert.deepEqual(rows, [{ status: 'done', n: 7 }]);
  }));
}
