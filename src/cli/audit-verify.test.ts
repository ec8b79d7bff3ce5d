import assert from 'node:assert/strict';
import { PassThrough } from 'node:stream';
import { after, test } from 'node:test';
import { sql } from 'kysely';
import { createSubjectKeyer } from '../audit/subject-key.ts';
import { loadConfig } from '../config/load-config.ts';
import { isInsynError } from '../domain/error-catalogue.ts';
import type { AppServices } from '../operations/app-services.ts';
import { openLog, readEvent, steppingClock, subjectKeyIn, tamper } from '../../test/support/processing-log-fixtures.ts';
import { pgliteDatabase } from '../../test/support/test-databases.ts';
import { demoCatalog } from '../../test/support/test-server.ts';
import { auditVerifyCommand } from './audit-verify.ts';

/** One database for the file (PGlite takes seconds to open): two events in May 2025, sealed. */
async function openServices(): Promise<AppServices> {
  const database = await pgliteDatabase();
  const processingLog = openLog(database.db, { clock: steppingClock('2025-05-02T08:00:00.000Z') });
  await processingLog.append([readEvent(subjectKeyIn('d'), 1), readEvent(null, 2)]);
  await processingLog.checkpoint();
  return {
    config: loadConfig({ INSYN_LOG_LEVEL: 'silent' }), catalog: demoCatalog(), database, processingLog,
    subjectKey: createSubjectKeyer('a-test-secret-of-at-least-32-characters'),
    migrated: [],
    sources: () => Promise.reject(new TypeError('this test opens no source systems')),
    ping: async () => {},
    close: async () => { await processingLog.close(); await database.close(); },
  };
}

const opened = openServices();
after(async () => (await opened).close());

async function run(services: AppServices, args: string[] = []) {
  const out = new PassThrough();
  let text = '';
  out.on('data', (chunk: Buffer) => { text += chunk.toString(); });
  const context = { args, io: { out, err: out }, config: services.config, services: async () => services };
  try {
    return { code: await auditVerifyCommand.run(context), text, error: undefined };
  } catch (error) {
    return { code: undefined, text, error };
  }
}

test('audit verify prints a one-line summary and succeeds on an intact log', async () => {
  const services = await opened;
  const result = await run(services);
  assert.equal(result.code, 0);
  assert.equal(result.text, 'Processing log intact: 2 chain(s), 2 event(s), 2 signed checkpoint(s).\n');
  assert.match((await run(services, ['--month', '2025-04'])).text, /intact: 0 chain/);
});

test('audit verify refuses a malformed month as bad input', async () => {
  const services = await opened;
  const result = await run(services, ['--month', '2025-13']);
  assert.ok(isInsynError(result.error, 'VALIDATION_FAILED'));
  assert.ok(isInsynError((await run(services, ['--bogus'])).error, 'BAD_USAGE'));
});

test('audit verify fails with AUDIT_TAMPERED naming the first bad event', async () => {
  const services = await opened;
  await tamper(services.database.db, (trx) => sql`update processing_log set actor = 'someone-else' where chain = '2025-05:d'`.execute(trx));
  const result = await run(services);
  assert.match(result.text, /^Processing log NOT intact after 2 chain\(s\)/);
  assert.ok(isInsynError(result.error, 'AUDIT_TAMPERED'));
  assert.match((result.error as Error).message, /First bad event: chain 2025-05:d, seq 1, id \d+, modified: /);
});
