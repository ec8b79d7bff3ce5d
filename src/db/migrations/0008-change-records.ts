// Changes made in the source systems (issue 6): the values before and after a correction, sealed
// (AES-GCM, bound to the row's id), kept apart from the append-only processing log, whose event
// names the row's id. The values can be erased when the rules allow (the row stays, emptied), so
// the log never has to hold what a person may later have erased. And the restriction register
// (Art. 18): which of a person's data may only be stored, why, until when; every read through
// the access layer consults it. A record is named by a keyed hash of its key, never the key.
import { sql, type Kysely } from 'kysely';

const statements: readonly string[] = [
  `create table change_record (
    id text primary key,
    dataset text not null,
    kind text not null check (kind in ('rectify')),
    step_id text,
    values_sealed text,
    created_at timestamptz not null,
    values_erased_at timestamptz,
    check ((values_sealed is null) = (values_erased_at is not null))
  )`,
  'create index change_record_step on change_record (step_id) where step_id is not null',
  `create table restriction (
    id text primary key,
    subject_key text not null,
    dataset text not null,
    record_hash text,
    reason text not null check (reason in ('accuracy-contested', 'unlawful', 'legal-claims', 'objection-pending')),
    request_id text,
    set_at timestamptz not null,
    set_by text not null,
    lifted_at timestamptz,
    lifted_by text,
    lift_notice text,
    check ((lifted_at is null) = (lifted_by is null)),
    check (lifted_at is null or (lift_notice is not null and lift_notice <> ''))
  )`,
  'create index restriction_active on restriction (subject_key, dataset) where lifted_at is null',
  'create index restriction_record on restriction (dataset, record_hash) where lifted_at is null and record_hash is not null',
];

// eslint-disable-next-line @typescript-eslint/no-explicit-any -- migrations run before the typed schema exists
export async function up(db: Kysely<any>): Promise<void> {
  for (const statement of statements) await sql.raw(statement).execute(db);
}

// eslint-disable-next-line @typescript-eslint/no-explicit-any -- migrations run before the typed schema exists
export async function down(db: Kysely<any>): Promise<void> {
  await sql.raw('drop table restriction').execute(db);
  await sql.raw('drop table change_record').execute(db);
}
