// The DPO dashboard counts requests by when they were received, answered and extended within a
// period: indexes on those times, so the figures stay quick at millions of requests instead of
// scanning the whole table.
import { sql, type Kysely } from 'kysely';

const statements: readonly string[] = [
  'create index request_received_at on request (received_at)',
  'create index request_completed_at on request (completed_at) where status = \'completed\'',
  'create index request_extended_at on request (extended_at) where extended_at is not null',
];

// eslint-disable-next-line @typescript-eslint/no-explicit-any -- migrations run before the typed schema exists
export async function up(db: Kysely<any>): Promise<void> {
  for (const statement of statements) await sql.raw(statement).execute(db);
}

// eslint-disable-next-line @typescript-eslint/no-explicit-any -- migrations run before the typed schema exists
export async function down(db: Kysely<any>): Promise<void> {
  for (const index of ['request_extended_at', 'request_completed_at', 'request_received_at']) await sql.raw(`drop index ${index}`).execute(db);
}
