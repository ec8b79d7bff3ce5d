// `insyn audit verify`: checks every chain of the processing log, one after another in chain
// order, and names the first bad event. Chains are independent, so each is walked on its own,
// in pages; memory stays flat however large the log is.
import { sql, type Kysely } from 'kysely';
import type { Database } from '../db/database-schema.ts';
import { createPublicKeyLookup } from './public-keys.ts';
import { verifyChain } from './verify-chain.ts';
import type { VerifyResult } from './verify-result.ts';

export interface VerifyOptions {
  /** Events read per query (default 1,000). */
  readonly pageSize?: number;
  /** When given, checkpoints signed by any other key count as signed by an unknown key. */
  readonly trustedKeyIds?: readonly string[];
  /** `YYYY-MM`: verify only that month's chains (each month's chains stand on their own). */
  readonly month?: string;
}

interface ChainRange {
  readonly after: string;
  readonly before: string;
}

const MONTH = /^\d{4}-(0[1-9]|1[0-2])$/;

/** Chains of a month are `YYYY-MM:s`; in bytewise order they all lie between `YYYY-MM:` and `YYYY-MM;`. */
function rangeOf(month: string | undefined): ChainRange {
  if (month === undefined) return { after: '', before: '\u007f' };
  if (!MONTH.test(month)) throw new TypeError('month must be YYYY-MM');
  return { after: `${month}:`, before: `${month};` };
}

/** The next chain after `after` (and before `range.before`) in any of the log's tables, by index lookups only. */
async function nextChain(db: Kysely<Database>, after: string, range: ChainRange): Promise<string | undefined> {
  const { before } = range;
  const { rows } = await sql<{ chain: string | null }>`select least(
    (select chain from processing_log where chain > ${after} and chain < ${before} order by chain limit 1),
    (select chain from processing_log_head where chain > ${after} and chain < ${before} order by chain limit 1),
    (select chain from processing_log_checkpoint where chain > ${after} and chain < ${before} order by chain limit 1)) as chain`.execute(db);
  return rows[0]?.chain ?? undefined;
}

export async function verifyProcessingLog(db: Kysely<Database>, options: VerifyOptions = {}): Promise<VerifyResult> {
  const publicKey = createPublicKeyLookup(db, options.trustedKeyIds);
  const pageSize = options.pageSize ?? 1000;
  const range = rangeOf(options.month);
  const totals = { chains: 0, events: 0, checkpoints: 0, unsealed: 0 };
  for (let chain = await nextChain(db, range.after, range); chain !== undefined; chain = await nextChain(db, chain, range)) {
    const outcome = await verifyChain({ db, chain, pageSize, publicKey });
    totals.chains += 1;
    totals.events += outcome.events;
    totals.checkpoints += outcome.checkpoints;
    totals.unsealed += outcome.unsealed;
    if (outcome.problem) return { ok: false, ...totals, problem: outcome.problem };
  }
  return { ok: true, ...totals };
}
