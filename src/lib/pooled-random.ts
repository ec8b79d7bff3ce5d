// Random bytes for hot paths (a CSP nonce per response, a consent id per choice): one call to the
// operating system's CSPRNG fills a pool that serves many requests, each byte handed out once,
// instead of a synchronous randomBytes call per request (Node does the same for randomUUID).
import { randomFillSync } from 'node:crypto';

const POOL_SIZE = 8192;
const pool = Buffer.alloc(POOL_SIZE);
let offset = POOL_SIZE;

/** `length` (at most 256) fresh random bytes, copied out of the pool. */
export function pooledRandomBytes(length: number): Buffer {
  if (length < 1 || length > 256) throw new RangeError('pooledRandomBytes: 1 to 256 bytes');
  if (offset + length > POOL_SIZE) {
    randomFillSync(pool);
    offset = 0;
  }
  const bytes = Buffer.from(pool.subarray(offset, offset + length));
  pool.fill(0, offset, offset + length);
  offset += length;
  return bytes;
}
