// Letters written before delivery existed: the recent unsent ones get deliveries (a decision and its
// extract together) with their jobs; old ones and those already in a delivery are left alone.
import assert from 'node:assert/strict';
import { after, before, test } from 'node:test';
import { sql } from 'kysely';
import type { DatabaseHandle } from '../database.ts';
import { pgliteDatabase } from '../../../test/support/test-databases.ts';
import { backfillDeliveries } from './0007-delivery.ts';

let database: DatabaseHandle;
before(async () => { database = await pgliteDatabase(); });
after(() => database.close());

async function letter(id: string, requestId: string, kind: string, createdAt: string): Promise<void> {
  await sql`insert into letter (id, request_id, kind, language, content_sealed, created_at)
    values (${id}, ${requestId}, ${kind}, 'sv', 'sealed', ${new Date(createdAt)})`.execute(database.db);
}

test('recent unsent letters get one delivery per moment they were written, with a job; old ones stay on the outbox', async () => {
  const now = Date.now();
  const recent = new Date(now - 2 * 86_400_000).toISOString();
  const decided = new Date(now - 86_400_000).toISOString();
  const old = new Date(now - 40 * 86_400_000).toISOString();
  await sql`insert into request (id, right_kind, status, channel, language, subject_key, subject_sealed, received_at, due_at)
    values ('r1', 'access', 'completed', 'e-service', 'sv', 'k', 's', ${new Date(old)}, ${new Date(now)})`.execute(database.db);
  await letter('old-ack', 'r1', 'acknowledgement', old);
  await letter('ack', 'r1', 'acknowledgement', recent);
  await letter('decision', 'r1', 'decision', decided);
  await letter('extract', 'r1', 'extract', decided);
  await backfillDeliveries(database.db);
  const letters = await sql<{ id: string; delivery_id: string | null }>`select id, delivery_id from letter order by id`.execute(database.db);
  const deliveryOf = new Map(letters.rows.map((row) => [row.id, row.delivery_id]));
  assert.equal(deliveryOf.get('old-ack'), null, 'a letter older than 30 days is not sent now');
  assert.ok(deliveryOf.get('ack'));
  assert.equal(deliveryOf.get('decision'), deliveryOf.get('extract'), 'the decision and its extract go together');
  assert.notEqual(deliveryOf.get('ack'), deliveryOf.get('decision'));
  const jobs = await sql<{ idempotency_key: string }>`select idempotency_key from job where kind = 'delivery.send' order by idempotency_key`.execute(database.db);
  assert.deepEqual(jobs.rows.map((row) => row.idempotency_key).sort(), [`deliver:${deliveryOf.get('ack')}`, `deliver:${deliveryOf.get('decision')}`].sort());
  await backfillDeliveries(database.db);
  assert.equal((await sql<{ n: number }>`select count(*)::int as n from delivery`.execute(database.db)).rows[0]?.n, 2, 'running it again adds nothing');
});
