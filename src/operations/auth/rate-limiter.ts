// Rate limits on public forms: submissions per person and per network address and minute
// (INSYN_RATE_LIMIT_PERSON_PER_MINUTE, INSYN_RATE_LIMIT_ADDRESS_PER_MINUTE). Each check counts
// one hit in the current minute's window; over either limit is RATE_LIMITED. The address and
// the person are stored only as keyed hashes.
import { createHmac, hkdfSync } from 'node:crypto';
import type { Kysely } from 'kysely';
import type { Database } from '../../db/database-schema.ts';
import { InsynError } from '../../domain/error-catalogue.ts';
import { incrementRateWindow } from '../../stores/rate-limit-store.ts';

export interface RateLimitInput {
  /** The person's subject key (or staff id); absent before login. */
  readonly personKey?: string;
  /** The client's network address as the server saw it. */
  readonly address: string;
}

export interface RateLimiterOptions {
  readonly db: Kysely<Database>;
  readonly perPerson: number;
  readonly perAddress: number;
  /** The subject-key secret; the key for hashing addresses and persons is derived from it. */
  readonly secret: string;
  readonly clock: () => Date;
}

export type RateLimitCheck = (input: RateLimitInput) => Promise<void>;

export function createRateLimiter(options: RateLimiterOptions): RateLimitCheck {
  const addressKey = Buffer.from(hkdfSync('sha256', options.secret, 'insyn-rate-limit', 'address/v1', 32));
  const keyed = (kind: string, value: string) => `${kind}:${createHmac('sha256', addressKey).update(`${kind}:${value}`).digest('hex')}`;
  return async (input) => {
    const now = options.clock().getTime();
    const windowStart = new Date(now - (now % 60_000));
    const addressHits = await incrementRateWindow(options.db, keyed('a', input.address), windowStart);
    const personHits = input.personKey ? await incrementRateWindow(options.db, keyed('p', input.personKey), windowStart) : 0;
    if (addressHits > options.perAddress || personHits > options.perPerson) {
      throw new InsynError('RATE_LIMITED', addressHits > options.perAddress ? 'per address' : 'per person');
    }
  };
}
