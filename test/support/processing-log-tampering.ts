// Each kind of tampering `insyn audit verify` must catch, as one test each. Shared by the PGlite
// unit tests and the PostgreSQL integration tests, so both engines face the same attacks. The
// scenarios share one database; each writes and tampers with a month of its own and verifies
// that month (months verify independently).
import assert from 'node:assert/strict';
import { test } from 'node:test';
import { sql, type Kysely } from 'kysely';
import type { LogRow } from '../../src/audit/log-row.ts';
import { verifyProcessingLog } from '../../src/audit/verify-processing-log.ts';
import type { VerifyResult } from '../../src/audit/verify-result.ts';
import type { Database } from '../../src/db/database-schema.ts';
import {
  insertForged, openLog, readEvent, rewriteChain, rowsOf, sharedDatabase, steppingClock, subjectKeyIn, tamper,
  testSigner, type OpenDatabase,
} from './processing-log-fixtures.ts';

interface Seeded {
  readonly db: Kysely<Database>;
  readonly month: string;
  /** The chain the scenarios tamper with, `<month>:a`, and its 10 events. */
  readonly chain: string;
  readonly rows: readonly LogRow[];
  readonly keyId: string;
  verify(options?: { trustedKeyIds?: readonly string[] }): Promise<VerifyResult>;
}

/**
 * Three chains in the month: `-` (1 event), `a` (10 events) and `b` (2 events). Checkpoints
 * seal `-`@1, `a`@5 and `b`@2 midway, and `a`@10 on close.
 */
async function seed(db: Kysely<Database>, month: string): Promise<Seeded> {
  const signer = testSigner();
  const log = openLog(db, { signer, clock: steppingClock(`${month}-14T09:00:00.000Z`) });
  const a = subjectKeyIn('a', 1);
  await log.append([readEvent(null, 0)]);
  for (let n = 1; n <= 5; n++) await log.append([readEvent(a, n)]);
  await log.append([readEvent(subjectKeyIn('b', 2), 0), readEvent(subjectKeyIn('b', 2), 1)]);
  await log.checkpoint();
  await Promise.all([6, 7, 8, 9, 10].map((n) => log.append([readEvent(a, n)])));
  await log.close();
  const chain = `${month}:a`;
  return {
    db, month, chain, rows: await rowsOf(db, chain), keyId: signer.keyId,
    verify: (options = {}) => verifyProcessingLog(db, { ...options, month }),
  };
}

function expectProblem(seeded: Seeded, result: VerifyResult, expected: { chain?: string; kind: string; seq: number; eventId?: number }): void {
  assert.equal(result.ok, false, 'verification should fail');
  const { chain, kind, seq, eventId } = result.problem ?? {};
  assert.deepEqual({ chain, kind, seq, eventId }, { chain: seeded.chain, eventId: undefined, ...expected });
}

const shift = (chain: string, from: number, by: number) => sql`update processing_log set seq = seq + ${by} where chain = ${chain} and seq >= ${from}`;

