// How the processing log behaves on a real database: append-only in the database itself,
// batched appends with gap-free seqs, events sharing the caller's transaction, and refusal
// ("no event, no access") when the write fails. Shared by the PGlite and PostgreSQL suites;
// the scenarios share one database and keep apart by each writing to a month of its own.
import assert from 'node:assert/strict';
import { test } from 'node:test';
import { sql, type Kysely } from 'kysely';
import { isInsynError } from '../../src/domain/error-catalogue.ts';
import type { CheckpointSigner } from '../../src/audit/checkpoint-signer.ts';
import type { ProcessingLog, ProcessingLogOptions } from '../../src/audit/processing-log.ts';
import { verifyProcessingLog, type VerifyOptions } from '../../src/audit/verify-processing-log.ts';
import type { Database } from '../../src/db/database-schema.ts';
import {
  openLog, readEvent, sharedDatabase, steppingClock, subjectKeyIn, testHashKeys, testSigner, type OpenDatabase,
} from './processing-log-fixtures.ts';

/** Every chain of the month starts at seq 1, has no gaps, and its head is its last event. */
async function seqsAreContiguous(db: Kysely<Database>, month: string): Promise<void> {
  const { rows } = await sql<{ chain: string; n: number; first: number; last: number; head: number }>`
    select l.chain, count(*)::int as n, min(l.seq)::int as first, max(l.seq)::int as last, h.seq::int as head
    from processing_log l join processing_log_head h on h.chain = l.chain
    where l.chain like ${`${month}:%`} group by l.chain, h.seq`.execute(db);
  assert.ok(rows.length > 0);
  for (const row of rows) assert.deepEqual([row.first, row.last, row.head], [1, row.n, row.n], `chain ${row.chain}`);
}

const refusedAsAppendOnly = { message: /append-only/ };

interface Scenario {
  readonly db: Kysely<Database>;
  /** `YYYY-MM` of this scenario alone. */
  readonly month: string;
  /** A stepping clock in the scenario's month. */
  readonly clock: () => Date;
  /** A signer of the scenario's own, trusted by `verify`. */
  readonly signer: CheckpointSigner;
  /** A log on the scenario's database, signing with its signer and stamping with its clock. */
  open(options?: Partial<ProcessingLogOptions>): ProcessingLog;
  /** Verifies the scenario's month (or `options.month`), trusting every scenario's signer so far. */
  verify(options?: Partial<VerifyOptions>): ReturnType<typeof verifyProcessingLog>;
}

