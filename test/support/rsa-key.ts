// A fresh RSA-2048 key pair for tests of XML signatures and mailbox delivery: the key object (for
// certificates) and both halves as PEM (PKCS#8 private, SPKI public).
import { generateKeyPairSync, type KeyObject } from 'node:crypto';

export interface TestRsaKey {
  readonly privateKey: KeyObject;
  readonly privateKeyPem: string;
  readonly publicKeyPem: string;
}

export function rsaKey(): TestRsaKey {
  const { privateKey, publicKey } = generateKeyPairSync('rsa', { modulusLength: 2048 });
  return {
    privateKey,
    privateKeyPem: privateKey.export({ type: 'pkcs8', format: 'pem' }).toString(),
    publicKeyPem: publicKey.export({ type: 'spki', format: 'pem' }).toString(),
  };
}
