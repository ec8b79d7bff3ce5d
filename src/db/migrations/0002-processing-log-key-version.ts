// The processing log's chain hash becomes keyed (HMAC-SHA256 under a key the database never
// holds); each event records the version of that key. Events written before this migration were
// hashed without a key: they get version 0, which no key verifies, so verification reports them
// (development data only; nothing was released with the unkeyed hash). Adding a column fires no
// row trigger, so the append-only log allows it. No `down`.
import { sql, type Kysely } from 'kysely';

const statements: readonly string[] = [
  'alter table processing_log add column key_version smallint not null default 0 check (key_version >= 0)',
  'alter table processing_log alter column key_version drop default',
];

// eslint-disable-next-line @typescript-eslint/no-explicit-any -- migrations run before the typed schema exists
export async function up(db: Kysely<any>): Promise<void> {
  for (const statement of statements) await sql.raw(statement).execute(db);
}
