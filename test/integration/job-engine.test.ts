// The durable job engine on PostgreSQL: the suites the PGlite tests run, and three workers with
// pools of their own sharing one database, where each job's side effect must happen exactly once.
import assert from 'node:assert/strict';
import { test } from 'node:test';
import { sql } from 'kysely';
import { openPostgres } from '../../src/db/database.ts';
import { migrateToLatest } from '../../src/db/migrations.ts';
import { enqueueJob } from '../../src/engine/enqueue-job.ts';
import { defineJob } from '../../src/engine/job-definition.ts';
import { createWorker } from '../../src/engine/worker.ts';
import { describeEnqueue, describeRecovery, describeRetries, sharedDatabase } from '../support/job-engine-behaviour.ts';
import { postgresDatabase, scratchPostgres } from '../support/test-databases.ts';

const open = sharedDatabase((t) => postgresDatabase(t));

describeEnqueue('PostgreSQL', open);
describeRetries('PostgreSQL', open);
describeRecovery('PostgreSQL', open);

const JOBS = 200;

test('PostgreSQL: three workers with pools of their own run 200 jobs, each side effect exactly once', async (t) => {
  const scratch = await scratchPostgres(t);
  if (!scratch) return;
  const handles = [openPostgres(scratch.url, 4), openPostgres(scratch.url, 4), openPostgres(scratch.url, 4)];
  try {
    const [first] = handles;
    await migrateToLatest(first!.db);
    await sql`create table job_effect (n integer primary key, job_id bigint not null)`.execute(first!.db);
    const errors: string[] = [];
    const effect = defineJob({
      kind: 'effect',
      version: 1,
      parsePayload: (payload) => payload as { n: number },
      run: async ({ step, jobId }, { n }) => {
        await step('record', async () => {
          await sql`insert into job_effect (n, job_id) values (${n}, ${jobId})`.execute(first!.db);
        });
      },
    });
    await first!.db.transaction().execute(async (trx) => {
      for (let n = 0; n < JOBS; n += 1) await enqueueJob(trx, { kind: 'effect', version: 1, payload: { n } });
    });
    const workers = handles.map(({ db }, index) => createWorker({
      db, definitions: [effect], workerId: `worker-${index}`, concurrency: 3, pollIntervalMs: 5,
      onError: (_id, code) => errors.push(code),
    }));
    for (const worker of workers) worker.start();
    const deadline = Date.now() + 20_000;
    let done = 0;
    while (done < JOBS && Date.now() < deadline) {
      await new Promise((resolve) => setTimeout(resolve, 20));
      const { rows } = await sql<{ n: number }>`select count(*)::int as n from job where status = 'done'`.execute(first!.db);
      done = rows[0]!.n;
    }
    await Promise.all(workers.map((worker) => worker.stop()));
    assert.equal(done, JOBS);
    assert.deepEqual(errors, []);
    const { rows: [effects] } = await sql<{ n: number; unique_n: number }>`
      select count(*)::int as n, count(distinct n)::int as unique_n from job_effect`.execute(first!.db);
    assert.deepEqual([effects!.n, effects!.unique_n], [JOBS, JOBS]);
    const { rows: attempts } = await sql<{ attempts: number }>`select distinct attempts from job`.execute(first!.db);
    assert.deepEqual(attempts, [{ attempts: 1 }], 'every job ran on its first claim');
  } finally {
    await Promise.all(handles.map((handle) => handle.close()));
    await scratch.drop();
  }
});
