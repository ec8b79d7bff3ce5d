// The subject key of a person known only by a foreign eID (eIDAS): the same keyed hash as
// subject-key.ts, over `foreign:<identifier>`, so it has the same form as a personnummer's key
// (the processing log accepts it) and can never equal one (a personnummer is 12 digits).
import { createHmac } from 'node:crypto';

export type ForeignSubjectKeyer = (foreignId: string) => string;

const MIN_SECRET_LENGTH = 32;
const MAX_ID_LENGTH = 1024;

export function createForeignSubjectKeyer(secret: string): ForeignSubjectKeyer {
  if (secret.length < MIN_SECRET_LENGTH) throw new TypeError(`subject-key secret must be at least ${MIN_SECRET_LENGTH} characters`);
  return (foreignId) => {
    if (typeof foreignId !== 'string' || foreignId.trim() === '' || foreignId.length > MAX_ID_LENGTH) {
      throw new TypeError('foreign subject key: expected a non-empty identifier');
    }
    return createHmac('sha256', secret).update(`foreign:${foreignId}`).digest('hex');
  };
}
