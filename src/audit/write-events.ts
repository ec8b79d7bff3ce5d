// Writes events into the processing log inside a transaction the caller owns: lock the head of
// each chain touched (so appends to one chain serialise and seq has no gaps), allocate ids,
// chain the hashes, insert with multi-row statements and move the heads — all or nothing.
import { sql, type Kysely, type Transaction } from 'kysely';
import type { Database } from '../db/database-schema.ts';
import type { ChainHashKeys } from './chain-hash-keys.ts';
import { chainKeyOf } from './chain-key.ts';
import { GENESIS_HASH, hashEvent } from './event-hash.ts';
import type { ProcessingEventInput, SealedEvent, StoredEvent } from './processing-event.ts';

export interface PendingEvent {
  readonly input: ProcessingEventInput;
  readonly occurredAt: Date;
}

interface Head {
  seq: number;
  hash: string;
}

/** Rows per INSERT statement; each statement carries its rows as one JSON parameter. */
const INSERT_CHUNK = 5000;

/** Creates missing heads and locks all of them, in chain order so that writers never deadlock. */
async function lockHeads(trx: Transaction<Database>, chains: readonly string[]): Promise<Map<string, Head>> {
  const rows = await trx.insertInto('processing_log_head')
    .values(chains.map((chain) => ({ chain, seq: 0, hash: GENESIS_HASH })))
    .onConflict((conflict) => conflict.column('chain').doUpdateSet((eb) => ({ seq: eb.ref('processing_log_head.seq') })))
    .returning(['chain', 'seq', 'hash'])
    .execute();
  return new Map(rows.map((row) => [row.chain, { seq: row.seq, hash: row.hash }]));
}

/** Ids come from the identity sequence (named in the migration) before the insert, so that each is sealed in its event's hash. */
async function allocateIds(trx: Transaction<Database>, count: number): Promise<number[]> {
  const { rows } = await sql<{ id: number }>`
    select nextval('processing_log_id_seq'::regclass) as id from generate_series(1, ${count})`.execute(trx);
  return rows.map((row) => Number(row.id)).sort((a, b) => a - b);
}

function seal(pending: PendingEvent, keyVersion: number, id: number, chain: string, seq: number): SealedEvent {
  const { input, occurredAt } = pending;
  return {
    keyVersion, id, chain, seq, occurredAt,
    actor: input.actor, purpose: input.purpose, legalBasis: input.legalBasis, kind: input.kind,
    subjectKey: input.subjectKey, datasets: [...input.datasets], fields: [...input.fields],
    stepId: input.stepId ?? null, outcomeOf: input.outcomeOf ?? null, outcome: input.outcome ?? null,
    detail: { ...input.detail },
  };
}

function chainEvents(keys: ChainHashKeys, events: readonly PendingEvent[], chains: readonly string[], ids: readonly number[], heads: Map<string, Head>): StoredEvent[] {
  return events.map((pending, index) => {
    const chain = chains[index] as string;
    const head = heads.get(chain) as Head;
    const sealed = seal(pending, keys.current, ids[index] as number, chain, head.seq + 1);
    const stored: StoredEvent = { ...sealed, prevHash: head.hash, hash: hashEvent(keys, head.hash, sealed) as string };
    heads.set(chain, { seq: stored.seq, hash: stored.hash });
    return stored;
  });
}

function toRow(event: StoredEvent) {
  return {
    id: event.id, chain: event.chain, seq: event.seq, occurred_at: event.occurredAt.toISOString(),
    actor: event.actor, purpose: event.purpose, legal_basis: event.legalBasis, kind: event.kind,
    subject_key: event.subjectKey, datasets: event.datasets, fields: event.fields,
    step_id: event.stepId, outcome_of: event.outcomeOf, outcome: event.outcome,
    detail: event.detail, prev_hash: event.prevHash, hash: event.hash, key_version: event.keyVersion,
  };
}

/**
 * One multi-row INSERT per chunk, its rows passed as a single JSON array and unpacked by
 * jsonb_to_recordset: on both engines about three times faster than a VALUES list with 17
 * parameters per row, which Kysely must also compile. Timestamps travel as ISO strings with
 * milliseconds, so the round trip is exact.
 */
async function insertRows(trx: Transaction<Database>, events: readonly StoredEvent[]): Promise<void> {
  for (let start = 0; start < events.length; start += INSERT_CHUNK) {
    const rows = JSON.stringify(events.slice(start, start + INSERT_CHUNK).map(toRow));
    await sql`insert into processing_log (id, chain, seq, occurred_at, actor, purpose, legal_basis, kind, subject_key,
        datasets, fields, step_id, outcome_of, outcome, detail, prev_hash, hash, key_version)
      select id, chain, seq, occurred_at, actor, purpose, legal_basis, kind, subject_key,
        datasets, fields, step_id, outcome_of, outcome, detail, prev_hash, hash, key_version
      from jsonb_to_recordset(${rows}::jsonb) as row (id bigint, chain text, seq bigint, occurred_at timestamptz,
        actor text, purpose text, legal_basis text, kind text, subject_key text, datasets jsonb, fields jsonb,
        step_id text, outcome_of bigint, outcome text, detail jsonb, prev_hash text, hash text, key_version smallint)`.execute(trx);
  }
}

async function moveHeads(trx: Transaction<Database>, heads: Map<string, Head>): Promise<void> {
  const values = [...heads].map(([chain, head]) => sql`(${chain}::text, ${head.seq}::bigint, ${head.hash}::text)`);
  await sql`update processing_log_head as h set seq = v.seq, hash = v.hash
    from (values ${sql.join(values)}) as v(chain, seq, hash) where h.chain = v.chain`.execute(trx);
}

/** Appends `events` in order within `trx`, hashed under `keys.current`; durable when `trx` commits. Inputs must be valid. */
export async function writeEvents(trx: Transaction<Database> | Kysely<Database>, keys: ChainHashKeys, events: readonly PendingEvent[]): Promise<StoredEvent[]> {
  if (events.length === 0) return [];
  if (!trx.isTransaction) throw new TypeError('writeEvents must run inside a transaction');
  const tx = trx as Transaction<Database>;
  const chains = events.map((pending) => chainKeyOf(pending.occurredAt, pending.input.subjectKey));
  const heads = await lockHeads(tx, [...new Set(chains)].sort());
  const ids = await allocateIds(tx, events.length);
  const stored = chainEvents(keys, events, chains, ids, heads);
  await insertRows(tx, stored);
  await moveHeads(tx, heads);
  return stored;
}
