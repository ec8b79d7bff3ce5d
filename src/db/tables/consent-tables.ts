// Table types of cookie consent and the demo site's page views (stores/consent-store.ts).
import type { ColumnType } from 'kysely';

export interface ConsentNoticeTable {
  /** SHA-256 (hex) of the notice text. */
  readonly hash: ColumnType<string, string, never>;
  readonly revision: ColumnType<number, number, never>;
  readonly language: ColumnType<string, string, never>;
  /** The banner's text as shown, one line per element. */
  readonly notice: ColumnType<string, string, never>;
  readonly first_used_at: ColumnType<Date, Date, never>;
}

export interface ConsentRecordTable {
  readonly record_id: ColumnType<string, string, never>;
  /** The random id the visitor's consent cookie carries (domain/consent.ts). */
  readonly consent_id: ColumnType<string, string, never>;
  /** given | refused | withdrawn | confirmed */
  readonly event: ColumnType<string, string, never>;
  readonly granted: ColumnType<string[], readonly string[], never>;
  readonly refused: ColumnType<string[], readonly string[], never>;
  readonly revision: ColumnType<number, number, never>;
  readonly notice_hash: ColumnType<string, string, never>;
  readonly language: ColumnType<string, string, never>;
  /** banner | settings | api */
  readonly method: ColumnType<string, string, never>;
  /** The origin of the page the choice was made on (Insyn's own or one of the agency's sites). */
  readonly site: ColumnType<string, string, never>;
  readonly recorded_at: ColumnType<Date, Date, never>;
}

export interface PageViewCountTable {
  readonly day: ColumnType<string, string, never>;
  readonly page: ColumnType<string, string, never>;
  readonly views: ColumnType<string, number, number>;
}

export interface ConsentTables {
  readonly consent_notice: ConsentNoticeTable;
  readonly consent_record: ConsentRecordTable;
  readonly page_view_count: PageViewCountTable;
}
