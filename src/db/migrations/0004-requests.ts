// The request aggregate: a data subject's request (access, rectification, …), its visible steps,
// the rows collected for an extract, and the secrecy review of those rows. The subject is held
// as a keyed hash (to find a person's requests) and sealed (AES-GCM, key outside the database),
// never in clear. Collected rows are personal data held only until the request is finished.
import { sql, type Kysely } from 'kysely';

const statements: readonly string[] = [
  `create table request (
    id text primary key,
    right_kind text not null check (right_kind in ('access', 'rectification', 'erasure', 'restriction', 'objection')),
    status text not null check (status in ('received', 'collecting', 'waiting', 'review', 'ready', 'completed', 'failed')),
    channel text not null check (channel in ('e-service', 'letter', 'phone', 'cli')),
    language text not null check (language in ('sv', 'en')),
    subject_key text not null,
    subject_sealed text not null,
    waiting_for jsonb not null default '[]',
    error_code text,
    received_at timestamptz not null,
    due_at timestamptz not null,
    completed_at timestamptz,
    updated_at timestamptz not null default now()
  )`,
  'create index request_subject on request (subject_key)',
  'create index request_open on request (status, due_at) where status not in (\'completed\', \'failed\')',
  `create table request_step (
    request_id text not null references request (id) on delete cascade,
    name text not null,
    status text not null check (status in ('pending', 'waiting', 'done', 'failed')),
    error_code text,
    detail jsonb not null default '{}',
    updated_at timestamptz not null default now(),
    primary key (request_id, name)
  )`,
  `create table extract_part (
    request_id text not null references request (id) on delete cascade,
    dataset text not null,
    items jsonb not null,
    collected_at timestamptz not null default now(),
    primary key (request_id, dataset)
  )`,
  `create table review_item (
    request_id text not null references request (id) on delete cascade,
    dataset text not null,
    item_key text not null,
    kinds jsonb not null,
    proposal jsonb,
    proposed_by text,
    proposed_at timestamptz,
    approved_by text,
    approved_at timestamptz,
    primary key (request_id, dataset, item_key)
  )`,
];

// eslint-disable-next-line @typescript-eslint/no-explicit-any -- migrations run before the typed schema exists
export async function up(db: Kysely<any>): Promise<void> {
  for (const statement of statements) await sql.raw(statement).execute(db);
}

// eslint-disable-next-line @typescript-eslint/no-explicit-any -- migrations run before the typed schema exists
export async function down(db: Kysely<any>): Promise<void> {
  for (const table of ['review_item', 'extract_part', 'request_step', 'request']) await sql.raw(`drop table ${table}`).execute(db);
}
