// The DPO dashboard's period queries use the indexes on received, answered and extended times
// (PostgreSQL's planner with a realistic table): no sequential scan of every request.
import assert from 'node:assert/strict';
import { test } from 'node:test';
import { sql } from 'kysely';
import { postgresDatabase } from '../support/test-databases.ts';

test('PostgreSQL: requests received, answered or extended in a period are found through their indexes', async (t) => {
  const database = await postgresDatabase(t);
  if (!database) return;
  t.after(() => database.close());
  const db = database.db;
  await sql`insert into request (id, right_kind, status, channel, language, subject_key, subject_sealed, received_at, due_at, completed_at, extended_at)
    select md5(n::text), 'access', case when n % 3 = 0 then 'completed' else 'handling' end, 'e-service', 'sv', md5(n::text), 'x',
      timestamptz '2020-01-01' + n * interval '1 minute', timestamptz '2020-02-01' + n * interval '1 minute',
      case when n % 3 = 0 then timestamptz '2020-01-10' + n * interval '1 minute' end,
      case when n % 50 = 0 then timestamptz '2020-01-05' + n * interval '1 minute' end
    from generate_series(1, 50000) as n`.execute(db);
  await sql`analyze request`.execute(db);
  const plan = async (where: ReturnType<typeof sql>) =>
    (await sql<{ 'QUERY PLAN': string }>`explain select count(*) from request where ${where}`.execute(db)).rows.map((row) => row['QUERY PLAN']).join('\n');
  const day = { from: '2020-01-20', to: '2020-01-21' };
  const received = await plan(sql`received_at >= ${day.from}::timestamptz and received_at < ${day.to}::timestamptz`);
  const answered = await plan(sql`status = 'completed' and completed_at >= ${day.from}::timestamptz and completed_at < ${day.to}::timestamptz`);
  const extended = await plan(sql`extended_at >= ${day.from}::timestamptz and extended_at < ${day.to}::timestamptz`);
  assert.match(received, /request_received_at/, received);
  assert.match(answered, /request_completed_at/, answered);
  assert.match(extended, /request_extended_at/, extended);
});
