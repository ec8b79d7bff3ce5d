// A keyed hash (HMAC-SHA256) that names a record of a source system without its key, which may
// be a personnummer: the restriction register holds these. The key is derived from the subject-key
// secret for this use alone, so a record hash never equals a subject key.
import { createHmac } from 'node:crypto';

export type RecordKeyer = (text: string) => string;

export function createRecordKeyer(secret: string): RecordKeyer {
  if (secret.length < 32) throw new TypeError('record-key secret must be at least 32 characters');
  const key = createHmac('sha256', secret).update('insyn record key v1').digest();
  return (text) => createHmac('sha256', key).update(text).digest('hex');
}
