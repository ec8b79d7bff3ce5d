// Rate-limit windows (rate_window): hits per key and minute. The key is already a keyed hash
// (a person's subject key, a network address's hash); this store never sees an address.
import { sql, type Kysely } from 'kysely';
import type { Database } from '../db/database-schema.ts';

/** Adds one hit to the key's window in one atomic upsert and returns the window's count so far. */
export async function incrementRateWindow(db: Kysely<Database>, key: string, windowStart: Date): Promise<number> {
  const row = await db.insertInto('rate_window').values({ key, window_start: windowStart, hits: 1 })
    .onConflict((conflict) => conflict.columns(['key', 'window_start']).doUpdateSet({ hits: sql<number>`rate_window.hits + 1` }))
    .returning('hits')
    .executeTakeFirstOrThrow();
  return row.hits;
}

/** Deletes windows that started before `before`; returns how many. */
export async function deleteRateWindowsBefore(db: Kysely<Database>, before: Date): Promise<number> {
  const result = await db.deleteFrom('rate_window').where('window_start', '<', before).executeTakeFirst();
  return Number(result.numDeletedRows);
}
