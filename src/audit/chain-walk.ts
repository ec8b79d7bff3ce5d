// The state of verifying one chain, and the few queries verification needs, all keyed on
// (chain, seq) so that they use the unique index.
import type { Kysely } from 'kysely';
import type { Database } from '../db/database-schema.ts';
import type { ChainHashKeys } from './chain-hash-keys.ts';
import { selectLogRows, type LogRow } from './log-row.ts';
import type { PublicKeyLookup } from './public-keys.ts';
import type { VerifyProblem, VerifyProblemKind } from './verify-result.ts';

/** What reading and checking one chain's events needs. */
export interface ChainReader {
  readonly db: Kysely<Database>;
  readonly chain: string;
  readonly pageSize: number;
  readonly hashKeys: ChainHashKeys;
}

/** ... and checking its checkpoints too. */
export interface ChainContext extends ChainReader {
  /** The public key for a key id, if it may sign checkpoints. */
  readonly publicKey: PublicKeyLookup;
}

export interface ChainWalk {
  /** The last verified event's seq and hash (0 and the genesis hash before the first). */
  seq: number;
  hash: string;
  previous: LogRow | undefined;
  /** Seq of the latest checkpoint that matched. */
  sealedSeq: number;
  events: number;
  checkpoints: number;
}

export interface EventRef {
  readonly seq: number;
  readonly id: number;
}

export function problemAt(context: ChainReader, kind: VerifyProblemKind, seq: number, eventId: number | undefined, message: string): VerifyProblem {
  return eventId === undefined
    ? { chain: context.chain, seq, kind, message }
    : { chain: context.chain, seq, eventId, kind, message };
}

export async function readHead(context: ChainReader): Promise<{ seq: number; hash: string } | undefined> {
  const head = await context.db.selectFrom('processing_log_head').select(['seq', 'hash'])
    .where('chain', '=', context.chain).executeTakeFirst();
  return head && { seq: Number(head.seq), hash: head.hash };
}

export async function readPage(context: ChainReader, afterSeq: number, limit: number): Promise<LogRow[]> {
  return selectLogRows(context.db)
    .where('chain', '=', context.chain).where('seq', '>', afterSeq).where('seq', '<=', limit)
    .orderBy('seq').limit(context.pageSize).execute();
}

export async function readCheckpoints(context: ChainReader, afterSeq: number, throughSeq: number, limit?: number) {
  let query = context.db.selectFrom('processing_log_checkpoint').selectAll()
    .where('chain', '=', context.chain).where('seq', '>', afterSeq).where('seq', '<=', throughSeq).orderBy('seq');
  if (limit !== undefined) query = query.limit(limit);
  return query.execute();
}

export async function eventAt(context: ChainReader, seq: number): Promise<(EventRef & { hash: string }) | undefined> {
  const row = await context.db.selectFrom('processing_log').select(['seq', 'id', 'hash'])
    .where('chain', '=', context.chain).where('seq', '=', seq).executeTakeFirst();
  return row && { seq: Number(row.seq), id: Number(row.id), hash: row.hash };
}

export async function lastSeq(context: ChainReader): Promise<number> {
  const row = await context.db.selectFrom('processing_log').select('seq')
    .where('chain', '=', context.chain).orderBy('seq', 'desc').limit(1).executeTakeFirst();
  return row ? Number(row.seq) : 0;
}

/** Diagnosis only (after a break is found): scans one chain. */
export async function eventWith(context: ChainReader, column: 'hash' | 'prev_hash', value: string, afterSeq = 0): Promise<EventRef | undefined> {
  const row = await context.db.selectFrom('processing_log').select(['seq', 'id'])
    .where('chain', '=', context.chain).where(column, '=', value).where('seq', '>', afterSeq)
    .orderBy('seq').limit(1).executeTakeFirst();
  return row && { seq: Number(row.seq), id: Number(row.id) };
}
