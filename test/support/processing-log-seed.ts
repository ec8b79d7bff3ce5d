// The seeded month that each tampering scenario attacks, and the scenario runner: scenarios share
// one database per suite, each writes and tampers with a month of its own and verifies that
// month (months verify independently).
import assert from 'node:assert/strict';
import { test } from 'node:test';
import type { Kysely } from 'kysely';
import type { CheckpointSigner } from '../../src/audit/checkpoint-signer.ts';
import type { LogRow } from '../../src/audit/log-row.ts';
import { verifyProcessingLog, type VerifyOptions } from '../../src/audit/verify-processing-log.ts';
import type { VerifyResult } from '../../src/audit/verify-result.ts';
import type { Database } from '../../src/db/database-schema.ts';
import {
  openLog, readEvent, rowsOf, sharedDatabase, steppingClock, subjectKeyIn, testHashKeys, testSigner, type OpenDatabase,
} from './processing-log-fixtures.ts';

export interface Seeded {
  readonly db: Kysely<Database>;
  readonly month: string;
  /** The chain the scenarios tamper with, `<month>:a`, and its 10 events. */
  readonly chain: string;
  readonly rows: readonly LogRow[];
  /** The month's genuine signer; trusted by `verify`. */
  readonly signer: CheckpointSigner;
  readonly keyId: string;
  /** When the seed's last event was written. */
  readonly lastAt: Date;
  /** Verifies the month with the real chain-hash keys, trusting the seed's signer unless told otherwise. */
  verify(options?: Partial<VerifyOptions>): Promise<VerifyResult>;
  /** Verifies every month, trusting every seed's signer so far. */
  verifyAll(options?: Partial<VerifyOptions>): Promise<VerifyResult>;
}

export type Scenario = (name: string, body: (seeded: Seeded) => Promise<void>) => void;

/**
 * Three chains in the month: `-` (1 event), `a` (10 events) and `b` (2 events). Checkpoints
 * seal `-`@1, `a`@5 and `b`@2 midway, and `a`@10 on close.
 */
async function seed(db: Kysely<Database>, month: string, trusted: string[]): Promise<Seeded> {
  const signer = testSigner();
  trusted.push(signer.keyId);
  const clock = steppingClock(`${month}-14T09:00:00.000Z`);
  let lastAt = new Date(0);
  const log = openLog(db, { signer, clock: () => (lastAt = clock()) });
  const a = subjectKeyIn('a', 1);
  await log.append([readEvent(null, 0)]);
  for (let n = 1; n <= 5; n++) await log.append([readEvent(a, n)]);
  await log.append([readEvent(subjectKeyIn('b', 2), 0), readEvent(subjectKeyIn('b', 2), 1)]);
  await log.checkpoint();
  await Promise.all([6, 7, 8, 9, 10].map((n) => log.append([readEvent(a, n)])));
  await log.close();
  const chain = `${month}:a`;
  const base = { hashKeys: testHashKeys(), trustedKeyIds: [signer.keyId] };
  return {
    db, month, chain, rows: await rowsOf(db, chain), signer, keyId: signer.keyId, lastAt,
    verify: (options = {}) => verifyProcessingLog(db, { ...base, month, ...options }),
    verifyAll: (options = {}) => verifyProcessingLog(db, { ...base, trustedKeyIds: [...trusted], ...options }),
  };
}

/** A scenario runner for one suite: one database (opened by the first scenario), a month per scenario. */
export function tamperingScenarios(engine: string, open: OpenDatabase): Scenario {
  const database = sharedDatabase(open);
  const trusted: string[] = [];
  let scenarios = 0;
  return (name, body) => {
    const month = `${2001 + scenarios++}-03`;
    test(`${engine}: ${name}`, async (t) => {
      const db = await database(t);
      if (db) await body(await seed(db, month, trusted));
    });
  };
}

export function expectProblem(seeded: Seeded, result: VerifyResult, expected: { chain?: string; kind: string; seq: number; eventId?: number }): void {
  assert.equal(result.ok, false, 'verification should fail');
  const { chain, kind, seq, eventId } = result.problem ?? {};
  assert.deepEqual({ chain, kind, seq, eventId }, { chain: seeded.chain, eventId: undefined, ...expected }, result.problem?.message);
}
