// The DPO's statistics over a fixed set of requests, asserted the same way on PGlite and on
// PostgreSQL. The requests sit on Swedish day and month boundaries (received 23:30 UTC on the
// last of a month is the first of the next in Stockholm) so that counting in UTC would fail.
import assert from 'node:assert/strict';
import { test, type TestContext } from 'node:test';
import type { Kysely } from 'kysely';
import type { DatabaseHandle } from '../../src/db/database.ts';
import type { Database } from '../../src/db/database-schema.ts';
import type { RequestChannel, RequestRight, RequestStatus } from '../../src/db/tables/request-tables.ts';
import { caseworkStatistics } from '../../src/stores/casework-statistics-store.ts';

interface Row {
  readonly id: string;
  readonly right: RequestRight;
  readonly channel: RequestChannel;
  readonly status: RequestStatus;
  readonly received: string;
  readonly due: string;
  readonly completed?: string;
  readonly extended?: string;
  readonly paused?: string;
}

const far = '2026-01-01T00:00:00Z';
const rows: readonly Row[] = [
  { id: 'r1', right: 'access', channel: 'e-service', status: 'completed', received: '2025-01-10T09:00:00Z', due: far, completed: '2025-01-20T09:00:00Z' }, // 10 days
  // 00:30 on 1 February in Stockholm: a February request, answered on 3 February (2 days).
  { id: 'r2', right: 'access', channel: 'letter', status: 'completed', received: '2025-01-31T23:30:00Z', due: far, completed: '2025-02-03T08:00:00Z' },
  // Answered 00:30 on 1 March in Stockholm: a March answer, 19 days after 10 February.
  { id: 'r3', right: 'erasure', channel: 'phone', status: 'completed', received: '2025-02-10T10:00:00Z', due: far, completed: '2025-02-28T23:30:00Z' },
  { id: 'r4', right: 'rectification', channel: 'phone', status: 'handling', received: '2025-03-01T10:00:00Z', due: '2025-03-15T22:59:59.999Z' }, // overdue
  { id: 'r5', right: 'objection', channel: 'visit', status: 'handling', received: '2025-03-10T10:00:00Z', due: '2025-06-10T21:59:59.999Z', extended: '2025-03-12T10:00:00Z' },
  // Paused before its due date: the clock stands still, not overdue.
  { id: 'r6', right: 'restriction', channel: 'email', status: 'paused', received: '2025-02-20T10:00:00Z', due: '2025-03-10T22:59:59.999Z', paused: '2025-03-05T10:00:00Z', extended: '2025-02-25T10:00:00Z' },
  // Paused after its due date had passed: overdue.
  { id: 'r7', right: 'access', channel: 'e-service', status: 'paused', received: '2025-01-25T10:00:00Z', due: '2025-03-01T22:59:59.999Z', paused: '2025-03-05T10:00:00Z' },
  // Received 23:30 on 31 December in Stockholm (before the period), answered in it: 5 days.
  { id: 'r8', right: 'access', channel: 'cli', status: 'completed', received: '2024-12-31T22:30:00Z', due: far, completed: '2025-01-05T10:00:00Z' },
  // 23:59 on 31 March in Stockholm (summer time): the period's last minute.
  { id: 'r9', right: 'completion', channel: 'letter', status: 'received', received: '2025-03-31T21:59:00Z', due: far },
  // 00:00 on 1 April in Stockholm: after the period.
  { id: 'r10', right: 'access', channel: 'e-service', status: 'received', received: '2025-03-31T22:00:00Z', due: far },
  // Failed requests are neither answered nor overdue.
  { id: 'r11', right: 'access', channel: 'e-service', status: 'failed', received: '2025-02-01T10:00:00Z', due: '2025-03-03T22:59:59.999Z', completed: '2025-02-05T10:00:00Z' },
  { id: 'r12', right: 'erasure', channel: 'e-service', status: 'completed', received: '2025-02-15T10:00:00Z', due: '2025-03-17T22:59:59.999Z', completed: '2025-03-18T10:00:00Z' }, // 31 days, late but answered
  // Received and extended before the period, still open and past due: overdue.
  { id: 'r13', right: 'erasure', channel: 'letter', status: 'handling', received: '2024-11-01T10:00:00Z', due: '2025-02-03T22:59:59.999Z', extended: '2024-11-20T10:00:00Z' },
];

