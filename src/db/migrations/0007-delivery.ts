// Delivery of the outbox (issue 5): a delivery (försändelse) carries one or more letters of a request
// to the person's digital mailbox or by post, and records the choice, its reason and the receipt.
// Postal deliveries become print items, gathered into batches for the print and mail vendor.
// Nothing here is personal data: addresses are read from the population register when sending
// and only ever printed, the print files live with the vendor's batches.
import { randomUUID } from 'node:crypto';
import { sql, type Kysely } from 'kysely';

const statements: readonly string[] = [
  `create table delivery (
    id text primary key,
    request_id text not null references request (id) on delete cascade,
    status text not null default 'pending' check (status in ('pending', 'held', 'sent', 'failed')),
    channel text check (channel in ('mailbox', 'post')),
    route text check (route in ('direct', 'forwarding')),
    reason text,
    recipient text not null default 'subject' check (recipient in ('subject', 'representative')),
    operator text,
    trans_id text,
    mailbox_address text,
    address_source text,
    last_error_code text,
    attempts integer not null default 0,
    created_at timestamptz not null,
    fallback_from timestamptz not null,
    updated_at timestamptz not null,
    sent_at timestamptz
  )`,
  'create index delivery_request on delivery (request_id, created_at)',
  'create index delivery_open on delivery (created_at) where status in (\'pending\', \'held\')',
  'alter table letter add column delivery_id text references delivery (id)',
  'create index letter_delivery on letter (delivery_id)',
  `create table print_batch (
    id text primary key,
    status text not null check (status in ('assembling', 'closed')),
    items integer not null,
    created_at timestamptz not null,
    closed_at timestamptz
  )`,
  `create table print_item (
    delivery_id text primary key references delivery (id) on delete cascade,
    batch_id text references print_batch (id),
    route text not null check (route in ('direct', 'forwarding')),
    pages integer not null,
    sheets integer not null,
    sha256 text not null,
    staged_at timestamptz not null
  )`,
  'create index print_item_unbatched on print_item (staged_at) where batch_id is null',
];

// eslint-disable-next-line @typescript-eslint/no-explicit-any -- migrations run before the typed schema exists
export async function up(db: Kysely<any>): Promise<void> {
  for (const statement of statements) await sql.raw(statement).execute(db);
  await backfillDeliveries(db);
}

/**
 * Letters written before delivery existed and still unsent get their deliveries: those of the last
 * 30 days (older ones stay on the outbox, where a case handler sees them), the letters written
 * together (a decision and its extract) in one delivery, each with its job.
 */
// eslint-disable-next-line @typescript-eslint/no-explicit-any -- migrations run before the typed schema exists
export async function backfillDeliveries(db: Kysely<any>): Promise<void> {
  const pending = await sql<{ id: string; request_id: string; created_at: Date }>`
    select id, request_id, created_at from letter
    where delivery_status = 'pending' and delivery_id is null and created_at > now() - interval '30 days'
    order by request_id, created_at, id`.execute(db);
  const groups = new Map<string, { requestId: string; createdAt: Date; ids: string[] }>();
  for (const letter of pending.rows) {
    const key = `${letter.request_id}/${new Date(letter.created_at).toISOString()}`;
    const group = groups.get(key) ?? { requestId: letter.request_id, createdAt: letter.created_at, ids: [] };
    group.ids.push(letter.id);
    groups.set(key, group);
  }
  for (const group of groups.values()) {
    const id = randomUUID();
    await sql`insert into delivery (id, request_id, created_at, fallback_from, updated_at)
      values (${id}, ${group.requestId}, ${group.createdAt}, now(), now())`.execute(db);
    for (const letter of group.ids) await sql`update letter set delivery_id = ${id} where id = ${letter}`.execute(db);
    await sql`insert into job (kind, version, payload, max_attempts, idempotency_key)
      values ('delivery.send', 1, ${JSON.stringify({ deliveryId: id })}, 1000, ${`deliver:${id}`})`.execute(db);
  }
}

// eslint-disable-next-line @typescript-eslint/no-explicit-any -- migrations run before the typed schema exists
export async function down(db: Kysely<any>): Promise<void> {
  for (const statement of [
    'drop table print_item', 'drop table print_batch', 'drop index letter_delivery', 'alter table letter drop column delivery_id',
    'drop table delivery',
  ]) await sql.raw(statement).execute(db);
}
