// Cookie consent (LEK 9 kap. 28 §) and its proof (Art. 7(1) GDPR): the notices shown (the banner's
// text per language and consent revision, by its SHA-256) and one append-only record per choice,
// with the consent id the visitor's cookie carries, what was granted and refused, the notice's
// hash, where and how the choice was made, and when. No IP address and no user agent are kept.
// Rows are never updated (a trigger refuses it); they are deleted only when past retention.
// Also the demo site's first-party analytics: page views counted per day and page, nothing else.
import { sql, type Kysely } from 'kysely';

const statements: readonly string[] = [
  `create table consent_notice (
    hash text primary key,
    revision integer not null,
    language text not null,
    notice text not null,
    first_used_at timestamptz not null
  )`,
  `create table consent_record (
    record_id text primary key,
    consent_id text not null,
    event text not null,
    granted text[] not null,
    refused text[] not null,
    revision integer not null,
    notice_hash text not null,
    language text not null,
    method text not null,
    site text not null,
    recorded_at timestamptz not null
  )`,
  'create index consent_record_consent on consent_record (consent_id, recorded_at)',
  'create index consent_record_time on consent_record (recorded_at)',
  `create function consent_record_append_only() returns trigger language plpgsql as $$
    begin
      raise exception 'consent records are append-only';
    end
  $$`,
  `create trigger consent_record_no_update before update on consent_record
    for each row execute function consent_record_append_only()`,
  `create table page_view_count (
    day date not null,
    page text not null,
    views bigint not null,
    primary key (day, page)
  )`,
];

// eslint-disable-next-line @typescript-eslint/no-explicit-any -- migrations run before the typed schema exists
export async function up(db: Kysely<any>): Promise<void> {
  for (const statement of statements) await sql.raw(statement).execute(db);
}

// eslint-disable-next-line @typescript-eslint/no-explicit-any -- migrations run before the typed schema exists
export async function down(db: Kysely<any>): Promise<void> {
  for (const table of ['page_view_count', 'consent_record', 'consent_notice']) await sql.raw(`drop table ${table}`).execute(db);
  await sql.raw('drop function consent_record_append_only()').execute(db);
}
