// A notification whose job ended without settling it (the worker died on its last attempt) is
// failed by the hourly sweep with the job's code, so no recipient waits unseen; one whose job is
// still pending or running is left alone.
import assert from 'node:assert/strict';
import { test } from 'node:test';
import { createContentSealer } from '../../src/audit/content-sealer.ts';
import { syntheticIdentityNumber } from '../../src/domain/personnummer.ts';
import { queueRecipientNotifications } from '../../src/operations/changes/queue-recipient-notifications.ts';
import { failAbandonedNotifications } from '../../src/operations/changes/sweep-notifications.ts';
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
