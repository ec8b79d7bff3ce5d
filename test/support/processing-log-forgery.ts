// Tampering that the hash chain alone did not catch: forgeries by someone with only the
// application's database rights (who can insert events and checkpoints and move heads, but holds
// no chain-hash key and no signing key), checkpoints deleted, keys registered by an attacker, and
// edits below what the hash can see. Registered into the tampering suite (same database, a month each).
import assert from 'node:assert/strict';
import { sql } from 'kysely';
import { isInsynError } from '../../src/domain/error-catalogue.ts';
import type { LogRow } from '../../src/audit/log-row.ts';
import { registerSigningKey, writeCheckpoints } from '../../src/audit/write-checkpoints.ts';
import {
  insertForged, openLog, readEvent, rewriteChain, steppingClock, subjectKeyIn, tamper, testHashKeys, testSigner, wrongHashKeys,
} from './processing-log-fixtures.ts';
import { expectProblem, type Scenario } from './processing-log-seed.ts';

const MINUTE = 60_000;

function sealing(scenario: Scenario): void {
  scenario('a chain rewritten and its checkpoints deleted: unsealed after the grace period', async (s) => {
    await rewriteChain(s.db, s.chain, 3, 100, true);
    await tamper(s.db, (trx) => sql`delete from processing_log_checkpoint where chain = ${s.chain}`.execute(trx));
    const result = await s.verify();
    expectProblem(s, result, { kind: 'unsealed', seq: 1 });
    assert.match(result.problem?.message ?? '', /seq 1 to 10/);
  });

  scenario('unsealed events within the grace period are counted, not failed', async (s) => {
    const log = openLog(s.db, { signer: s.signer, clock: steppingClock(`${s.month}-20T10:00:00.000Z`) });
    const [, last] = await log.append([readEvent(subjectKeyIn('a', 1), 11), readEvent(subjectKeyIn('a', 1), 12)]);
    const lastAt = last?.occurredAt.getTime() ?? 0;
    const soon = await s.verify({ now: () => new Date(lastAt + 14 * MINUTE) });
    assert.deepEqual(soon, { ok: true, chains: 3, events: 15, checkpoints: 4, unsealed: 2 });
    expectProblem(s, await s.verify({ now: () => new Date(lastAt + 16 * MINUTE) }), { kind: 'unsealed', seq: 11 });
    assert.equal((await s.verify({ now: () => new Date(lastAt + 16 * MINUTE), sealGraceMs: 20 * MINUTE })).ok, true);
    await log.close();
    assert.deepEqual(await s.verify(), { ok: true, chains: 3, events: 15, checkpoints: 5, unsealed: 0 });
  });

  scenario('a chain rewritten and sealed with a key the attacker registered', async (s) => {
    await rewriteChain(s.db, s.chain, 3, 100, true);
    await tamper(s.db, (trx) => sql`delete from processing_log_checkpoint where chain = ${s.chain}`.execute(trx));
    const attacker = testSigner();
    await registerSigningKey(s.db, attacker);
    await writeCheckpoints(s.db, attacker, testHashKeys());
    const [sealedBy] = await s.db.selectFrom('processing_log_checkpoint').select('key_id').where('chain', '=', s.chain).execute();
    assert.equal(sealedBy?.key_id, attacker.keyId);
    expectProblem(s, await s.verify(), { kind: 'unknown-key', seq: 10 });
  });
}

function applicationRights(scenario: Scenario): void {
  scenario('an event forged with application rights only: not sealed, and caught', async (s) => {
    const last = s.rows[9] as LogRow;
    const forged = await insertForged(s.db, s.chain, 11, last.hash, last, wrongHashKeys());
    await sql`update processing_log_head set seq = 11, hash = ${forged.hash} where chain = ${s.chain}`.execute(s.db);
    const log = openLog(s.db, { signer: s.signer, clock: steppingClock(`${s.month}-20T10:00:00.000Z`) });
    await log.append([readEvent(null, 1)]);
    await assert.rejects(log.checkpoint(), (error) => isInsynError(error, 'AUDIT_TAMPERED') && error.message.includes(s.chain));
    const sealed = await s.db.selectFrom('processing_log_checkpoint').select(['chain', 'seq']).where('chain', 'like', `${s.month}:%`)
      .orderBy('chain').orderBy('seq').execute();
    assert.deepEqual(sealed.map((row) => `${row.chain.slice(8)}@${row.seq}`), ['-@1', '-@2', 'a@5', 'a@10', 'b@2'], 'the other chain is sealed, the forged head is not');
    await assert.rejects(log.close(), (error) => isInsynError(error, 'AUDIT_TAMPERED'));
    expectProblem(s, await s.verify(), { kind: 'modified', seq: 11, eventId: forged.id });
    // Later scenarios' logs checkpoint the whole database: put the head back so they are not refused too.
    await sql`update processing_log_head set seq = 10, hash = ${last.hash} where chain = ${s.chain}`.execute(s.db);
  });

  scenario('the head moved back over events a checkpoint vouches for', async (s) => {
    await sql`update processing_log_head set seq = 8, hash = ${s.rows[7]?.hash} where chain = ${s.chain}`.execute(s.db);
    expectProblem(s, await s.verify(), { kind: 'head-rolled-back', seq: 9, eventId: s.rows[8]?.id });
  });
}

function belowTheHash(scenario: Scenario): void {
  scenario('a time moved by a microsecond', async (s) => {
    await tamper(s.db, (trx) => sql`update processing_log set occurred_at = occurred_at + interval '1 microsecond'
      where chain = ${s.chain} and seq = 3`.execute(trx));
    expectProblem(s, await s.verify(), { kind: 'modified', seq: 3, eventId: s.rows[2]?.id });
  });

  scenario('a detail number changed below what a double can tell apart', async (s) => {
    await tamper(s.db, (trx) => sql`update processing_log set detail = '{"page": 3.0000000000000001, "partial": false}'::jsonb
      where chain = ${s.chain} and seq = 3`.execute(trx));
    expectProblem(s, await s.verify(), { kind: 'modified', seq: 3, eventId: s.rows[2]?.id });
  });
}

export function forgeryScenarios(scenario: Scenario): void {
  sealing(scenario);
  applicationRights(scenario);
  belowTheHash(scenario);
}
