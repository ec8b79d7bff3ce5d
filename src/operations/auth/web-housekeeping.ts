// Deletes what the web no longer needs, at most once a minute per process: sessions past their
// end or idle limit, abandoned login flows, and rate-limit windows older than the last minute.
import type { Kysely } from 'kysely';
import type { Database } from '../../db/database-schema.ts';
import { deleteLoginFlowsBefore } from '../../stores/login-flow-store.ts';
import { deleteRateWindowsBefore } from '../../stores/rate-limit-store.ts';
import { deleteExpiredWebSessions } from '../../stores/session-store.ts';

export interface WebHousekeepingOptions {
  readonly db: Kysely<Database>;
  readonly clock: () => Date;
  readonly idleMinutes: number;
  readonly loginFlowMinutes: number;
}

const EVERY_MS = 60_000;

export function createWebHousekeeping(options: WebHousekeepingOptions): () => Promise<void> {
  let last = Number.NEGATIVE_INFINITY;
  return async () => {
    const now = options.clock().getTime();
    if (Math.abs(now - last) < EVERY_MS) return;
    last = now;
    await deleteExpiredWebSessions(options.db, new Date(now), new Date(now - options.idleMinutes * 60_000));
    await deleteLoginFlowsBefore(options.db, new Date(now - options.loginFlowMinutes * 60_000));
    await deleteRateWindowsBefore(options.db, new Date(now - 2 * 60_000));
  };
}