export function describeTampering(engine: string, open: OpenDatabase): void {
  const database = sharedDatabase(open);
  let scenarios = 0;
  const scenario = (name: string, body: (seeded: Seeded) => Promise<void>) => {
    const month = `${2001 + scenarios++}-03`;
    test(`${engine}: ${name}`, async (t) => {
      const db = await database(t);
      if (db) await body(await seed(db, month));
    });
  };

  scenario('an untouched log verifies', async (s) => {
    assert.deepEqual(await s.verify(), { ok: true, chains: 3, events: 13, checkpoints: 4, unsealed: 0 });
  });

  scenario('an event modified', async (s) => {
    await tamper(s.db, (trx) => sql`update processing_log set purpose = 'other' where chain = ${s.chain} and seq = 3`.execute(trx));
    expectProblem(s, await s.verify(), { kind: 'modified', seq: 3, eventId: s.rows[2]?.id });
  });

  scenario('an event modified and its own hash recomputed', async (s) => {
    await rewriteChain(s.db, s.chain, 3, 0, false);
    expectProblem(s, await s.verify(), { kind: 'modified', seq: 3, eventId: s.rows[2]?.id });
  });

  scenario('an event deleted (triggers disabled by ALTER TABLE)', async (s) => {
    await sql`alter table processing_log disable trigger user`.execute(s.db);
    await sql`delete from processing_log where chain = ${s.chain} and seq = 3`.execute(s.db);
    await sql`alter table processing_log enable trigger user`.execute(s.db);
    expectProblem(s, await s.verify(), { kind: 'deleted', seq: 3 });
  });

  scenario('an event deleted and the chain renumbered', async (s) => {
    await tamper(s.db, async (trx) => {
      await sql`delete from processing_log where chain = ${s.chain} and seq = 3`.execute(trx);
      await shift(s.chain, 4, 1000).execute(trx);
      await shift(s.chain, 1004, -1001).execute(trx);
    });
    expectProblem(s, await s.verify(), { kind: 'deleted', seq: 3 });
  });

  scenario('an event inserted into the middle of a chain', async (s) => {
    let forged = 0;
    await tamper(s.db, async (trx) => {
      await shift(s.chain, 3, 1000).execute(trx);
      await shift(s.chain, 1003, -999).execute(trx);
      forged = await insertForged(trx, s.chain, 3, s.rows[1]?.hash ?? '', s.rows[2] as LogRow);
    });
    expectProblem(s, await s.verify(), { kind: 'inserted', seq: 3, eventId: forged });
  });

  scenario('an event inserted after the head', async (s) => {
    let forged = 0;
    await tamper(s.db, async (trx) => { forged = await insertForged(trx, s.chain, 11, s.rows[9]?.hash ?? '', s.rows[9] as LogRow); });
    expectProblem(s, await s.verify(), { kind: 'inserted', seq: 11, eventId: forged });
  });

  scenario('two events swapped', async (s) => {
    await tamper(s.db, async (trx) => {
      await sql`update processing_log set seq = 1003 where chain = ${s.chain} and seq = 3`.execute(trx);
      await sql`update processing_log set seq = 3 where chain = ${s.chain} and seq = 4`.execute(trx);
      await sql`update processing_log set seq = 4 where chain = ${s.chain} and seq = 1003`.execute(trx);
    });
    expectProblem(s, await s.verify(), { kind: 'reordered', seq: 3, eventId: s.rows[3]?.id });
  });

  scenario('the tail cut (caught by the head)', async (s) => {
    await tamper(s.db, (trx) => sql`delete from processing_log where chain = ${s.chain} and seq >= 9`.execute(trx));
    expectProblem(s, await s.verify(), { kind: 'tail-cut', seq: 9 });
  });

  scenario('the tail cut and the head moved back (caught by the checkpoint)', async (s) => {
    await tamper(s.db, async (trx) => {
      await sql`delete from processing_log where chain = ${s.chain} and seq >= 9`.execute(trx);
      await sql`update processing_log_head set seq = 8, hash = ${s.rows[7]?.hash} where chain = ${s.chain}`.execute(trx);
    });
    expectProblem(s, await s.verify(), { kind: 'tail-cut', seq: 9 });
  });

  scenario('a chain recomputed wholesale after a checkpoint', async (s) => {
    await rewriteChain(s.db, s.chain, 3, 100, true);
    const result = await s.verify();
    expectProblem(s, result, { kind: 'checkpoint-mismatch', seq: 5 });
    assert.match(result.problem?.message ?? '', /between seq 1 and 5/);
  });

  scenario('a chain recomputed and its checkpoints rewritten to match', async (s) => {
    await rewriteChain(s.db, s.chain, 3, 100, true);
    const rows = await rowsOf(s.db, s.chain);
    await tamper(s.db, (trx) => sql`update processing_log_checkpoint set hash = case seq when 5 then ${rows[4]?.hash} else ${rows[9]?.hash} end
      where chain = ${s.chain}`.execute(trx));
    expectProblem(s, await s.verify(), { kind: 'bad-signature', seq: 5 });
  });

  scenario('a checkpoint signed by a key that is not registered', async (s) => {
    await tamper(s.db, (trx) => sql`delete from processing_log_signing_key where key_id = ${s.keyId}`.execute(trx));
    expectProblem(s, await s.verify(), { chain: `${s.month}:-`, kind: 'unknown-key', seq: 1 });
  });

  scenario('a checkpoint signed by a key outside the trusted set', async (s) => {
    expectProblem(s, await s.verify({ trustedKeyIds: ['0123456789abcdef'] }), { chain: `${s.month}:-`, kind: 'unknown-key', seq: 1 });
  });
}
