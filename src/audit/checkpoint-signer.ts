// Ed25519 signatures over processing-log checkpoints. A checkpoint claims "chain C reached
// seq N with hash H", signed at a time with a key named by its id; the message is fixed text.
import { createHash, createPrivateKey, createPublicKey, sign, verify, type KeyObject } from 'node:crypto';
import { InsynError } from '../domain/error-catalogue.ts';

export interface CheckpointClaim {
  readonly chain: string;
  readonly seq: number;
  readonly hash: string;
  readonly signedAt: Date;
  readonly keyId: string;
}

export interface CheckpointSigner {
  readonly keyId: string;
  /** SPKI PEM, registered in processing_log_signing_key so old checkpoints stay verifiable. */
  readonly publicKeyPem: string;
  /** Base64 Ed25519 signature over `checkpointMessage(claim)`. */
  sign(claim: CheckpointClaim): string;
}

const FORMAT = 'insyn-processing-log-checkpoint/v1';

export function checkpointMessage(claim: CheckpointClaim): Buffer {
  const { chain, seq, hash, signedAt, keyId } = claim;
  return Buffer.from([FORMAT, chain, String(seq), hash, signedAt.toISOString(), keyId].join('\n'));
}

/** First 16 hex digits of sha256 over the public key (DER). */
export function keyIdOf(publicKey: KeyObject): string {
  const der = publicKey.export({ type: 'spki', format: 'der' });
  return createHash('sha256').update(der).digest('hex').slice(0, 16);
}

function privateKeyFrom(pem: string): KeyObject {
  let key: KeyObject;
  try {
    key = createPrivateKey(pem);
  } catch {
    throw new InsynError('CONFIG_INVALID', 'INSYN_CHECKPOINT_SIGNING_KEY: not a private key in PKCS#8 PEM');
  }
  if (key.asymmetricKeyType !== 'ed25519') {
    throw new InsynError('CONFIG_INVALID', 'INSYN_CHECKPOINT_SIGNING_KEY: must be an Ed25519 key');
  }
  return key;
}

export function createCheckpointSigner(privateKeyPem: string): CheckpointSigner {
  const privateKey = privateKeyFrom(privateKeyPem);
  const publicKey = createPublicKey(privateKey);
  const keyId = keyIdOf(publicKey);
  return Object.freeze({
    keyId,
    publicKeyPem: publicKey.export({ type: 'spki', format: 'pem' }).toString(),
    sign: (claim: CheckpointClaim) => {
      if (claim.keyId !== keyId) throw new TypeError('checkpoint claim names another key');
      return sign(null, checkpointMessage(claim), privateKey).toString('base64');
    },
  });
}

/** True when `signature` (base64) is the key's signature over the claim. */
export function verifyCheckpointSignature(publicKey: KeyObject, claim: CheckpointClaim, signature: string): boolean {
  try {
    return verify(null, checkpointMessage(claim), publicKey, Buffer.from(signature, 'base64'));
  } catch {
    return false;
  }
}
