// Completion (Art. 16 GDPR, second sentence): a person may have incomplete data completed by a
// supplementary statement. The statement is stored here, linked to the data it completes — a
// person (subject key), a dataset and one record named by a keyed hash of its key as the source
// holds it (never the key, which may be a personnummer), optionally the fields it completes — and
// shown wherever those data are shown, register extracts included. The text is sealed (AES-GCM,
// bound to the row's id). A statement is withdrawn, never deleted, so what was shown stays known.
import { sql, type Kysely } from 'kysely';

const statements: readonly string[] = [
  `create table supplementary_statement (
    id text primary key,
    subject_key text not null,
    dataset text not null,
    record_hash text not null,
    fields text[] not null default '{}',
    statement_sealed text not null,
    request_id text,
    created_at timestamptz not null,
    created_by text not null,
    withdrawn_at timestamptz
  )`,
  'create index supplementary_statement_subject on supplementary_statement (subject_key, dataset) where withdrawn_at is null',
];

// eslint-disable-next-line @typescript-eslint/no-explicit-any -- migrations run before the typed schema exists
export async function up(db: Kysely<any>): Promise<void> {
  for (const statement of statements) await sql.raw(statement).execute(db);
}

// eslint-disable-next-line @typescript-eslint/no-explicit-any -- migrations run before the typed schema exists
export async function down(db: Kysely<any>): Promise<void> {
  await sql.raw('drop table supplementary_statement').execute(db);
}
