import assert from 'node:assert/strict';
import { PassThrough } from 'node:stream';
import { test } from 'node:test';
import { loadConfig } from '../config/load-config.ts';
import { openPglite } from '../db/database.ts';
import { pingDatabase } from '../db/ping-database.ts';
import { isInsynError } from '../domain/error-catalogue.ts';
import { buildServer } from '../http/build-server.ts';
import { checkReadiness } from '../operations/check-readiness.ts';
import type { AppServices } from '../operations/app-services.ts';
import { demoCatalog } from '../../test/support/test-server.ts';
import { testHashKeys, testSigner } from '../../test/support/processing-log-fixtures.ts';
import { createProcessingLog } from '../audit/processing-log.ts';
import { createSubjectKeyer } from '../audit/subject-key.ts';
import { createSubjectSealer } from '../audit/subject-sealer.ts';
import { createContentSealer } from '../audit/content-sealer.ts';
import { createRecordKeyer } from '../audit/record-key.ts';
import { serveCommand } from './serve.ts';

function collect(stream: PassThrough): () => string {
  let text = '';
  stream.on('data', (chunk: Buffer) => { text += chunk.toString(); });
  return () => text;
}

async function openServices(): Promise<AppServices> {
  // Serving needs no tables yet: an unmigrated in-memory database answers the readiness ping.
  const database = await openPglite();
  return {
    config: loadConfig({ INSYN_LOG_LEVEL: 'silent' }),
    catalog: demoCatalog(),
    database,
    processingLog: createProcessingLog({ db: database.db, signer: testSigner(), hashKeys: testHashKeys(), checkpointIntervalMs: 0 }),
    subjectKey: createSubjectKeyer('a-test-secret-of-at-least-32-characters'),
    recordKeyer: createRecordKeyer('a-test-secret-of-at-least-32-characters'),
    subjectSealer: createSubjectSealer('a-test-secret-of-at-least-32-characters'),
    contentSealer: createContentSealer('a-test-secret-of-at-least-32-characters'),
    clock: () => new Date(),
    migrated: [],
    sources: () => Promise.reject(new TypeError('this test opens no source systems')),
    startWorker: () => { throw new TypeError('this test runs no worker'); },
    casework: () => { throw new TypeError('this test handles no requests'); },
    consent: () => { throw new TypeError('this test records no consent'); },
    webAuth: () => { throw new TypeError('this test logs no one in'); },
    accessibilityFeedback: () => { throw new TypeError('this test takes no feedback'); },
    ping: () => pingDatabase(database.db),
    close: () => database.close(),
  };
}

test('insyn serve listens, answers, and shuts down on the signal', async (t) => {
  const services = await openServices();
  t.after(() => services.close());
  const out = new PassThrough();
  const output = collect(out);
  let stop: (signal: string) => void = () => {};
  const order: string[] = [];
  const command = serveCommand({
    buildServer: (opened) => buildServer({
      config: opened.config, catalog: opened.catalog, ready: () => checkReadiness(opened),
    }),
    beforeListen: async () => { order.push('beforeListen'); },
    untilShutdown: () => new Promise((resolve) => { stop = resolve; }),
  });
  const running = command.run({
    args: ['--host', '127.0.0.1', '--port', '0'], io: { out, err: out }, config: services.config, services: async () => services,
  });
  while (!/running on (http:\/\/[^/]+)\//.test(output())) await new Promise((resolve) => setTimeout(resolve, 20));
  const base = /running on (http:\/\/[^/]+)\//.exec(output())?.[1];
  const ready = await fetch(`${base}/ready`);
  assert.equal(ready.status, 200);
  assert.equal(((await ready.json()) as { status: string }).status, 'ready');
  assert.equal((await fetch(`${base}/behandling-av-personuppgifter`)).status, 200);
  stop('SIGTERM');
  assert.equal(await running, 0);
  assert.deepEqual(order, ['beforeListen']);
  assert.match(output(), /Received SIGTERM; shutting down/);
  await assert.rejects(fetch(`${base}/health`));
});

test('a bad --port is bad usage', async () => {
  const command = serveCommand({ buildServer: () => { throw new Error('not reached'); } });
  const out = new PassThrough();
  await assert.rejects(
    command.run({ args: ['--port', 'eighty'], io: { out, err: out }, config: loadConfig({}), services: () => { throw new Error('not reached'); } }),
    (error) => isInsynError(error, 'BAD_USAGE'),
  );
});
