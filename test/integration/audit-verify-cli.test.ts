// `insyn audit verify` end to end: the real CLI (`node src/main.ts`) on an embedded database in a
// temporary INSYN_DATA_DIR, and on the machine's PostgreSQL, with the keys main.ts generates there.
// It only reads: running it (twice) leaves the log's tables as they were, even with events unsealed.
import assert from 'node:assert/strict';
import { mkdtempSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { after, test } from 'node:test';
import { sql } from 'kysely';
import { loadCheckpointSigner, loadSubjectKeySecret } from '../../src/audit/signing-keys.ts';
import type { Config } from '../../src/config/config.ts';
import { loadConfig } from '../../src/config/load-config.ts';
import { logTablesOf, withAppLog } from '../support/app-log.ts';
import { readEvent, subjectKeyIn, tamper, type SkipContextLike } from '../support/processing-log-fixtures.ts';
import { runInsyn } from '../support/run-insyn.ts';
import { scratchPostgres } from '../support/test-databases.ts';

interface Target {
  readonly env: Record<string, string | undefined>;
  readonly config: Config;
}

function tempDataDir(): string {
  const dataDir = mkdtempSync(join(tmpdir(), 'insyn-audit-'));
  after(() => rmSync(dataDir, { recursive: true, force: true }));
  return dataDir;
}

function targetFor(dataDir: string, databaseUrl: string | undefined): Target {
  const env = { INSYN_DATA_DIR: dataDir, DATABASE_URL: databaseUrl, INSYN_MODE: undefined };
  return { env, config: loadConfig(databaseUrl ? { INSYN_DATA_DIR: dataDir, DATABASE_URL: databaseUrl } : { INSYN_DATA_DIR: dataDir }) };
}

/** `runs`: how often to verify the intact log (each embedded run costs seconds: PGlite starts cold in a new process). */
function describeCli(engine: string, runs: number, open: (t: SkipContextLike) => Promise<Target | undefined>): void {
  test(`${engine}: insyn audit verify reads only, exits 0 on an intact log and 1 naming the first bad event after tampering`, async (t) => {
    const target = await open(t);
    if (!target) return;
    const { env, config } = target;
    const before = await withAppLog(config, async ({ db, log }) => {
      await log.append([readEvent(subjectKeyIn('e'), 1), readEvent(subjectKeyIn('e'), 2), readEvent(null, 3)]);
      await log.checkpoint();
      // One more event, not sealed: a verifier that went through the app services would seal it on close.
      await log.append([readEvent(subjectKeyIn('e'), 4)]);
      return logTablesOf(db);
    });
    for (let n = 0; n < runs; n++) {
      const intact = await runInsyn(['audit', 'verify'], env);
      assert.equal(intact.code, 0, intact.stderr);
      assert.match(intact.stdout, /^Processing log intact: 2 chain\(s\), 4 event\(s\), 2 signed checkpoint\(s\); 1 event\(s\) after the latest checkpoints\.\n$/);
    }
    const chain = await withAppLog(config, async ({ db }) => {
      assert.deepEqual(await logTablesOf(db), before, 'checkpoints, signing keys and heads are unchanged');
      const event = await db.selectFrom('processing_log').select(['chain', 'id']).where('seq', '=', 1).where('subject_key', 'is not', null).executeTakeFirstOrThrow();
      await tamper(db, (trx) => sql`delete from processing_log where id = ${event.id}`.execute(trx));
      return event.chain;
    });
    const tampered = await runInsyn(['audit', 'verify'], env);
    assert.equal(tampered.code, 1);
    assert.match(tampered.stdout, /NOT intact/);
    assert.match(tampered.stderr, new RegExp(`^insyn audit verify: AUDIT_TAMPERED: .*First bad event: chain ${chain}, seq 1, deleted: .*\\n$`));
  });
}

// src/cli/audit-verify.test.ts verifies twice on the embedded database, in process.
describeCli('PGlite (embedded)', 1, async () => targetFor(tempDataDir(), undefined));

describeCli('PostgreSQL', 2, async (t) => {
  const scratch = await scratchPostgres(t);
  if (!scratch) return undefined;
  after(() => scratch.drop());
  return targetFor(tempDataDir(), scratch.url);
});

test('PostgreSQL: insyn audit verify neither migrates nor trusts a key it was not given', async (t) => {
  const scratch = await scratchPostgres(t);
  if (!scratch) return;
  after(() => scratch.drop());
  const { env, config } = targetFor(tempDataDir(), scratch.url);
  const unmigrated = await runInsyn(['audit', 'verify'], { ...env, INSYN_SUBJECT_KEY_SECRET: 's'.repeat(40) });
  assert.equal(unmigrated.code, 1);
  assert.match(unmigrated.stderr, /^insyn audit verify: DATABASE_NOT_MIGRATED: .*pending: 0001-processing-log/);

  await withAppLog(config, async ({ log }) => {
    await log.append([readEvent(null, 1)]);
    await log.close();
  });
  const keyId = loadCheckpointSigner(config).keyId;
  // Another data directory: the same secret, but the signing key only by its id, or not at all.
  const elsewhere = { ...env, INSYN_DATA_DIR: tempDataDir(), INSYN_SUBJECT_KEY_SECRET: loadSubjectKeySecret(config) };
  const untrusted = await runInsyn(['audit', 'verify'], elsewhere);
  assert.equal(untrusted.code, 1);
  assert.match(untrusted.stderr, new RegExp(`unknown-key: .*${keyId}`));
  const trusted = await runInsyn(['audit', 'verify'], { ...elsewhere, INSYN_TRUSTED_CHECKPOINT_KEY_IDS: keyId });
  assert.equal(trusted.code, 0, trusted.stderr);
});
