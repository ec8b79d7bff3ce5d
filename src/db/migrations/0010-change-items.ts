// The changes a rights request decides on (issue 6): one `change_item` per record (or dataset) and
// what is done with it — corrected, completed, erased, restricted, an objection — or kept, with
// why. The items are the dry run the case handler sees, the decision's items, and the plan the
// durable execution runs, so the three agree item for item. A record's key (which may be a
// personnummer) and the values decided on are sealed to the item; the hash names the record to
// the restriction register. `change_execution` is the run after the decision: when it may start
// (a configurable wait), how far it got, and the receipt.
import { sql, type Kysely } from 'kysely';

const statements: readonly string[] = [
  `create table change_item (
    id text primary key,
    request_id text not null references request (id),
    position integer not null,
    kind text not null check (kind in ('rectify', 'complete', 'erase', 'restrict', 'object')),
    dataset text not null,
    key_sealed text,
    record_hash text,
    fields text[] not null default '{}',
    change_sealed text,
    decision text not null check (decision in ('apply', 'keep')),
    reason text,
    reasons_sealed text,
    restriction_reason text check (restriction_reason in ('accuracy-contested', 'unlawful', 'legal-claims', 'objection-pending')),
    status text not null check (status in ('proposed', 'scheduled', 'done', 'failed')),
    outcome text,
    error_code text,
    restriction_ids text[] not null default '{}',
    proposed_by text not null,
    decided_by text,
    proposed_at timestamptz not null,
    done_at timestamptz,
    unique (request_id, position),
    check (decision = 'apply' or reason is not null)
  )`,
  'create index change_item_request on change_item (request_id, position)',
  `create table change_execution (
    request_id text primary key references request (id),
    status text not null check (status in ('scheduled', 'running', 'waiting', 'done', 'failed')),
    execute_after timestamptz not null,
    decision_letter_id text,
    receipt_letter_id text,
    error_code text,
    notified text[] not null default '{}',
    job_id bigint,
    created_at timestamptz not null,
    updated_at timestamptz not null
  )`,
  "create index change_execution_open on change_execution (status) where status <> 'done'",
  // The receipt of what was done (erased, corrected, restricted), sent when the run has finished.
  'alter table letter drop constraint letter_kind_check',
  "alter table letter add constraint letter_kind_check check (kind in ('acknowledgement', 'extension', 'supplement', 'duplicate', 'decision', 'extract', 'receipt'))",
];

// eslint-disable-next-line @typescript-eslint/no-explicit-any -- migrations run before the typed schema exists
export async function up(db: Kysely<any>): Promise<void> {
  for (const statement of statements) await sql.raw(statement).execute(db);
}

// eslint-disable-next-line @typescript-eslint/no-explicit-any -- migrations run before the typed schema exists
export async function down(db: Kysely<any>): Promise<void> {
  await sql.raw('alter table letter drop constraint letter_kind_check').execute(db);
  await sql.raw("alter table letter add constraint letter_kind_check check (kind in ('acknowledgement', 'extension', 'supplement', 'duplicate', 'decision', 'extract'))").execute(db);
  await sql.raw('drop table change_execution').execute(db);
  await sql.raw('drop table change_item').execute(db);
}
