import assert from 'node:assert/strict';
import { after, before, test } from 'node:test';
import type { KyselyPlugin, PluginTransformQueryArgs, RootOperationNode } from 'kysely';
import type { DatabaseHandle } from '../db/database.ts';
import { pgliteDatabase } from '../../test/support/test-databases.ts';
import { enqueueJob } from './enqueue-job.ts';
import { stepRunner } from './step-runner.ts';

let handle: DatabaseHandle;
before(async () => { handle = await pgliteDatabase(); });
after(async () => { await handle.close(); });

/** Counts the statements sent through it, by kind of statement. */
function counting() {
  const counts = { select: 0, insert: 0 };
  const plugin: KyselyPlugin = {
    transformQuery(args: PluginTransformQueryArgs): RootOperationNode {
      if (args.node.kind === 'SelectQueryNode') counts.select += 1;
      if (args.node.kind === 'InsertQueryNode') counts.insert += 1;
      return args.node;
    },
    transformResult: async (args) => args.result,
  };
  return { db: handle.db.withPlugin(plugin), counts };
}

async function newJob(): Promise<number> {
  return (await enqueueJob(handle.db, { kind: 'memo-test', version: 1, payload: null })).id;
}

test('steps started together are looked up in one statement; each new one is stored once', async () => {
  const jobId = await newJob();
  const { db, counts } = counting();
  const step = stepRunner(db, jobId);
  const results = await Promise.all(['a', 'b', 'c'].map((name) => step(name, async () => ({ name }))));
  assert.deepEqual(results, [{ name: 'a' }, { name: 'b' }, { name: 'c' }]);
  assert.deepEqual(counts, { select: 1, insert: 3 });
  assert.deepEqual(await step('d', async () => undefined), null);
  assert.deepEqual(counts, { select: 2, insert: 4 });
});

test('a later run returns the stored results, reading them once per batch of steps and running nothing', async () => {
  const jobId = await newJob();
  await Promise.all(['a', 'b'].map((name) => stepRunner(handle.db, jobId)(name, async () => [name, 1])));
  const { db, counts } = counting();
  const step = stepRunner(db, jobId);
  let ran = 0;
  const results = await Promise.all(['a', 'b'].map((name) => step(name, async () => { ran += 1; return 'again'; })));
  assert.deepEqual([results, ran, counts], [[['a', 1], ['b', 1]], 0, { select: 1, insert: 0 }]);
});

test('a step another run stored while this one ran it returns the stored result, so both runs agree', async () => {
  const jobId = await newJob();
  const step = stepRunner(handle.db, jobId);
  const result = await step('collect', async () => {
    // The job's new holder (this run's lease ran out) finishes the same step first.
    await stepRunner(handle.db, jobId)('collect', async () => ({ items: 7 }));
    return { items: 8 };
  });
  assert.deepEqual(result, { items: 7 });
  const stored = await handle.db.selectFrom('job_step').select('result').where('job_id', '=', jobId).execute();
  assert.deepEqual(stored, [{ result: { items: 7 } }]);
});

test('a step finished by another run after this one began is looked up again, not run', async () => {
  const jobId = await newJob();
  const step = stepRunner(handle.db, jobId);
  await step('a', async () => 'a');
  await stepRunner(handle.db, jobId)('b', async () => 'b by the new holder');
  let ran = false;
  assert.equal(await step('b', async () => { ran = true; return 'b again'; }), 'b by the new holder');
  assert.equal(ran, false);
});
