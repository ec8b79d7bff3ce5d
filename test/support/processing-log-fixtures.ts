// Helpers for processing-log tests: a signer, the chain-hash keys, events in chosen chains, a
// fixed clock, and the tampering verification must catch: by a superuser who also holds the
// chain-hash key (the append-only triggers cannot stop a superuser), and by someone with only
// the application's rights, who can insert rows and move heads but cannot hash.
import { createHash, generateKeyPairSync } from 'node:crypto';
import { after } from 'node:test';
import { sql, type Kysely, type Transaction } from 'kysely';
import { deriveChainHashKeys, type ChainHashKeys } from '../../src/audit/chain-hash-keys.ts';
import { createCheckpointSigner, type CheckpointSigner } from '../../src/audit/checkpoint-signer.ts';
import { hashEvent, GENESIS_HASH } from '../../src/audit/event-hash.ts';
import { selectLogRows, storedEventOf, type LogRow } from '../../src/audit/log-row.ts';
import { createProcessingLog, type ProcessingLog, type ProcessingLogOptions } from '../../src/audit/processing-log.ts';
import type { ProcessingEventInput, SealedEvent, StoredEvent } from '../../src/audit/processing-event.ts';
import type { Database } from '../../src/db/database-schema.ts';
import type { DatabaseHandle } from '../../src/db/database.ts';

export function testSigner(): CheckpointSigner {
  return createCheckpointSigner(generateKeyPairSync('ed25519').privateKey.export({ type: 'pkcs8', format: 'pem' }).toString());
}

/** The chain-hash keys every test log uses. */
export function testHashKeys(): ChainHashKeys {
  return deriveChainHashKeys('a-processing-log-test-secret-of-at-least-32-characters');
}

/** Keys an attacker without the real secret might use. */
export const wrongHashKeys = (): ChainHashKeys => deriveChainHashKeys('not-the-secret-but-just-as-long-as-the-real-one');

/** A subject key whose chain shard is `shard` (one hex digit). */
export function subjectKeyIn(shard: string, n = 0): string {
  return shard + createHash('sha256').update(`subject-${n}`).digest('hex').slice(1);
}

export function readEvent(subjectKey: string | null, n = 0): ProcessingEventInput {
  return {
    actor: 'handler:anna', purpose: 'answer-data-subject-request', legalBasis: 'art6-1c', kind: 'read',
    subjectKey, datasets: ['case-management.cases'], fields: ['case_type', 'opened_on'],
    stepId: `step-${n}`, detail: { page: n, partial: false },
  };
}

/** A clock that starts at `iso` and moves one millisecond per reading. */
export function steppingClock(iso: string): () => Date {
  let now = Date.parse(iso);
  return () => new Date(now++);
}

export function openLog(db: Kysely<Database>, options: Partial<ProcessingLogOptions> = {}): ProcessingLog {
  return createProcessingLog({ db, signer: testSigner(), hashKeys: testHashKeys(), checkpointIntervalMs: 0, ...options });
}

/** Runs `work` with the append-only triggers (and foreign keys) off, as a superuser could. */
export async function tamper(db: Kysely<Database>, work: (trx: Transaction<Database>) => Promise<unknown>): Promise<void> {
  await db.transaction().execute(async (trx) => {
    await sql`set local session_replication_role = replica`.execute(trx);
    await work(trx);
  });
}

export async function rowsOf(db: Kysely<Database>, chain: string): Promise<LogRow[]> {
  return selectLogRows(db).where('chain', '=', chain).orderBy('seq').execute();
}

function eventOf(row: LogRow): StoredEvent {
  const event = storedEventOf(row);
  if (!event) throw new TypeError(`event ${row.id} is already not as the log wrote it`);
  return event;
}

/**
 * Changes the actor of the event at `seq` and rewrites the hashes of that event and of the
 * `alsoAfter` events after it, as an attacker who knows the algorithm would; optionally the head too.
 */
export async function rewriteChain(db: Kysely<Database>, chain: string, seq: number, alsoAfter: number, moveHead: boolean): Promise<void> {
  const rows = await rowsOf(db, chain);
  await tamper(db, async (trx) => {
    let prev = rows.find((row) => Number(row.seq) === seq - 1)?.hash ?? GENESIS_HASH;
    for (const row of rows.filter((candidate) => Number(candidate.seq) >= seq && Number(candidate.seq) <= seq + alsoAfter)) {
      const event = { ...eventOf(row), actor: Number(row.seq) === seq ? 'intruder' : row.actor };
      const hash = hashEvent(testHashKeys(), prev, event) as string;
      await sql`update processing_log set actor = ${event.actor}, prev_hash = ${prev}, hash = ${hash} where id = ${row.id}`.execute(trx);
      prev = hash;
    }
    if (moveHead) await sql`update processing_log_head set hash = ${prev} where chain = ${chain}`.execute(trx);
  });
}

/**
 * Inserts a forged event at `seq` that links correctly to the event before it, hashed under
 * `keys` (by default the real ones: an attacker who holds the chain-hash key).
 */
export async function insertForged(trx: Transaction<Database> | Kysely<Database>, chain: string, seq: number, prevHash: string, like: LogRow, keys = testHashKeys()): Promise<{ id: number; hash: string }> {
  const id = Number(like.id) + 100_000;
  const event: SealedEvent = { ...eventOf(like), id, seq, actor: 'intruder' };
  const hash = hashEvent(keys, prevHash, event) as string;
  await sql`insert into processing_log (id, chain, seq, occurred_at, actor, purpose, legal_basis, kind, subject_key, datasets, fields,
      step_id, outcome_of, outcome, detail, prev_hash, hash, key_version)
    values (${id}, ${chain}, ${seq}, ${event.occurredAt}, ${event.actor}, ${event.purpose}, ${event.legalBasis}, ${event.kind},
      ${event.subjectKey}, ${JSON.stringify(event.datasets)}, ${JSON.stringify(event.fields)}, ${event.stepId}, ${event.outcomeOf},
      ${event.outcome}, ${JSON.stringify(event.detail)}, ${prevHash}, ${hash}, ${event.keyVersion})`.execute(trx);
  return { id, hash };
}

export interface SkipContextLike {
  skip(message?: string): void;
}

export type OpenDatabase = (t: SkipContextLike) => Promise<DatabaseHandle | undefined>;

/**
 * One database for a whole suite, opened by its first test and closed after the file (opening
 * PGlite costs seconds). Scenarios keep apart by writing to months of their own.
 */
export function sharedDatabase(open: OpenDatabase): (t: SkipContextLike) => Promise<Kysely<Database> | undefined> {
  let opened: Promise<DatabaseHandle | undefined> | undefined;
  after(async () => { await (await opened)?.close(); });
  return async (t) => {
    opened ??= open(t);
    const handle = await opened;
    if (!handle) t.skip('the database for this suite is not available');
    return handle?.db;
  };
}
