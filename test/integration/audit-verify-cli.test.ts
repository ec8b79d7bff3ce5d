// `insyn audit verify` end to end: the real CLI (`node src/main.ts`) on an embedded database in a
// temporary INSYN_DATA_DIR, with the keys main.ts generates there.
import assert from 'node:assert/strict';
import { mkdtempSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { after, test } from 'node:test';
import { sql } from 'kysely';
import { createProcessingLog } from '../../src/audit/processing-log.ts';
import { loadCheckpointSigner } from '../../src/audit/signing-keys.ts';
import { loadConfig } from '../../src/config/load-config.ts';
import { openDatabase } from '../../src/db/database.ts';
import { migrateToLatest } from '../../src/db/migrations.ts';
import { readEvent, subjectKeyIn, tamper } from '../support/processing-log-fixtures.ts';
import { runInsyn } from '../support/run-insyn.ts';

const dataDir = mkdtempSync(join(tmpdir(), 'insyn-audit-'));
after(() => rmSync(dataDir, { recursive: true, force: true }));
const env = { INSYN_DATA_DIR: dataDir, DATABASE_URL: undefined, INSYN_MODE: undefined };

/** Opens the embedded database as main.ts would (no CLI is running, so the lock is free); migrates it. */
async function withEmbedded(work: (database: Awaited<ReturnType<typeof openDatabase>>) => Promise<void>): Promise<void> {
  const config = loadConfig({ INSYN_DATA_DIR: dataDir });
  const database = await openDatabase(config);
  try {
    await migrateToLatest(database.db);
    await work(database);
  } finally {
    await database.close();
  }
}

test('insyn audit verify: exit 0 on an intact log, exit 1 naming the first bad event after tampering', async () => {
  await withEmbedded(async ({ db }) => {
    const log = createProcessingLog({ db, signer: loadCheckpointSigner(loadConfig({ INSYN_DATA_DIR: dataDir })) });
    await log.append([readEvent(subjectKeyIn('e'), 1), readEvent(subjectKeyIn('e'), 2), readEvent(null, 3)]);
    await log.close();
  });
  const intact = await runInsyn(['audit', 'verify'], env);
  assert.equal(intact.code, 0, intact.stderr);
  assert.match(intact.stdout, /^Processing log intact: 2 chain\(s\), 3 event\(s\), 2 signed checkpoint\(s\)\.\n$/);

  let chain = '';
  await withEmbedded(async ({ db }) => {
    const event = await db.selectFrom('processing_log').select(['chain', 'id']).where('seq', '=', 1).where('subject_key', 'is not', null).executeTakeFirstOrThrow();
    chain = event.chain;
    await tamper(db, (trx) => sql`delete from processing_log where id = ${event.id}`.execute(trx));
  });
  const tampered = await runInsyn(['audit', 'verify'], env);
  assert.equal(tampered.code, 1);
  assert.match(tampered.stdout, /NOT intact/);
  assert.match(tampered.stderr, new RegExp(`^insyn audit verify: AUDIT_TAMPERED: .*First bad event: chain ${chain}, seq 1, deleted: .*\\n$`));
});
