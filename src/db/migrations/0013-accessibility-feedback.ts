// The accessibility statement's feedback function (meddelandefunktion, lag (2018:1937)): what a
// visitor reports about the website's accessibility, for staff to read in the console. The message,
// the page it concerns and the contact details are sealed (AES-GCM, bound to the row's id), so a
// copy of the database alone reveals none of them; no network address is stored.
import { sql, type Kysely } from 'kysely';

const statements: readonly string[] = [
  `create table accessibility_feedback (
    id text primary key,
    received_at timestamptz not null,
    language text not null check (language in ('sv', 'en')),
    message_sealed text not null,
    contact_sealed text
  )`,
  'create index accessibility_feedback_received on accessibility_feedback (received_at desc, id desc)',
];

// eslint-disable-next-line @typescript-eslint/no-explicit-any -- migrations run before the typed schema exists
export async function up(db: Kysely<any>): Promise<void> {
  for (const statement of statements) await sql.raw(statement).execute(db);
}

// eslint-disable-next-line @typescript-eslint/no-explicit-any -- migrations run before the typed schema exists
export async function down(db: Kysely<any>): Promise<void> {
  await sql.raw('drop table accessibility_feedback').execute(db);
}
