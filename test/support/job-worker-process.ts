// A worker process for the kill test (test/integration/job-engine-kill.test.ts): runs jobs of
// kind `two-step-effect` on INSYN_TEST_DATABASE_URL. Each job records step `a` and step `b` in
// job_effect; on its first attempt it prints `a-done` after step a and then hangs, so that the
// test can SIGKILL the process between the two steps. SIGTERM stops it gracefully.
import { sql } from 'kysely';
import { openPostgres } from '../../src/db/database.ts';
import { defineJob } from '../../src/engine/job-definition.ts';
import { createWorker } from '../../src/engine/worker.ts';

const handle = openPostgres(process.env.INSYN_TEST_DATABASE_URL!, 4);
const record = (jobId: number, step: string) =>
  sql`insert into job_effect (job_id, step) values (${jobId}, ${step})`.execute(handle.db);

const twoSteps = defineJob({
  kind: 'two-step-effect',
  version: 1,
  parsePayload: (payload) => payload,
  run: async ({ jobId, attempt, step }) => {
    await step('a', () => record(jobId, 'a').then(() => 'a'));
    if (attempt === 1) {
      process.stdout.write(`a-done ${jobId}\n`);
      await new Promise((resolve) => setTimeout(resolve, 600_000));
    }
    await step('b', () => record(jobId, 'b').then(() => 'b'));
  },
});

const worker = createWorker({
  db: handle.db, definitions: [twoSteps], workerId: `kill-test:${process.pid}`,
  concurrency: Number(process.env.INSYN_TEST_CONCURRENCY ?? 4), pollIntervalMs: 20,
  leaseMs: Number(process.env.INSYN_TEST_LEASE_MS ?? 60_000),
});
worker.start();
process.stdout.write('started\n');
process.once('SIGTERM', () => {
  void worker.stop().then(() => handle.close()).then(() => process.exit(0));
});
