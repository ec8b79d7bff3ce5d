// Seals a personnummer for storage in Insyn's own tables (a request must know whom it is about,
// and its jobs must read the number back). AES-256-GCM under a key derived (HKDF-SHA256) from
// the subject-key secret, which the database never holds: a copy of the database alone does
// not reveal whom requests are about. Each sealing uses a fresh random nonce.
// sealText/openText seal any short text (a web session's identity: name, number, roles) under a
// second key derived from the same secret, so a sealed number and a sealed text never mix.
import { createCipheriv, createDecipheriv, hkdfSync, randomBytes } from 'node:crypto';
import { InsynError } from '../domain/error-catalogue.ts';

export interface SubjectSealer {
  /** `v1.<nonce>.<ciphertext+tag>` in base64url. */
  seal(normalized12: string): string;
  /** The normalised number; SUBJECT_SEAL_INVALID when the text was altered or sealed under another key. */
  open(sealed: string): string;
  /** `t1.<nonce>.<ciphertext+tag>` in base64url, for any UTF-8 text up to 16 KiB. */
  sealText(text: string): string;
  /** The text; SUBJECT_SEAL_INVALID when altered, sealed under another key, or not a sealed text. */
  openText(sealed: string): string;
}

const MIN_SECRET_LENGTH = 32;
const NORMALIZED = /^\d{12}$/;
const SEALED = /^v1\.([A-Za-z0-9_-]{16})\.([A-Za-z0-9_-]{38})$/;
const SEALED_TEXT = /^t1\.([A-Za-z0-9_-]{16})\.([A-Za-z0-9_-]{22,})$/;
const MAX_TEXT_BYTES = 16 * 1024;

function encrypt(key: Buffer, plain: string, prefix: string): string {
  const nonce = randomBytes(12);
  const cipher = createCipheriv('aes-256-gcm', key, nonce);
  const body = Buffer.concat([cipher.update(plain, 'utf8'), cipher.final(), cipher.getAuthTag()]);
  return `${prefix}.${nonce.toString('base64url')}.${body.toString('base64url')}`;
}

/** The plaintext, or undefined when the tag does not verify. */
function decrypt(key: Buffer, nonceText: string, bodyText: string): string | undefined {
  const nonce = Buffer.from(nonceText, 'base64url');
  const body = Buffer.from(bodyText, 'base64url');
  try {
    const decipher = createDecipheriv('aes-256-gcm', key, nonce);
    decipher.setAuthTag(body.subarray(body.length - 16));
    return Buffer.concat([decipher.update(body.subarray(0, body.length - 16)), decipher.final()]).toString('utf8');
  } catch {
    return undefined;
  }
}

export function createSubjectSealer(subjectKeySecret: string): SubjectSealer {
  if (subjectKeySecret.length < MIN_SECRET_LENGTH) throw new TypeError(`subject-seal secret must be at least ${MIN_SECRET_LENGTH} characters`);
  const key = Buffer.from(hkdfSync('sha256', subjectKeySecret, 'insyn-subject-seal', 'subject-seal/v1', 32));
  const textKey = Buffer.from(hkdfSync('sha256', subjectKeySecret, 'insyn-subject-seal', 'text-seal/v1', 32));
  const refused = (why: string) => new InsynError('SUBJECT_SEAL_INVALID', why);
  return Object.freeze({
    seal(normalized12: string): string {
      if (!NORMALIZED.test(normalized12)) throw new TypeError('subject seal: expected the normalised 12-digit form');
      return encrypt(key, normalized12, 'v1');
    },
    open(sealed: string): string {
      const match = SEALED.exec(sealed);
      if (!match) throw refused('not a sealed subject');
      const plain = decrypt(key, match[1]!, match[2]!);
      if (plain === undefined || !NORMALIZED.test(plain)) throw refused('the sealed subject does not open under this key');
      return plain;
    },
    sealText(text: string): string {
      if (typeof text !== 'string' || Buffer.byteLength(text) > MAX_TEXT_BYTES) throw new TypeError('text seal: expected a string up to 16 KiB');
      return encrypt(textKey, text, 't1');
    },
    openText(sealed: string): string {
      const match = SEALED_TEXT.exec(sealed);
      if (!match) throw refused('not a sealed text');
      const plain = decrypt(textKey, match[1]!, match[2]!);
      if (plain === undefined) throw refused('the sealed text does not open under this key');
      return plain;
    },
  });
}
