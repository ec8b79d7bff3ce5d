// The subject key: a keyed hash (HMAC-SHA256) of the normalised 12-digit personnummer, so the
// processing log can find a person's events without ever holding the number in clear.
import { createHmac } from 'node:crypto';

export type SubjectKeyer = (normalized12: string) => string;

const NORMALIZED = /^\d{12}$/;
const MIN_SECRET_LENGTH = 32;

export function createSubjectKeyer(secret: string): SubjectKeyer {
  if (secret.length < MIN_SECRET_LENGTH) throw new TypeError(`subject-key secret must be at least ${MIN_SECRET_LENGTH} characters`);
  return (normalized12) => {
    if (!NORMALIZED.test(normalized12)) throw new TypeError('subject key: expected the normalised 12-digit form');
    return createHmac('sha256', secret).update(normalized12).digest('hex');
  };
}
