// Cookie-consent records and the notices they point to (append-only: inserted, read, and deleted
// only past retention), and the demo site's page-view counts.
import { sql, type Kysely } from 'kysely';
import type { Database } from '../db/database-schema.ts';

export interface ConsentNoticeRow {
  readonly hash: string;
  readonly revision: number;
  readonly language: string;
  readonly notice: string;
  readonly firstUsedAt: Date;
}

export interface ConsentRecordRow {
  readonly recordId: string;
  readonly consentId: string;
  readonly event: string;
  readonly granted: readonly string[];
  readonly refused: readonly string[];
  readonly revision: number;
  readonly noticeHash: string;
  readonly language: string;
  readonly method: string;
  readonly site: string;
  readonly recordedAt: Date;
}

/** Where a page of an export ends; the next page starts after it. */
export interface ConsentRecordCursor {
  readonly recordedAt: Date;
  readonly recordId: string;
}

const recordColumns = [
  'record_id', 'consent_id', 'event', 'granted', 'refused', 'revision', 'notice_hash', 'language', 'method', 'site', 'recorded_at',
] as const;

type RecordSelection = {
  record_id: string; consent_id: string; event: string; granted: string[]; refused: string[]; revision: number;
  notice_hash: string; language: string; method: string; site: string; recorded_at: Date;
};

function recordRow(row: RecordSelection): ConsentRecordRow {
  return {
    recordId: row.record_id, consentId: row.consent_id, event: row.event, granted: row.granted, refused: row.refused,
    revision: row.revision, noticeHash: row.notice_hash, language: row.language, method: row.method, site: row.site,
    recordedAt: row.recorded_at,
  };
}

/** Inserts the records in one statement (one commit when run outside a transaction). */
export async function insertConsentRecords(db: Kysely<Database>, rows: readonly ConsentRecordRow[]): Promise<void> {
  if (rows.length === 0) return;
  await db.insertInto('consent_record').values(rows.map((row) => ({
    record_id: row.recordId, consent_id: row.consentId, event: row.event, granted: [...row.granted], refused: [...row.refused],
    revision: row.revision, notice_hash: row.noticeHash, language: row.language, method: row.method, site: row.site,
    recorded_at: row.recordedAt,
  }))).execute();
}

/** Registers notices (a notice's hash names its text, so one already there is left as it is). */
export async function registerConsentNotices(db: Kysely<Database>, notices: readonly ConsentNoticeRow[]): Promise<void> {
  if (notices.length === 0) return;
  await db.insertInto('consent_notice').values(notices.map((notice) => ({
    hash: notice.hash, revision: notice.revision, language: notice.language, notice: notice.notice, first_used_at: notice.firstUsedAt,
  }))).onConflict((conflict) => conflict.column('hash').doNothing()).execute();
}

export async function consentNotices(db: Kysely<Database>, hashes: readonly string[]): Promise<ConsentNoticeRow[]> {
  if (hashes.length === 0) return [];
  const rows = await db.selectFrom('consent_notice').selectAll().where('hash', 'in', [...hashes]).execute();
  return rows.map((row) => ({ hash: row.hash, revision: row.revision, language: row.language, notice: row.notice, firstUsedAt: row.first_used_at }));
}

/** Every record of one consent id, oldest first. */
export async function consentRecordsOf(db: Kysely<Database>, consentId: string): Promise<ConsentRecordRow[]> {
  const rows = await db.selectFrom('consent_record').select(recordColumns).where('consent_id', '=', consentId)
    .orderBy('recorded_at').orderBy('record_id').execute();
  return rows.map(recordRow);
}

/** Records made in [from, to), oldest first, after `after`; at most `limit`. */
export async function consentRecordsPage(db: Kysely<Database>, range: {
  readonly from: Date; readonly to: Date; readonly after?: ConsentRecordCursor; readonly limit: number;
}): Promise<ConsentRecordRow[]> {
  let query = db.selectFrom('consent_record').select(recordColumns)
    .where('recorded_at', '>=', range.from).where('recorded_at', '<', range.to);
  const after = range.after;
  if (after) {
    // The first condition lets the index skip what came before; the OR then orders ties by id.
    query = query.where('recorded_at', '>=', after.recordedAt).where((eb) => eb.or([
      eb('recorded_at', '>', after.recordedAt),
      eb.and([eb('recorded_at', '=', after.recordedAt), eb('record_id', '>', after.recordId)]),
    ]));
  }
  const rows = await query.orderBy('recorded_at').orderBy('record_id').limit(range.limit).execute();
  return rows.map(recordRow);
}

/** Deletes up to `limit` records made before `cutoff`; returns how many went. */
export async function deleteConsentRecordsBefore(db: Kysely<Database>, cutoff: Date, limit: number): Promise<number> {
  const result = await db.deleteFrom('consent_record').where('record_id', 'in', (eb) => eb.selectFrom('consent_record')
    .select('record_id').where('recorded_at', '<', cutoff).orderBy('recorded_at').limit(limit)).executeTakeFirst();
  return Number(result.numDeletedRows);
}

export async function countConsentRecords(db: Kysely<Database>): Promise<number> {
  const row = await db.selectFrom('consent_record').select((eb) => eb.fn.countAll<string>().as('count')).executeTakeFirstOrThrow();
  return Number(row.count);
}

/** Counts one view of `page` on `day` (YYYY-MM-DD). */
export async function addPageView(db: Kysely<Database>, day: string, page: string): Promise<void> {
  await db.insertInto('page_view_count').values({ day, page, views: 1 })
    .onConflict((conflict) => conflict.columns(['day', 'page']).doUpdateSet({ views: sql`page_view_count.views + 1` }))
    .execute();
}

export interface PageViewRow {
  readonly day: string;
  readonly page: string;
  readonly views: number;
}

/** The counts of the days [fromDay, toDay], by day and page. */
export async function pageViews(db: Kysely<Database>, fromDay: string, toDay: string): Promise<PageViewRow[]> {
  const rows = await db.selectFrom('page_view_count')
    .select([sql<string>`to_char(day, 'YYYY-MM-DD')`.as('day'), 'page', 'views'])
    .where('day', '>=', fromDay).where('day', '<=', toDay).orderBy('page_view_count.day').orderBy('page').execute();
  return rows.map((row) => ({ day: row.day, page: row.page, views: Number(row.views) }));
}
