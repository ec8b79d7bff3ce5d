// The cheapest round trip to Insyn's own database, for the readiness probe.
import { sql, type Kysely } from 'kysely';

export async function pingDatabase<Schema>(db: Kysely<Schema>): Promise<void> {
  await sql`select 1`.execute(db);
}
