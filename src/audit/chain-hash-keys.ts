// The secret keys of the chain hash. An event's hash is an HMAC under a key the database never
// holds, so that someone with only database rights cannot compute the hash of a forged or
// altered event. Each event records the version of the key that hashed it: new events use the
// current version, and after a rotation older events keep verifying under theirs.
import { hkdfSync } from 'node:crypto';

export interface ChainHashKeys {
  /** The version new events are hashed with. */
  readonly current: number;
  /** The key of a version; undefined for a version this process does not hold. */
  key(version: number): Buffer | undefined;
}

const MIN_SECRET_LENGTH = 32;
const SALT = 'insyn-processing-log';
const INFO_V1 = 'chain-hash/v1';

/**
 * Version 1 is derived (HKDF-SHA256) from the subject-key secret, so that no new secret needs
 * distributing; the derived key reveals nothing about the secret, nor the secret about other
 * derivations. A later version may come from a secret of its own.
 */
export function deriveChainHashKeys(subjectKeySecret: string): ChainHashKeys {
  if (subjectKeySecret.length < MIN_SECRET_LENGTH) {
    throw new TypeError(`chain-hash secret must be at least ${MIN_SECRET_LENGTH} characters`);
  }
  const v1 = Buffer.from(hkdfSync('sha256', subjectKeySecret, SALT, INFO_V1, 32));
  return Object.freeze({ current: 1, key: (version: number) => (version === 1 ? v1 : undefined) });
}
