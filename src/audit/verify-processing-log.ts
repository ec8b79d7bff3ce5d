// `insyn audit verify`: checks every chain of the processing log, one after another in chain
// order, and names the first bad event. Chains are independent, so each is walked on its own,
// in pages; memory stays flat however large the log is.
import { createPublicKey, type KeyObject } from 'node:crypto';
import { sql, type Kysely } from 'kysely';
import type { Database } from '../db/database-schema.ts';
import { keyIdOf } from './checkpoint-signer.ts';
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

/** Registered public keys whose id really is derived from the key; others cannot verify anything. */
async function loadPublicKeys(db: Kysely<Database>, trusted: readonly string[] | undefined): Promise<Map<string, KeyObject>> {
  const rows = await db.selectFrom('processing_log_signing_key').select(['key_id', 'public_key']).execute();
  const keys = new Map<string, KeyObject>();
  for (const row of rows) {
    if (trusted && !trusted.includes(row.key_id)) continue;
    try {
      const key = createPublicKey(row.public_key);
      if (key.asymmetricKeyType === 'ed25519' && keyIdOf(key) === row.key_id) keys.set(row.key_id, key);
    } catch {
      // not a key: leaves its checkpoints to an unknown-key problem
    }
  }
  return keys;
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
  const keys = await loadPublicKeys(db, options.trustedKeyIds);
  const pageSize = options.pageSize ?? 1000;
  const range = rangeOf(options.month);
  const totals = { chains: 0, events: 0, checkpoints: 0, unsealed: 0 };
  for (let chain = await nextChain(db, range.after, range); chain !== undefined; chain = await nextChain(db, chain, range)) {
    const outcome = await verifyChain({ db, chain, pageSize, keys });
    totals.chains += 1;
    totals.events += outcome.events;
    totals.checkpoints += outcome.checkpoints;
    totals.unsealed += outcome.unsealed;
    if (outcome.problem) return { ok: false, ...totals, problem: outcome.problem };
  }
  return { ok: true, ...totals };
}
