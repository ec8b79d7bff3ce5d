// `insyn audit verify` in process, on an embedded database in a temporary INSYN_DATA_DIR: the
// command opens the database itself and never asks for the app services (which would migrate, and
// whose processing log would seal whatever it found). test/integration/audit-verify-cli.test.ts
// runs the real CLI on PGlite and PostgreSQL.
import assert from 'node:assert/strict';
import { existsSync, mkdtempSync, renameSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { PassThrough } from 'node:stream';
import { after, test } from 'node:test';
import { sql } from 'kysely';
import { CHECKPOINT_KEY_FILE, loadCheckpointSigner, loadSubjectKeySecret } from '../audit/signing-keys.ts';
import type { Config } from '../config/config.ts';
import { loadConfig } from '../config/load-config.ts';
import { isInsynError } from '../domain/error-catalogue.ts';
import { logTablesOf, withAppLog } from '../../test/support/app-log.ts';
import { readEvent, steppingClock, subjectKeyIn, tamper } from '../../test/support/processing-log-fixtures.ts';
import { auditVerifyCommand } from './audit-verify.ts';

const dataDir = mkdtempSync(join(tmpdir(), 'insyn-audit-verify-'));
const env = { INSYN_DATA_DIR: dataDir, INSYN_LOG_LEVEL: 'silent' };
const config = loadConfig(env);
after(() => rmSync(dataDir, { recursive: true, force: true }));

async function run(args: string[] = [], runConfig: Config = config) {
  const out = new PassThrough();
  let text = '';
  out.on('data', (chunk: Buffer) => { text += chunk.toString(); });
  const services = () => Promise.reject(new TypeError('audit verify must not open the app services'));
  try {
    return { code: await auditVerifyCommand.run({ args, io: { out, err: out }, config: runConfig, services }), text, error: undefined };
  } catch (error) {
    return { code: undefined, text, error };
  }
}

// The tests run in order: the first finds the database unmigrated, the second writes the log.
test('audit verify does not migrate: an unmigrated database is DATABASE_NOT_MIGRATED, and stays so', async () => {
  loadCheckpointSigner(config);
  loadSubjectKeySecret(config); // the keys exist; the database does not yet
  for (let n = 0; n < 2; n++) assert.ok(isInsynError((await run()).error, 'DATABASE_NOT_MIGRATED'));
});

test('audit verify only reads: twice over a log with unsealed events, nothing is sealed or registered', async () => {
  const clock = steppingClock('2025-05-02T08:00:00.000Z');
  await withAppLog(config, async ({ log }) => {
    await log.append([readEvent(subjectKeyIn('d'), 1), readEvent(null, 2)]);
    await log.close();
  }, { clock });
  const recent = steppingClock(new Date(Date.now() - 60_000).toISOString());
  await withAppLog(config, async ({ log }) => { await log.append([readEvent(subjectKeyIn('d'), 3)]); }, { clock: recent });
  const before = await withAppLog(config, ({ db }) => logTablesOf(db));
  for (let n = 0; n < 2; n++) {
    const result = await run();
    assert.equal(result.code, 0, String(result.error));
    assert.equal(result.text, 'Processing log intact: 3 chain(s), 3 event(s), 2 signed checkpoint(s); 1 event(s) after the latest checkpoints.\n');
  }
  assert.deepEqual(await withAppLog(config, ({ db }) => logTablesOf(db)), before);
  assert.match((await run(['--month', '2025-04'])).text, /intact: 0 chain/);
});

test('audit verify trusts only the configured signing key and INSYN_TRUSTED_CHECKPOINT_KEY_IDS', async () => {
  const keyFile = join(dataDir, 'keys', CHECKPOINT_KEY_FILE);
  const keyId = loadCheckpointSigner(config).keyId;
  renameSync(keyFile, `${keyFile}.away`);
  try {
    const untrusted = await run();
    assert.ok(isInsynError(untrusted.error, 'AUDIT_TAMPERED'));
    assert.match((untrusted.error as Error).message, new RegExp(`unknown-key: .*${keyId}`));
    assert.equal(existsSync(keyFile), false, 'verification generates no key');
    const trusted = await run([], loadConfig({ ...env, INSYN_TRUSTED_CHECKPOINT_KEY_IDS: keyId }));
    assert.equal(trusted.code, 0, String(trusted.error));
  } finally {
    renameSync(`${keyFile}.away`, keyFile);
  }
});

test('audit verify refuses a malformed month as bad input', async () => {
  const result = await run(['--month', '2025-13']);
  assert.ok(isInsynError(result.error, 'VALIDATION_FAILED'));
  assert.ok(isInsynError((await run(['--bogus'])).error, 'BAD_USAGE'));
});

test('audit verify fails with AUDIT_TAMPERED naming the first bad event', async () => {
  await withAppLog(config, ({ db }) => tamper(db, (trx) => sql`update processing_log set actor = 'someone-else' where chain = '2025-05:d'`.execute(trx)));
  const result = await run();
  assert.match(result.text, /^Processing log NOT intact after 2 chain\(s\)/);
  assert.ok(isInsynError(result.error, 'AUDIT_TAMPERED'));
  assert.match((result.error as Error).message, /First bad event: chain 2025-05:d, seq 1, id \d+, modified: /);
});
