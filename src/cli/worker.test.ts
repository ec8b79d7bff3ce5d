import assert from 'node:assert/strict';
import { PassThrough } from 'node:stream';
import { test } from 'node:test';
import { loadConfig } from '../config/load-config.ts';
import { isInsynError } from '../domain/error-catalogue.ts';
import { enqueueJob } from '../engine/enqueue-job.ts';
import type { AppServices } from '../operations/app-services.ts';
import { startWorker } from '../operations/start-worker.ts';
import { pgliteDatabase } from '../../test/support/test-databases.ts';
import { workerCommand } from './worker.ts';

function collect(stream: PassThrough): () => string {
  let text = '';
  stream.on('data', (chunk: Buffer) => { text += chunk.toString(); });
  return () => text;
}

test('insyn worker runs due jobs until the signal, then stops', async (t) => {
  const database = await pgliteDatabase();
  t.after(() => database.close());
  // No job kinds are defined yet: a job of an unknown kind is claimed and failed with UNKNOWN_JOB.
  const { id } = await enqueueJob(database.db, { kind: 'nobody-defines-this', version: 1, payload: {} });
  const services = {
    startWorker: (options) => startWorker(database.db, [], options),
  } as Partial<AppServices> as AppServices;
  let stop: (signal: string) => void = () => {};
  const out = new PassThrough();
  const output = collect(out);
  const running = workerCommand({ untilShutdown: () => new Promise((resolve) => { stop = resolve; }) }).run({
    args: ['--concurrency', '2'], io: { out, err: out }, config: loadConfig({}), services: async () => services,
  });
  const job = () => database.db.selectFrom('job').select(['status', 'last_error_code']).where('id', '=', id).executeTakeFirstOrThrow();
  while ((await job()).status !== 'failed') await new Promise((resolve) => setTimeout(resolve, 20));
  assert.deepEqual(await job(), { status: 'failed', last_error_code: 'UNKNOWN_JOB' });
  assert.match(output(), /Insyn worker \S+ is running \(2 jobs at a time\)/);
  stop('SIGTERM');
  assert.equal(await running, 0);
  assert.match(output(), /Received SIGTERM; finishing the jobs in flight\.\nWorker stopped\.\n$/);
});

test('a bad --concurrency is bad usage', async () => {
  const out = new PassThrough();
  await assert.rejects(
    workerCommand().run({ args: ['--concurrency', '0'], io: { out, err: out }, config: loadConfig({}), services: () => { throw new Error('not reached'); } }),
    (error) => isInsynError(error, 'BAD_USAGE'),
  );
});
