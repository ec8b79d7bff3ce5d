// A worker process killed with SIGKILL between two steps of its jobs: once the lease expires a
// new worker process resumes them, and no finished step runs twice.
import assert from 'node:assert/strict';
import { spawn, type ChildProcessWithoutNullStreams } from 'node:child_process';
import { test } from 'node:test';
import { sql } from 'kysely';
import { openPostgres } from '../../src/db/database.ts';
import { migrateToLatest } from '../../src/db/migrations.ts';
import { enqueueJob } from '../../src/engine/enqueue-job.ts';
import { projectRoot } from '../support/run-insyn.ts';
import { scratchPostgres } from '../support/test-databases.ts';

const JOBS = 4;

function startWorker(url: string, leaseMs: number): { child: ChildProcessWithoutNullStreams; output: () => string } {
  const child = spawn(process.execPath, ['test/support/job-worker-process.ts'], {
    cwd: projectRoot,
    env: { ...process.env, INSYN_TEST_DATABASE_URL: url, INSYN_TEST_LEASE_MS: String(leaseMs), INSYN_TEST_CONCURRENCY: String(JOBS) },
  });
  let text = '';
  child.stdout.on('data', (chunk: Buffer) => { text += chunk.toString(); });
  child.stderr.on('data', (chunk: Buffer) => { text += chunk.toString(); });
  return { child, output: () => text };
}

async function until(condition: () => boolean | Promise<boolean>, what: string, timeoutMs = 15_000): Promise<void> {
  const deadline = Date.now() + timeoutMs;
  while (!(await condition())) {
    if (Date.now() > deadline) throw new Error(`timed out waiting for ${what}`);
    await new Promise((resolve) => setTimeout(resolve, 20));
  }
}

const exited = (child: ChildProcessWithoutNullStreams) =>
  new Promise<number | null>((resolve) => {
    if (child.exitCode !== null || child.signalCode !== null) resolve(child.exitCode);
    else child.once('exit', (code) => resolve(code));
  });

test('PostgreSQL: a worker killed with SIGKILL mid-job is resumed by another without redoing finished steps', async (t) => {
  const scratch = await scratchPostgres(t);
  if (!scratch) return;
  const handle = openPostgres(scratch.url, 2);
  const children: ChildProcessWithoutNullStreams[] = [];
  try {
    await migrateToLatest(handle.db);
    await sql`create table job_effect (job_id bigint not null, step text not null)`.execute(handle.db);
    for (let n = 0; n < JOBS; n += 1) await enqueueJob(handle.db, { kind: 'two-step-effect', version: 1, payload: { n } });

    const first = startWorker(scratch.url, 1000);
    children.push(first.child);
    await until(() => (first.output().match(/a-done/g) ?? []).length === JOBS, `step a of ${JOBS} jobs\n${first.output()}`);
    first.child.kill('SIGKILL');
    await exited(first.child);

    const second = startWorker(scratch.url, 1000);
    children.push(second.child);
    const done = async () => {
      const { rows } = await sql<{ n: number }>`select count(*)::int as n from job where status = 'done'`.execute(handle.db);
      return rows[0]!.n === JOBS;
    };
    await until(done, `the jobs to finish\n${second.output()}`);
    second.child.kill('SIGTERM');
    assert.equal(await exited(second.child), 0);

    const { rows } = await sql<{ step: string; n: number }>`
      select step, count(*)::int as n from job_effect group by step order by step`.execute(handle.db);
    assert.deepEqual(rows, [{ step: 'a', n: JOBS }, { step: 'b', n: JOBS }]);
    const { rows: attempts } = await sql<{ attempts: number }>`select distinct attempts from job`.execute(handle.db);
    assert.deepEqual(attempts, [{ attempts: 2 }]);
  } finally {
    for (const child of children) if (child.exitCode === null && child.signalCode === null) child.kill('SIGKILL');
    await handle.close();
    await scratch.drop();
  }
});
