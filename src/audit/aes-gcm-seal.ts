// AES-256-GCM sealing as Insyn stores it: `<prefix>.<nonce>.<ciphertext+tag>` in base64url, a
// fresh 12-byte nonce each time, optional associated data binding the value to its record. The
// subject sealer and the content sealer use it under keys of their own.
import { createCipheriv, createDecipheriv, hkdfSync, randomBytes } from 'node:crypto';

/** A 32-byte key derived from the subject-key secret for one use (`info` names it). */
export function deriveSealKey(secret: string, salt: string, info: string): Buffer {
  return Buffer.from(hkdfSync('sha256', secret, salt, info, 32));
}

export function sealWithKey(key: Buffer, plain: string, prefix: string, associated = ''): string {
  const nonce = randomBytes(12);
  const cipher = createCipheriv('aes-256-gcm', key, nonce);
  cipher.setAAD(Buffer.from(associated, 'utf8'));
  const body = Buffer.concat([cipher.update(plain, 'utf8'), cipher.final(), cipher.getAuthTag()]);
  return `${prefix}.${nonce.toString('base64url')}.${body.toString('base64url')}`;
}

/** The plaintext, or undefined when the tag does not verify (altered, other key, other record). */
export function openWithKey(key: Buffer, nonceText: string, bodyText: string, associated = ''): string | undefined {
  const nonce = Buffer.from(nonceText, 'base64url');
  const body = Buffer.from(bodyText, 'base64url');
  if (nonce.length !== 12 || body.length < 16) return undefined;
  try {
    const decipher = createDecipheriv('aes-256-gcm', key, nonce);
    decipher.setAAD(Buffer.from(associated, 'utf8'));
    decipher.setAuthTag(body.subarray(body.length - 16));
    return Buffer.concat([decipher.update(body.subarray(0, body.length - 16)), decipher.final()]).toString('utf8');
  } catch {
    return undefined;
  }
}
