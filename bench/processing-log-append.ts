// Processing-log append throughput: batched appends (group commit) against the baseline of one
// event per transaction, both in this run, on PGlite and — when reachable — PostgreSQL.
// Also times `verifyProcessingLog` over what was written.
//
//   node bench/processing-log-append.ts [events=20000] [callers=200]
//
// Each of `callers` concurrent callers appends one event at a time and waits for it to commit,
// as the access layer does before every access.
import { createHash, generateKeyPairSync } from 'node:crypto';
import { deriveChainHashKeys } from '../src/audit/chain-hash-keys.ts';
import { createCheckpointSigner } from '../src/audit/checkpoint-signer.ts';
import { createProcessingLog } from '../src/audit/processing-log.ts';
import type { ProcessingEventInput } from '../src/audit/processing-event.ts';
import { verifyProcessingLog } from '../src/audit/verify-processing-log.ts';
import type { DatabaseHandle } from '../src/db/database.ts';
import { pgliteDatabase, postgresDatabase } from '../test/support/test-databases.ts';

const events = Number(process.argv[2] ?? 20_000);
const callers = Number(process.argv[3] ?? 200);
const signer = createCheckpointSigner(generateKeyPairSync('ed25519').privateKey.export({ type: 'pkcs8', format: 'pem' }).toString());
const hashKeys = deriveChainHashKeys('a-bench-secret-of-at-least-32-characters');

function event(n: number): ProcessingEventInput {
  return {
    actor: 'handler:bench', purpose: 'answer-data-subject-request', legalBasis: 'art6-1c', kind: 'read',
    subjectKey: createHash('sha256').update(`subject-${n % 5000}`).digest('hex'),
    datasets: ['case-management.cases'], fields: ['case_type', 'opened_on', 'status'], stepId: `step-${n}`,
    detail: { rows: n % 17 },
  };
}

/** Events per second for `count` appends by `callers` concurrent callers. */
async function appendRate(handle: DatabaseHandle, count: number, batchMaxEvents: number): Promise<number> {
  const log = createProcessingLog({ db: handle.db, signer, hashKeys, batchMaxEvents, checkpointIntervalMs: 1000 });
  let next = 0;
  const started = performance.now();
  await Promise.all(Array.from({ length: callers }, async () => {
    while (next < count) await log.append([event(next++)]);
  }));
  const seconds = (performance.now() - started) / 1000;
  await log.close();
  return count / seconds;
}

async function verifyRate(handle: DatabaseHandle): Promise<string> {
  const started = performance.now();
  const result = await verifyProcessingLog(handle.db, { hashKeys, trustedKeyIds: [signer.keyId] });
  const seconds = (performance.now() - started) / 1000;
  if (!result.ok) throw new Error(`verification failed: ${JSON.stringify(result.problem)}`);
  return `${Math.round(result.events / seconds).toLocaleString('en')} events/s (${result.events} events, ${result.chains} chains)`;
}

async function run(engine: string, open: () => Promise<DatabaseHandle | undefined>): Promise<void> {
  const handle = await open();
  if (!handle) return;
  try {
    // The baseline is slow: give it a tenth of the events (at least 1,000) and compare rates.
    const baseline = await appendRate(handle, Math.max(1000, Math.round(events / 10)), 1);
    const batched = await appendRate(handle, events, 500);
    const line = (name: string, rate: number) => `  ${name.padEnd(34)} ${Math.round(rate).toLocaleString('en').padStart(9)} events/s`;
    process.stdout.write(`${engine} (${callers} concurrent callers)\n`);
    process.stdout.write(`${line('one event per transaction (baseline)', baseline)}\n`);
    process.stdout.write(`${line('batched (group commit)', batched)}\n`);
    process.stdout.write(`  ratio                              ${(batched / baseline).toFixed(1).padStart(9)}×\n`);
    process.stdout.write(`  verify                             ${await verifyRate(handle)}\n\n`);
  } finally {
    await handle.close();
  }
}

const skip = { skip: (why?: string) => process.stdout.write(`PostgreSQL: skipped (${why})\n`) };
await run('PGlite (in memory)', () => pgliteDatabase());
await run('PostgreSQL', () => postgresDatabase(skip));
