// Seals the processing log: signs the current head of every chain that advanced since its last
// checkpoint and stores the signature in processing_log_checkpoint, outside the log's table.
import { sql, type Kysely } from 'kysely';
import type { Database } from '../db/database-schema.ts';
import { InsynError } from '../domain/error-catalogue.ts';
import type { CheckpointSigner } from './checkpoint-signer.ts';

interface AdvancedHead {
  readonly chain: string;
  readonly seq: number;
  readonly hash: string;
  readonly event_hash: string | null;
}

/** Stores the signer's public key so that its checkpoints stay verifiable after rotation. */
export async function registerSigningKey(db: Kysely<Database>, signer: CheckpointSigner): Promise<void> {
  await db.insertInto('processing_log_signing_key')
    .values({ key_id: signer.keyId, public_key: signer.publicKeyPem })
    .onConflict((conflict) => conflict.column('key_id').doNothing())
    .execute();
}

async function advancedHeads(db: Kysely<Database>): Promise<readonly AdvancedHead[]> {
  const { rows } = await sql<AdvancedHead>`
    select h.chain, h.seq, h.hash, l.hash as event_hash
    from processing_log_head h
    left join processing_log l on l.chain = h.chain and l.seq = h.seq
    where h.seq > coalesce((select max(c.seq) from processing_log_checkpoint c where c.chain = h.chain), 0)
    order by h.chain`.execute(db);
  return rows;
}

/**
 * Signs and stores one checkpoint per advanced chain; returns how many were written. A head that
 * disagrees with its last event is not signed: that is tampering, and AUDIT_TAMPERED is thrown
 * after the other chains are sealed.
 */
export async function writeCheckpoints(db: Kysely<Database>, signer: CheckpointSigner): Promise<number> {
  const heads = await advancedHeads(db);
  const sound = heads.filter((head) => head.event_hash === head.hash);
  let written = 0;
  if (sound.length > 0) {
    const signedAt = new Date();
    const rows = sound.map((head) => {
      const claim = { chain: head.chain, seq: Number(head.seq), hash: head.hash, signedAt, keyId: signer.keyId };
      return { chain: claim.chain, seq: claim.seq, hash: claim.hash, signed_at: signedAt, key_id: signer.keyId, signature: signer.sign(claim) };
    });
    const inserted = await db.insertInto('processing_log_checkpoint').values(rows)
      .onConflict((conflict) => conflict.columns(['chain', 'seq']).doNothing())
      .returning('id').execute();
    written = inserted.length;
  }
  const unsound = heads.find((head) => head.event_hash !== head.hash);
  if (unsound) throw new InsynError('AUDIT_TAMPERED', `the head of chain ${unsound.chain} does not match its event at seq ${unsound.seq}`);
  return written;
}

/**
 * `writeCheckpoints` with the signer's key registered first (once) and runs serialised, so
 * that a timer tick and an explicit call never sign the same head twice.
 */
export function createCheckpointer(db: Kysely<Database>, signer: CheckpointSigner): () => Promise<number> {
  let keyRegistered: Promise<void> | undefined;
  let previous: Promise<unknown> = Promise.resolve();
  return () => {
    const run = previous.then(async () => {
      keyRegistered ??= registerSigningKey(db, signer).catch((error: unknown) => {
        keyRegistered = undefined;
        throw error;
      });
      await keyRegistered;
      return writeCheckpoints(db, signer);
    });
    previous = run.catch(() => {});
    return run;
  };
}