export function describeBehaviour(engine: string, open: OpenDatabase): void {
  const database = sharedDatabase(open);
  const trusted: string[] = [];
  let scenarios = 0;
  const scenario = (name: string, body: (s: Scenario) => Promise<void>) => {
    const month = `${2101 + scenarios++}-06`;
    test(`${engine}: ${name}`, async (t) => {
      const db = await database(t);
      if (!db) return;
      const signer = testSigner();
      trusted.push(signer.keyId);
      const clock = steppingClock(`${month}-10T12:00:00.000Z`);
      await body({
        db, month, clock, signer,
        open: (options = {}) => openLog(db, { signer, clock, ...options }),
        verify: (options = {}) => verifyProcessingLog(db, { hashKeys: testHashKeys(), trustedKeyIds: [...trusted], month, ...options }),
      });
    });
  };

  scenario('the database refuses UPDATE, DELETE and TRUNCATE of the log, its checkpoints and keys', async (s) => {
    const log = s.open();
    await log.append([readEvent(subjectKeyIn('c'))]);
    await log.close();
    for (const table of ['processing_log', 'processing_log_checkpoint', 'processing_log_signing_key']) {
      const column = table === 'processing_log_signing_key' ? 'key_id' : 'hash';
      await assert.rejects(sql`update ${sql.table(table)} set ${sql.ref(column)} = 'x'`.execute(s.db), refusedAsAppendOnly, `update ${table}`);
      await assert.rejects(sql`delete from ${sql.table(table)}`.execute(s.db), refusedAsAppendOnly, `delete ${table}`);
      await assert.rejects(sql`truncate ${sql.table(table)} cascade`.execute(s.db), refusedAsAppendOnly, `truncate ${table}`);
    }
    assert.equal((await s.verify()).ok, true);
  });

  scenario('events in several chains and months append and verify', async (s) => {
    const subjects = ['0', '7', 'f'].map((shard, n) => subjectKeyIn(shard, n));
    const months = [`${s.month}-30T23:59:59.900Z`, `${s.month.slice(0, 5)}07-01T00:00:00.000Z`];
    for (const start of months) {
      const log = s.open({ clock: steppingClock(start) });
      await Promise.all([...subjects, null].flatMap((subject) => [1, 2, 3].map((n) => log.append([readEvent(subject, n)]))));
      await log.close();
    }
    const chains = (month: string) => ['-', '0', '7', 'f'].map((shard) => `${month}:${shard}`);
    const heads = await s.db.selectFrom('processing_log_head').select('chain')
      .where('chain', 'like', `${s.month.slice(0, 5)}0%`).orderBy('chain').execute();
    assert.deepEqual(heads.map((row) => row.chain), [...chains(s.month), ...chains(`${s.month.slice(0, 5)}07`)]);
    for (const month of [s.month, `${s.month.slice(0, 5)}07`]) {
      assert.deepEqual(await s.verify({ month, pageSize: 2 }), { ok: true, chains: 4, events: 12, checkpoints: 4, unsealed: 0 });
    }
  });

  scenario('2,000 concurrent appends get gap-free seqs per chain and verify', async (s) => {
    const log = s.open();
    const stored = await Promise.all(Array.from({ length: 2000 }, (_, n) =>
      log.append([readEvent(n % 5 === 0 ? null : subjectKeyIn('0123456789abcdef'.charAt(n % 16), n), n)])));
    await log.close();
    assert.equal(new Set(stored.map(([event]) => event?.id)).size, 2000);
    await seqsAreContiguous(s.db, s.month);
    const result = await s.verify();
    assert.deepEqual({ ok: result.ok, chains: result.chains, events: result.events, unsealed: result.unsealed }, { ok: true, chains: 17, events: 2000, unsealed: 0 });
  });

  scenario('two logs on one database append to the same chain without gaps', async (s) => {
    const [first, second] = [s.open(), s.open()];
    const subject = subjectKeyIn('5');
    await Promise.all(Array.from({ length: 300 }, (_, n) => (n % 2 ? first : second).append([readEvent(subject, n)])));
    await Promise.all([first.close(), second.close()]);
    await seqsAreContiguous(s.db, s.month);
    assert.equal((await s.verify()).ok, true);
  });

  scenario('one append of more events than an insert statement carries (5,000) is written whole, heads moved once', async (s) => {
    const log = s.open();
    const events = Array.from({ length: 5003 }, (_, n) => readEvent(n % 3 === 0 ? null : subjectKeyIn('6'), n));
    const stored = await log.append(events);
    const [next] = await log.append([readEvent(subjectKeyIn('6'), 5003)]);
    await log.close();
    assert.deepEqual([stored.length, stored.at(-1)?.seq, next?.seq], [5003, 3335, 3336]);
    await seqsAreContiguous(s.db, s.month);
    assert.equal((await s.verify()).ok, true);
  });

  scenario('verification while appends and checkpoints go on raises no false alarm', async (s) => {
    // The scenario's key is registered by the log's first checkpoint, after verification began.
    const log = s.open({ checkpointIntervalMs: 3 });
    let appending = true;
    const appends = (async () => {
      try {
        for (let n = 0; n < 30; n++) {
          await Promise.all(Array.from({ length: 20 }, (_, i) => log.append([readEvent(i % 4 === 0 ? null : subjectKeyIn('0123456789abcdef'.charAt(i % 16), i), n)])));
        }
      } finally {
        appending = false;
      }
    })();
    const seen: number[] = [];
    try {
      while (appending) {
        const result = await s.verify({ pageSize: 50 });
        assert.equal(result.ok, true, JSON.stringify(result.problem));
        seen.push(result.events);
        await new Promise((resolve) => setTimeout(resolve, 1)); // let the event loop turn, as a server's would
      }
    } finally {
      await appends;
      await log.close();
    }
    assert.ok(seen.some((events) => events > 0 && events < 600), `verified at ${seen.join(', ')} events`);
    const final = await s.verify();
    assert.deepEqual([final.ok, final.events, final.unsealed], [true, 600, 0]);
  });

  scenario('an outcome event names the attempt it reports on', async (s) => {
    const log = s.open();
    const [attempt] = await log.append([readEvent(subjectKeyIn('1'))]);
    const [outcome] = await log.append([{ ...readEvent(subjectKeyIn('1')), outcomeOf: attempt?.id, outcome: 'success' }]);
    await log.close();
    assert.deepEqual([outcome?.outcomeOf, outcome?.outcome, outcome?.seq], [attempt?.id, 'success', 2]);
    assert.equal((await s.verify()).ok, true);
  });

  scenario('events written in a transaction commit and roll back with it', async (s) => {
    const log = s.open();
    const subject = subjectKeyIn('2');
    await assert.rejects(s.db.transaction().execute(async (trx) => {
      await log.appendInTransaction(trx, [readEvent(subject, 1), readEvent(subject, 2)]);
      throw new Error('the change failed');
    }), /the change failed/);
    const written = await s.db.selectFrom('processing_log').select('id').where('chain', '=', `${s.month}:2`).execute();
    assert.equal(written.length, 0);
    const inTransaction = await s.db.transaction().execute((trx) => log.appendInTransaction(trx, [readEvent(subject, 3)]));
    const [batched] = await log.append([readEvent(subject, 4)]);
    await log.close();
    assert.deepEqual([inTransaction[0]?.seq, batched?.seq], [1, 2]);
    assert.equal((await s.verify()).ok, true);
  });

  scenario('checkpoints seal only the chains that advanced', async (s) => {
    const log = s.open();
    await log.append([readEvent(subjectKeyIn('3')), readEvent(null)]);
    assert.equal(await log.checkpoint(), 2);
    assert.equal(await log.checkpoint(), 0);
    await log.append([readEvent(null)]);
    assert.equal(await log.checkpoint(), 1);
    await log.close();
    assert.deepEqual(await s.verify(), { ok: true, chains: 2, events: 3, checkpoints: 3, unsealed: 0 });
  });

  scenario('a closed log refuses appends with AUDIT_WRITE_FAILED', async (s) => {
    const log = s.open();
    await log.close();
    await assert.rejects(log.append([readEvent(null)]), (error) => isInsynError(error, 'AUDIT_WRITE_FAILED'));
  });

  scenario('the whole log, every month of it, verifies at once', async (s) => {
    const result = await s.verify({ month: undefined, pageSize: 100 });
    assert.equal(result.ok, true);
    assert.ok(result.chains >= 30 && result.events >= 2300, `${result.chains} chains, ${result.events} events`);
  });
}

/** Separate: it closes the database under the log, so the suite's own handle is spent. */
export function describeWriteFailure(engine: string, open: OpenDatabase): void {
  test(`${engine}: a failed write rejects every waiting append with AUDIT_WRITE_FAILED`, async (t) => {
    const handle = await open(t);
    if (!handle) return;
    const log = openLog(handle.db);
    await log.append([readEvent(null)]);
    await handle.close();
    const appends = Array.from({ length: 3 }, (_, n) => log.append([readEvent(subjectKeyIn('9'), n)]));
    for (const append of appends) await assert.rejects(append, (error) => isInsynError(error, 'AUDIT_WRITE_FAILED'));
  });
}
