// Seals free text and documents that may hold personal data (a request's details, decisions,
// letters, web sessions' identities) for Insyn's own tables: AES-256-GCM under a key derived
// (HKDF-SHA256) from the subject-key secret with its own label, so that a copy of the database
// alone reveals nothing. Each sealing uses a fresh random nonce; the record's id is bound as
// associated data where given, so a sealed value cannot be moved to another row unnoticed.
import { InsynError } from '../domain/error-catalogue.ts';
import { deriveSealKey, openWithKey, sealWithKey } from './aes-gcm-seal.ts';

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
  const key = deriveSealKey(subjectKeySecret, 'insyn-content-seal', 'content-seal/v1');
  return Object.freeze({
    sealJson(value: unknown, boundTo = ''): string {
      return sealWithKey(key, JSON.stringify(value), 'c1', boundTo);
    },
    openJson<T>(sealed: string, boundTo = ''): T {
      const match = SEALED.exec(sealed);
      if (!match) throw new InsynError('SUBJECT_SEAL_INVALID', 'not sealed content');
      const plain = openWithKey(key, match[1]!, match[2]!, boundTo);
      if (plain === undefined) throw new InsynError('SUBJECT_SEAL_INVALID', 'the sealed content does not open under this key');
      return JSON.parse(plain) as T;
    },
  });
}