async function insertRows(db: Kysely<Database>): Promise<void> {
  await db.insertInto('request').values(rows.map((row) => ({
    id: `stat-${row.id}`, right_kind: row.right, channel: row.channel, status: row.status, language: 'sv' as const,
    subject_key: null, subject_sealed: null, received_at: new Date(row.received), due_at: new Date(row.due),
    original_due_at: new Date(row.due), completed_at: row.completed ? new Date(row.completed) : null,
    extended_at: row.extended ? new Date(row.extended) : null,
    paused_at: row.paused ? new Date(row.paused) : null, paused_from: row.paused ? 'handling' as const : null,
  }))).execute();
}

// 1 January to 31 March 2025 in Stockholm, half-open.
const quarter = { from: new Date('2024-12-31T23:00:00Z'), to: new Date('2025-03-31T22:00:00Z'), now: new Date('2025-03-20T12:00:00Z') };

export function describeCaseworkStatistics(engine: string, open: (t: TestContext) => Promise<DatabaseHandle | undefined>): void {
  let handle: DatabaseHandle | undefined;
  const database = async (t: TestContext) => {
    if (!handle) {
      handle = await open(t);
      if (handle) await insertRows(handle.db);
    }
    return handle;
  };
  test.after(async () => { await handle?.close(); });

  test(`${engine}: requests received in the period by right, by channel and by both, in Swedish time`, async (t) => {
    const db = (await database(t))?.db;
    if (!db) return;
    const statistics = await caseworkStatistics(db, quarter);
    assert.equal(statistics.received, 10);
    assert.deepEqual(statistics.byRight, { access: 4, rectification: 1, completion: 1, erasure: 2, restriction: 1, objection: 1 });
    assert.deepEqual(statistics.byChannel, { 'e-service': 4, letter: 2, phone: 2, visit: 1, email: 1, cli: 0 });
    assert.deepEqual(statistics.byRightAndChannel.access, { 'e-service': 3, letter: 1, phone: 0, visit: 0, email: 0, cli: 0 });
    assert.deepEqual(statistics.byRightAndChannel.erasure, { 'e-service': 1, letter: 0, phone: 1, visit: 0, email: 0, cli: 0 });
    const cells = Object.values(statistics.byRightAndChannel).flatMap((channels) => Object.values(channels));
    assert.equal(cells.reduce((sum, n) => sum + n, 0), 10);
  });

  test(`${engine}: answered in the period and the median of Swedish calendar days (odd count)`, async (t) => {
    const db = (await database(t))?.db;
    if (!db) return;
    const statistics = await caseworkStatistics(db, quarter);
    assert.equal(statistics.answered, 5, 'r1, r2, r3, r8 and r12; not the failed r11');
    assert.equal(statistics.medianDaysToAnswer, 10, 'the middle of 2, 5, 10, 19 and 31 days');
  });

  test(`${engine}: the median of an even count is the mean of the middle two; none answered gives null`, async (t) => {
    const db = (await database(t))?.db;
    if (!db) return;
    const january = await caseworkStatistics(db, { ...quarter, to: new Date('2025-01-31T23:00:00Z') });
    assert.equal(january.answered, 2);
    assert.equal(january.medianDaysToAnswer, 7.5, 'between 5 and 10 days');
    assert.deepEqual(january.perMonth, [{ month: '2025-01', received: 2, answered: 2 }]);
    const empty = await caseworkStatistics(db, { from: new Date('2023-01-01T00:00:00Z'), to: new Date('2023-02-01T00:00:00Z'), now: quarter.now });
    assert.equal(empty.received, 0);
    assert.equal(empty.answered, 0);
    assert.equal(empty.medianDaysToAnswer, null);
    assert.equal(empty.extensions, 0);
  });

  test(`${engine}: overdue now counts open requests past due, a paused one only if it was late when paused`, async (t) => {
    const db = (await database(t))?.db;
    if (!db) return;
    assert.equal((await caseworkStatistics(db, quarter)).overdueNow, 3, 'r4, r7 and r13');
    const earlier = await caseworkStatistics(db, { ...quarter, now: new Date('2025-03-12T12:00:00Z') });
    assert.equal(earlier.overdueNow, 2, 'r7 and r13 on 12 March; r4 is due on 15 March');
  });

  test(`${engine}: extensions made in the period, and received and answered per Swedish month`, async (t) => {
    const db = (await database(t))?.db;
    if (!db) return;
    const statistics = await caseworkStatistics(db, quarter);
    assert.equal(statistics.extensions, 2, 'r5 and r6; not r13, extended in November');
    assert.deepEqual(statistics.perMonth, [
      { month: '2025-01', received: 2, answered: 2 },
      { month: '2025-02', received: 5, answered: 1 },
      { month: '2025-03', received: 3, answered: 2 },
    ]);
    await assert.rejects(caseworkStatistics(db, { ...quarter, to: quarter.from }), RangeError);
  });
}
