// `insyn audit verify`: checks every chain of the processing log, one after another in chain
// order, and names the first bad event. Chains are independent, so each is walked on its own,
// in pages; memory stays flat however large the log is. Nothing is trusted that the database
// alone could supply: the chain-hash keys and the trusted signing-key ids come from outside it.
import { sql, type Kysely } from 'kysely';
import type { Database } from '../db/database-schema.ts';
import type { ChainHashKeys } from './chain-hash-keys.ts';
import { isChainKey, isMonth } from './chain-key.ts';
import type { ChainContext } from './chain-walk.ts';
import { createPublicKeyLookup } from './public-keys.ts';
import { verifyChain, type ChainOutcome } from './verify-chain.ts';
import type { VerifyResult } from './verify-result.ts';

export interface VerifyOptions {
  readonly hashKeys: ChainHashKeys;
  /** Ids of the keys whose checkpoints count; a checkpoint signed by any other key is a problem. */
  readonly trustedKeyIds: readonly string[];
  /** Events read per query (default 1,000). */
  readonly pageSize?: number;
  /** `YYYY-MM`: verify only that month's chains (each month's chains stand on their own). */
  readonly month?: string;
  /** How long events may stay unsealed by a checkpoint before that is a problem (default 15 minutes). */
  readonly sealGraceMs?: number;
  readonly now?: () => Date;
}

export const DEFAULT_SEAL_GRACE_MS = 15 * 60_000;

interface ChainRange {
  /** Exclusive; undefined: from the very first chain name (even ''). */
  readonly after: string | undefined;
  /** Exclusive; undefined: to the very last. */
  readonly before: string | undefined;
}

/** Chains of a month are `YYYY-MM:s`; in bytewise order they all lie between `YYYY-MM:` and `YYYY-MM;`. */
function rangeOf(month: string | undefined): ChainRange {
  if (month === undefined) return { after: undefined, before: undefined };
  if (!isMonth(month)) throw new TypeError('month must be YYYY-MM');
  return { after: `${month}:`, before: `${month};` };
}

/** The next chain after `after` in the range, in the log or its heads or checkpoints, by index lookups only. */
async function nextChain(db: Kysely<Database>, after: string | undefined, range: ChainRange): Promise<string | undefined> {
  const lower = after === undefined ? sql`true` : sql`chain > ${after}`;
  const upper = range.before === undefined ? sql`true` : sql`chain < ${range.before}`;
  const { rows } = await sql<{ chain: string | null }>`select least(
    (select chain from processing_log where ${lower} and ${upper} order by chain limit 1),
    (select chain from processing_log_head where ${lower} and ${upper} order by chain limit 1),
    (select chain from processing_log_checkpoint where ${lower} and ${upper} order by chain limit 1)) as chain`.execute(db);
  return rows[0]?.chain ?? undefined;
}

function badChain(chain: string): ChainOutcome {
  return {
    events: 0, checkpoints: 0, unsealed: 0,
    problem: { chain, seq: 1, kind: 'bad-chain', message: `the chain name ${JSON.stringify(chain)} is not a chain key (YYYY-MM:s): it was added outside the log` },
  };
}

export async function verifyProcessingLog(db: Kysely<Database>, options: VerifyOptions): Promise<VerifyResult> {
  const publicKey = createPublicKeyLookup(db, options.trustedKeyIds);
  const base: Omit<ChainContext, 'chain'> = { db, pageSize: options.pageSize ?? 1000, hashKeys: options.hashKeys, publicKey };
  const sealedBefore = new Date((options.now?.() ?? new Date()).getTime() - (options.sealGraceMs ?? DEFAULT_SEAL_GRACE_MS));
  const range = rangeOf(options.month);
  const totals = { chains: 0, events: 0, checkpoints: 0, unsealed: 0 };
  for (let chain = await nextChain(db, range.after, range); chain !== undefined; chain = await nextChain(db, chain, range)) {
    const outcome = isChainKey(chain) ? await verifyChain({ ...base, chain }, sealedBefore) : badChain(chain);
    totals.chains += 1;
    totals.events += outcome.events;
    totals.checkpoints += outcome.checkpoints;
    totals.unsealed += outcome.unsealed;
    if (outcome.problem) return { ok: false, ...totals, problem: outcome.problem };
  }
  return { ok: true, ...totals };
}
