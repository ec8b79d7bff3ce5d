// Each kind of tampering `insyn audit verify` must catch, as one test each. Shared by the PGlite
// unit tests and the PostgreSQL integration tests, so both engines face the same attacks. Here
// the attacker is a superuser who also holds the chain-hash key, so only the checkpoints (and
// the head) stand in the way; processing-log-forgery.ts has the rest.
import assert from 'node:assert/strict';
import { sql } from 'kysely';
import type { LogRow } from '../../src/audit/log-row.ts';
import { insertForged, rewriteChain, rowsOf, tamper, type OpenDatabase } from './processing-log-fixtures.ts';
import { forgeryScenarios } from './processing-log-forgery.ts';
import { expectProblem, tamperingScenarios, type Scenario } from './processing-log-seed.ts';

const shift = (chain: string, from: number, by: number) => sql`update processing_log set seq = seq + ${by} where chain = ${chain} and seq >= ${from}`;

/** Chain names outside every month, even outside the range '' to '\u007f' an earlier verifier scanned. */
function chainNameScenario(scenario: Scenario): void {
  // Second in the suite: every month so far is intact, so a whole-log verify names these first.
  scenario('a chain whose name is not a chain key, in any table, anywhere in the key space', async (s) => {
    for (const chain of ['\u00f6vrigt', '\u007f', '', `${s.month}:zz`]) {
      await sql`insert into processing_log_head (chain, seq, hash) values (${chain}, 0, 'x')`.execute(s.db);
      const result = chain.startsWith(s.month) ? await s.verify() : await s.verifyAll();
      expectProblem(s, result, { chain, kind: 'bad-chain', seq: 1 });
      await sql`delete from processing_log_head where chain = ${chain}`.execute(s.db);
    }
    const [like] = s.rows;
    await insertForged(s.db, '\u00f6vrigt', 1, '0'.repeat(64), like as LogRow);
    expectProblem(s, await s.verifyAll(), { chain: '\u00f6vrigt', kind: 'bad-chain', seq: 1 });
    await tamper(s.db, (trx) => sql`delete from processing_log where chain = ${'\u00f6vrigt'}`.execute(trx));
    assert.equal((await s.verifyAll()).ok, true);
  });
}

function originalKinds(scenario: Scenario): void {
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
      forged = (await insertForged(trx, s.chain, 3, s.rows[1]?.hash ?? '', s.rows[2] as LogRow)).id;
    });
    expectProblem(s, await s.verify(), { kind: 'inserted', seq: 3, eventId: forged });
  });

  scenario('an event inserted after the head', async (s) => {
    let forged = 0;
    await tamper(s.db, async (trx) => { forged = (await insertForged(trx, s.chain, 11, s.rows[9]?.hash ?? '', s.rows[9] as LogRow)).id; });
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

export function describeTampering(engine: string, open: OpenDatabase): void {
  const scenario = tamperingScenarios(engine, open);
  scenario('an untouched log verifies', async (s) => {
    assert.deepEqual(await s.verify(), { ok: true, chains: 3, events: 13, checkpoints: 4, unsealed: 0 });
  });
  chainNameScenario(scenario);
  originalKinds(scenario);
  forgeryScenarios(scenario);
}
