// Seals a personnummer for storage in Insyn's own tables (a request must know whom it is about,
// and its jobs must read the number back). AES-256-GCM under a key derived (HKDF-SHA256) from
// the subject-key secret, which the database never holds: a copy of the database alone does
// not reveal whom requests are about. Each sealing uses a fresh random nonce. Other text (free
// text, letters, session identities) goes through content-sealer.ts under a key of its own.
import { InsynError } from '../domain/error-catalogue.ts';
import { deriveSealKey, openWithKey, sealWithKey } from './aes-gcm-seal.ts';

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
  const key = deriveSealKey(subjectKeySecret, 'insyn-subject-seal', 'subject-seal/v1');
  const refused = (why: string) => new InsynError('SUBJECT_SEAL_INVALID', why);
  return Object.freeze({
    seal(normalized12: string): string {
      if (!NORMALIZED.test(normalized12)) throw new TypeError('subject seal: expected the normalised 12-digit form');
      return sealWithKey(key, normalized12, 'v1');
    },
    open(sealed: string): string {
      const match = SEALED.exec(sealed);
      if (!match) throw refused('not a sealed subject');
      const plain = openWithKey(key, match[1]!, match[2]!);
      if (plain === undefined || !NORMALIZED.test(plain)) throw refused('the sealed subject does not open under this key');
      return plain;
    },
  });
}
