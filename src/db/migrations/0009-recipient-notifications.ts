// The Art. 19 outbox (issue 6, R21): one row per recipient told of a rectification, erasure or
// restriction, with its delivery status, so that a case handler sees what was sent, what failed
// and why, and the person can be told who was notified. The row names datasets and field names
// only, never values; whom it concerns is sealed (AES-GCM, bound to the row's id).
import { sql, type Kysely } from 'kysely';

const statements: readonly string[] = [
  `create table recipient_notification (
    id text primary key,
    request_id text,
    recipient text not null,
    kind text not null check (kind in ('rectification', 'erasure', 'restriction', 'restriction-lifted')),
    datasets text not null,
    fields text not null,
    subject_sealed text not null,
    status text not null default 'pending' check (status in ('pending', 'sent', 'failed')),
    attempts integer not null default 0,
    last_error_code text,
    channel text,
    receipt text,
    created_at timestamptz not null,
    sent_at timestamptz,
    failed_at timestamptz,
    check ((status = 'sent') = (sent_at is not null)),
    check ((status = 'failed') = (failed_at is not null))
  )`,
  'create index recipient_notification_request on recipient_notification (request_id) where request_id is not null',
  `create index recipient_notification_open on recipient_notification (created_at) where status = 'pending'`,
];

// eslint-disable-next-line @typescript-eslint/no-explicit-any -- migrations run before the typed schema exists
export async function up(db: Kysely<any>): Promise<void> {
  for (const statement of statements) await sql.raw(statement).execute(db);
}

// eslint-disable-next-line @typescript-eslint/no-explicit-any -- migrations run before the typed schema exists
export async function down(db: Kysely<any>): Promise<void> {
  await sql.raw('drop table recipient_notification').execute(db);
}
