// A notification whose job ended without settling it (the worker died on its last attempt) is
// failed by the hourly sweep with the job's code, so no recipient waits unseen; one whose job is
// still pending or running is left alone. The same for a run of decided changes.
import assert from 'node:assert/strict';
import { test } from 'node:test';
import { createContentSealer } from '../../src/audit/content-sealer.ts';
import { syntheticIdentityNumber } from '../../src/domain/personnummer.ts';
import { queueRecipientNotifications } from '../../src/operations/changes/queue-recipient-notifications.ts';
import { failAbandonedExecutions, failAbandonedNotifications } from '../../src/operations/changes/sweep-notifications.ts';
import { scheduleChangeExecution } from '../../src/operations/changes/execute-changes.ts';
import { registerRequest } from '../../src/operations/requests/register-request.ts';
import { findChangeExecution } from '../../src/stores/change-item-store.ts';
import { openCaseworkFixture } from '../support/casework-fixture.ts';
import { findRecipientNotification } from '../../src/stores/recipient-notification-store.ts';
import { pgliteDatabase } from '../support/test-databases.ts';
import { demoCatalog } from '../support/test-server.ts';

test('abandoned notifications are failed with the job\'s code; live ones are left alone', async (t) => {
  const handle = await pgliteDatabase();
  t.after(() => handle.close());
  const { db } = handle;
  const deps = { catalog: demoCatalog(), sealer: createContentSealer('a-test-secret-of-at-least-32-characters'), clock: () => new Date() };
  const [abandoned, live] = await db.transaction().execute((trx) => queueRecipientNotifications(trx, deps, {
    requestId: null, subject: syntheticIdentityNumber('1984-03-12', 901), kind: 'erasure',
    datasets: ['utbetalningar.utbetalning'], fields: ['amount_sek'], recipients: ['skatteverket', 'kronofogden'],
  }));
  assert.ok(abandoned && live);
  await db.updateTable('job').set({ status: 'failed', last_error_code: 'JOB_ABANDONED' }).where('idempotency_key', '=', `notify:${abandoned.id}`).execute();
  assert.equal(await failAbandonedNotifications(db, new Date()), 1);
  const failed = await findRecipientNotification(db, abandoned.id);
  assert.deepEqual([failed?.status, failed?.lastErrorCode], ['failed', 'JOB_ABANDONED']);
  assert.equal((await findRecipientNotification(db, live.id))?.status, 'pending', 'its job is still pending');
  assert.equal(await failAbandonedNotifications(db, new Date()), 0, 'once');
});

test('a notification whose send was stored before the worker died is settled as sent, not failed (never told twice)', async (t) => {
  const handle = await pgliteDatabase();
  t.after(() => handle.close());
  const { db } = handle;
  const deps = { catalog: demoCatalog(), sealer: createContentSealer('a-test-secret-of-at-least-32-characters'), clock: () => new Date() };
  const [sent] = await db.transaction().execute((trx) => queueRecipientNotifications(trx, deps, {
    requestId: null, subject: syntheticIdentityNumber('1984-03-12', 901), kind: 'rectification',
    datasets: ['utbetalningar.utbetalning'], fields: ['amount_sek'], recipients: ['skatteverket'],
  }));
  assert.ok(sent);
  const job = await db.selectFrom('job').select('id').where('idempotency_key', '=', `notify:${sent.id}`).executeTakeFirstOrThrow();
  await db.insertInto('job_step').values({ job_id: job.id, name: 'send', result: JSON.stringify({ channel: 'webhook', receipt: 'r-42' }) }).execute();
  await db.updateTable('job').set({ status: 'failed', last_error_code: 'JOB_ABANDONED' }).where('id', '=', job.id).execute();
  assert.equal(await failAbandonedNotifications(db, new Date()), 0);
  const settled = await findRecipientNotification(db, sent.id);
  assert.deepEqual([settled?.status, settled?.channel, settled?.receipt], ['sent', 'webhook', 'r-42']);
});

test('a run of decided changes whose job was abandoned is failed with the job\'s code, so a case handler sees it; a live one is left alone', async (t) => {
  const casework = await openCaseworkFixture();
  t.after(() => casework.close());
  const register = async (birthDate: string) => (await registerRequest(casework.deps, {
    right: 'erasure', channel: 'phone', language: 'sv', subject: syntheticIdentityNumber(birthDate, 903), identityMethod: 'registered-address',
    details: { text: 'Radera mina uppgifter.' }, actor: 'staff:hanna',
  })).id;
  const [abandoned, live] = [await register('1984-03-12'), await register('1990-01-01')];
  for (const requestId of [abandoned, live]) {
    await casework.db.transaction().execute((trx) => scheduleChangeExecution(trx, { requestId, decisionLetterId: 'letter', at: new Date(), executeAfter: new Date() }));
  }
  await casework.db.updateTable('job').set({ status: 'failed', last_error_code: 'JOB_ABANDONED' }).where('idempotency_key', '=', `changes:${abandoned}:0`).execute();
  assert.equal(await failAbandonedExecutions(casework.db, new Date()), 1);
  assert.deepEqual([(await findChangeExecution(casework.db, abandoned))?.status, (await findChangeExecution(casework.db, abandoned))?.errorCode], ['failed', 'JOB_ABANDONED']);
  assert.equal((await findChangeExecution(casework.db, live))?.status, 'scheduled', 'its job is still pending');
  assert.equal(await failAbandonedExecutions(casework.db, new Date()), 0, 'once');
});
