// Seals a personnummer for storage in Insyn's own tables (a request must know whom it is about,
// and its jobs must read the number back). AES-256-GCM under a key derived (HKDF-SHA256) from
// the subject-key secret, which the database never holds: a copy of the database alone does
// not reveal whom requests are about. Each sealing uses a fresh random nonce.
import { createCipheriv, createDecipheriv, hkdfSync, randomBytes } from 'node:crypto';
import { InsynError } from '../domain/error-catalogue.ts';

export interface SubjectSealer {
  /** `v1.<nonce>.<ciphertext+tag>` in base64url. */
  seal(normalized12: string): string;
  /** The normalised number; SUBJECT_SEAL_INVALID when the text was altered or sealed under another key. */
  open(sealed: string): string;
}

const MIN_SECRET_LENGTH = 32;
const NORMALIZED = /^\d{12}$/;
const SEALED = /^v1\.([A-Za-z0-9_-]{16})\.([A-Za-z0-9_-]{38})$/;

export function createSubjectSealer(subjectKeySecret: string): SubjectSealer {
  if (subjectKeySecret.length < MIN_SECRET_LENGTH) throw new TypeError(`subject-seal secret must be at least ${MIN_SECRET_LENGTH} characters`);
  const key = Buffer.from(hkdfSync('sha256', subjectKeySecret, 'insyn-subject-seal', 'subject-seal/v1', 32));
  return Object.freeze({
    seal(normalized12: string): string {
      if (!NORMALIZED.test(normalized12)) throw new TypeError('subject seal: expected the normalised 12-digit form');
      const nonce = randomBytes(12);
      const cipher = createCipheriv('aes-256-gcm', key, nonce);
      const body = Buffer.concat([cipher.update(normalized12, 'utf8'), cipher.final(), cipher.getAuthTag()]);
      return `v1.${nonce.toString('base64url')}.${body.toString('base64url')}`;
    },
    open(sealed: string): string {
      const match = SEALED.exec(sealed);
      if (!match) throw new InsynError('SUBJECT_SEAL_INVALID', 'not a sealed subject');
      const nonce = Buffer.from(match[1]!, 'base64url');
      const body = Buffer.from(match[2]!, 'base64url');
      try {
        const decipher = createDecipheriv('aes-256-gcm', key, nonce);
        decipher.setAuthTag(body.subarray(body.length - 16));
        const plain = Buffer.concat([decipher.update(body.subarray(0, body.length - 16)), decipher.final()]).toString('utf8');
        if (!NORMALIZED.test(plain)) throw new TypeError('unexpected plaintext');
        return plain;
      } catch {
        throw new InsynError('SUBJECT_SEAL_INVALID', 'the sealed subject does not open under this key');
      }
    },
  });
}
