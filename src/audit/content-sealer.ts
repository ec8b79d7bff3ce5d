// Seals free text and documents that may hold personal data (a request's details, decisions,
// letters, session identities) for Insyn's own tables: AES-256-GCM under a key derived (HKDF-SHA256)
// from the subject-key secret with its own label, so that a copy of the database alone reveals
// nothing. Each sealing uses a fresh random nonce; the record's id is bound as associated data
// where given, so a sealed value cannot be moved to another row unnoticed.
import { createCipheriv, createDecipheriv, hkdfSync, randomBytes } from 'node:crypto';
import { InsynError } from '../domain/error-catalogue.ts';

export interface ContentSealer {
  /** `c1.<nonce>.<ciphertext+tag>` in base64url. */
  sealJson(value: unknown, boundTo?: string): string;
  /** SUBJECT_SEAL_INVALID when the text was altered, moved or sealed under another key. */
  openJson<T>(sealed: string, boundTo?: string): T;
}

const MIN_SECRET_LENGTH = 32;
const SEALED = /^c1\.([A-Za-z0-9_-]{16})\.([A-Za-z0-9_-]{22,})$/;

export function createContentSealer(subjectKeySecret: string): ContentSealer {
  if (subjectKeySecret.length < MIN_SECRET_LENGTH) throw new TypeError(`content-seal secret must be at least ${MIN_SECRET_LENGTH} characters`);
  const key = Buffer.from(hkdfSync('sha256', subjectKeySecret, 'insyn-content-seal', 'content-seal/v1', 32));
  return Object.freeze({
    sealJson(value: unknown, boundTo = ''): string {
      const nonce = randomBytes(12);
      const cipher = createCipheriv('aes-256-gcm', key, nonce);
      cipher.setAAD(Buffer.from(boundTo, 'utf8'));
      const body = Buffer.concat([cipher.update(JSON.stringify(value), 'utf8'), cipher.final(), cipher.getAuthTag()]);
      return `c1.${nonce.toString('base64url')}.${body.toString('base64url')}`;
    },
    openJson<T>(sealed: string, boundTo = ''): T {
      const match = SEALED.exec(sealed);
      if (!match) throw new InsynError('SUBJECT_SEAL_INVALID', 'not sealed content');
      const nonce = Buffer.from(match[1]!, 'base64url');
      const body = Buffer.from(match[2]!, 'base64url');
      let plain: string;
      try {
        const decipher = createDecipheriv('aes-256-gcm', key, nonce);
        decipher.setAAD(Buffer.from(boundTo, 'utf8'));
        decipher.setAuthTag(body.subarray(body.length - 16));
        plain = Buffer.concat([decipher.update(body.subarray(0, body.length - 16)), decipher.final()]).toString('utf8');
      } catch {
        throw new InsynError('SUBJECT_SEAL_INVALID', 'the sealed content does not open under this key');
      }
      return JSON.parse(plain) as T;
    },
  });
}
