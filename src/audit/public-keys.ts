// The public keys that verify checkpoints, looked up by key id the first time a checkpoint names
// one (so a key registered while verification runs is still found) and remembered after. Only
// ids given from outside the database are trusted: anyone who can insert rows could register a key.
import { createPublicKey, type KeyObject } from 'node:crypto';
import type { Kysely } from 'kysely';
import type { Database } from '../db/database-schema.ts';
import { keyIdOf } from './checkpoint-signer.ts';

export type PublicKeyLookup = (keyId: string) => Promise<KeyObject | undefined>;

/** An Ed25519 key whose id really is derived from it; anything else verifies nothing. */
function parse(keyId: string, pem: string): KeyObject | undefined {
  try {
    const key = createPublicKey(pem);
    return key.asymmetricKeyType === 'ed25519' && keyIdOf(key) === keyId ? key : undefined;
  } catch {
    return undefined;
  }
}

/** Keys outside `trusted` are treated as unknown, whatever the table holds. */
export function createPublicKeyLookup(db: Kysely<Database>, trusted: readonly string[]): PublicKeyLookup {
  const known = new Map<string, Promise<KeyObject | undefined>>();
  return (keyId) => {
    let key = known.get(keyId);
    if (!key) {
      key = !trusted.includes(keyId)
        ? Promise.resolve(undefined)
        : db.selectFrom('processing_log_signing_key').select('public_key').where('key_id', '=', keyId).executeTakeFirst()
          .then((row) => (row ? parse(keyId, row.public_key) : undefined));
      known.set(keyId, key);
    }
    return key;
  };
}
