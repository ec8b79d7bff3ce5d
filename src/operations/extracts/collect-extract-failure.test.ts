// When collection gives up (its last attempt fails), the request fails with the reason and its
// collected copy is deleted: a request never hangs in `waiting` after its job has stopped, and no
// personal data stay behind for it.
import assert from 'node:assert/strict';
import { after, before, test } from 'node:test';
import { sql } from 'kysely';
import { demoPersonas } from '../../devservices/demo-agency/demo-personas.ts';
import { createWorker } from '../../engine/worker.ts';
import { findRequest } from '../../stores/request-store.ts';
import { pgliteDatabase } from '../../../test/support/test-databases.ts';
import { openExtractFixture, type ExtractFixture } from '../../../test/support/extract-fixture.ts';
import { collectExtractJob } from './collect-extract.ts';

let fixture: ExtractFixture;
// The document archive is bound to an address where nothing listens.
before(async () => {
  fixture = await openExtractFixture({ logDatabase: await pgliteDatabase(), persons: 30, worker: false, systemUrls: { dokumentarkiv: 'http://127.0.0.1:9/' } });
});
after(() => fixture.close());

test('the last failed attempt fails the request with its code and deletes the collected copy', async () => {
  const db = fixture.logDatabase.db;
  const id = await fixture.request(demoPersonas().ordinaryAdult.identityNumber);
  await sql`update job set max_attempts = 2 where kind = 'extract.collect'`.execute(db);
  // The acknowledgement's delivery is another worker's concern here.
  await sql`update job set run_after = now() + interval '1 day' where kind <> 'extract.collect'`.execute(db);
  const worker = createWorker({
    db, workerId: 'failure-test', concurrency: 1, onError: () => {}, backoff: () => 0,
    definitions: [collectExtractJob({ db, catalog: fixture.catalog, sealer: fixture.sealer, sources: async () => fixture.sources, processingLog: fixture.log })],
  });
  await worker.runOnce();
  const waiting = await findRequest(db, id);
  assert.equal(waiting?.status, 'waiting', 'the first attempt waits for the archive');
  assert.deepEqual(waiting?.waitingFor, ['dokumentarkiv']);
  assert.ok((await fixture.parts(id)).length > 0, 'what could be read is kept while waiting');
  await worker.runOnce();
  const failed = await findRequest(db, id);
  assert.equal(failed?.status, 'failed');
  assert.equal(failed?.errorCode, 'SOURCE_UNAVAILABLE');
  assert.deepEqual(await fixture.parts(id), [], 'no collected copy stays behind');
});
