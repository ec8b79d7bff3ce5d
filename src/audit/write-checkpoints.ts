// Seals the processing log: verifies, then signs, the current head of every chain that advanced
// since its last checkpoint, and stores the signature in processing_log_checkpoint, outside the
// log's table.
import { sql, type Kysely } from 'kysely';
import type { Database } from '../db/database-schema.ts';
import { InsynError } from '../domain/error-catalogue.ts';
import type { ChainHashKeys } from './chain-hash-keys.ts';
import { isChainKey } from './chain-key.ts';
import type { CheckpointSigner } from './checkpoint-signer.ts';
import { verifyStretch } from './verify-stretch.ts';
import type { VerifyProblem } from './verify-result.ts';

interface AdvancedHead {
  readonly chain: string;
  readonly seq: number;
  readonly hash: string;
  /** The chain's last checkpoint, if any. */
  readonly sealed_seq: number | null;
  readonly sealed_hash: string | null;
}

/** Events read per query while verifying what is about to be sealed. */
const PAGE_SIZE = 1000;

/** Stores the signer's public key so that its checkpoints stay verifiable after rotation. */
export async function registerSigningKey(db: Kysely<Database>, signer: CheckpointSigner): Promise<void> {
  await db.insertInto('processing_log_signing_key')
    .values({ key_id: signer.keyId, public_key: signer.publicKeyPem })
    .onConflict((conflict) => conflict.column('key_id').doNothing())
    .execute();
}

async function advancedHeads(db: Kysely<Database>): Promise<readonly AdvancedHead[]> {
  const { rows } = await sql<AdvancedHead>`
    select h.chain, h.seq, h.hash, c.seq as sealed_seq, c.hash as sealed_hash
    from processing_log_head h
    left join lateral (select seq, hash from processing_log_checkpoint c where c.chain = h.chain order by seq desc limit 1) c on true
    where h.seq > coalesce(c.seq, 0)
    order by h.chain`.execute(db);
  return rows;
}

/** What is wrong with sealing `head` now; undefined when its events since the last checkpoint verify. */
async function checkBeforeSealing(db: Kysely<Database>, hashKeys: ChainHashKeys, head: AdvancedHead): Promise<VerifyProblem | undefined> {
  const { chain } = head;
  if (!isChainKey(chain)) return { chain, seq: 1, kind: 'bad-chain', message: 'the chain name is not a chain key' };
  const from = head.sealed_seq === null ? undefined : { seq: Number(head.sealed_seq), hash: head.sealed_hash as string };
  return verifyStretch({ db, chain, pageSize: PAGE_SIZE, hashKeys }, from, { seq: Number(head.seq), hash: head.hash });
}

async function sign(db: Kysely<Database>, signer: CheckpointSigner, heads: readonly AdvancedHead[]): Promise<number> {
  if (heads.length === 0) return 0;
  const signedAt = new Date();
  const rows = heads.map((head) => {
    const claim = { chain: head.chain, seq: Number(head.seq), hash: head.hash, signedAt, keyId: signer.keyId };
    return { chain: claim.chain, seq: claim.seq, hash: claim.hash, signed_at: signedAt, key_id: signer.keyId, signature: signer.sign(claim) };
  });
  const inserted = await db.insertInto('processing_log_checkpoint').values(rows)
    .onConflict((conflict) => conflict.columns(['chain', 'seq']).doNothing())
    .returning('id').execute();
  return inserted.length;
}

/**
 * Signs and stores one checkpoint per advanced chain whose events since its last checkpoint
 * verify; returns how many were written. A chain that does not verify is not sealed: that is
 * tampering, and AUDIT_TAMPERED is thrown (naming the first such chain) after the others are sealed.
 */
export async function writeCheckpoints(db: Kysely<Database>, signer: CheckpointSigner, hashKeys: ChainHashKeys): Promise<number> {
  const sound: AdvancedHead[] = [];
  let tampered: VerifyProblem | undefined;
  for (const head of await advancedHeads(db)) {
    const problem = await checkBeforeSealing(db, hashKeys, head);
    if (problem) tampered ??= problem;
    else sound.push(head);
  }
  const written = await sign(db, signer, sound);
  if (tampered) {
    const { chain, seq, kind, message } = tampered;
    throw new InsynError('AUDIT_TAMPERED', `chain ${chain} was not sealed: ${kind} at seq ${seq}: ${message}`);
  }
  return written;
}

/**
 * `writeCheckpoints` with the signer's key registered first (once) and runs serialised, so
 * that a timer tick and an explicit call never sign the same head twice.
 */
export function createCheckpointer(db: Kysely<Database>, signer: CheckpointSigner, hashKeys: ChainHashKeys): () => Promise<number> {
  let keyRegistered: Promise<void> | undefined;
  let previous: Promise<unknown> = Promise.resolve();
  return () => {
    const run = previous.then(async () => {
      keyRegistered ??= registerSigningKey(db, signer).catch((error: unknown) => {
        keyRegistered = undefined;
        throw error;
      });
      await keyRegistered;
      return writeCheckpoints(db, signer, hashKeys);
    });
    previous = run.catch(() => {});
    return run;
  };
}
