// What `insyn audit verify` needs from outside the database, read without creating anything:
// the chain-hash keys, and the ids of the checkpoint signing keys it trusts (the configured or
// generated key, plus earlier keys named in INSYN_TRUSTED_CHECKPOINT_KEY_IDS). Keys that are
// only registered in the database are never trusted: anyone who can insert rows could add one.
import type { Config } from '../config/config.ts';
import { InsynError } from '../domain/error-catalogue.ts';
import { deriveChainHashKeys, type ChainHashKeys } from './chain-hash-keys.ts';
import { createCheckpointSigner } from './checkpoint-signer.ts';
import { CHECKPOINT_KEY_FILE, SUBJECT_SECRET_FILE, readKeyFile } from './signing-keys.ts';

type VerificationConfig = Pick<Config, 'dataDir' | 'subjectKeySecret' | 'checkpointSigningKey' | 'trustedCheckpointKeyIds'>;

export interface VerificationKeys {
  readonly hashKeys: ChainHashKeys;
  readonly trustedKeyIds: readonly string[];
}

/** Throws CONFIG_INVALID when no subject-key secret is configured or generated: without it nothing can be verified. */
export function readVerificationKeys(config: VerificationConfig): VerificationKeys {
  const secret = config.subjectKeySecret ?? readKeyFile(config.dataDir, SUBJECT_SECRET_FILE)?.trim();
  if (secret === undefined) {
    throw new InsynError('CONFIG_INVALID', 'INSYN_SUBJECT_KEY_SECRET: is needed to verify the processing log (and none was generated in INSYN_DATA_DIR/keys)');
  }
  const pem = config.checkpointSigningKey ?? readKeyFile(config.dataDir, CHECKPOINT_KEY_FILE);
  const current = pem === undefined ? [] : [createCheckpointSigner(pem).keyId];
  return Object.freeze({
    hashKeys: deriveChainHashKeys(secret),
    trustedKeyIds: Object.freeze([...new Set([...current, ...config.trustedCheckpointKeyIds])]),
  });
}
