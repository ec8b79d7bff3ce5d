// Cookie consent as a use case: the consent in force for a request, recording a choice as proof
// (group-committed: a choice is acknowledged only once its record is committed, and concurrent
// choices share a commit), a browser's own records, the export of every record in a period, and
// the deletion of records past retention.
import { randomUUID } from 'node:crypto';
import type { Kysely } from 'kysely';
import type { Catalog } from '../../catalog/catalog-types.ts';
import type { Language } from '../../catalog/ropa-words.ts';
import type { Database } from '../../db/database-schema.ts';
import {
  CONSENT_COOKIE, consentEvent, effectiveConsent, grantedBy, parseConsentCookie,
  type ConsentChoice, type ConsentEvent, type ConsentMethod, type EffectiveConsent, type StoredConsent,
} from '../../domain/consent.ts';
import { InsynError } from '../../domain/error-catalogue.ts';
import { createGroupCommit } from '../../lib/group-commit.ts';
import { pooledRandomBytes } from '../../lib/pooled-random.ts';
import { addIsoDuration, parseIsoDuration } from '../../lib/iso-duration.ts';
import {
  addPageView, consentNotices, consentRecordsOf, consentRecordsPage, deleteConsentRecordsBefore, insertConsentRecords, registerConsentNotices,
  type ConsentRecordRow,
} from '../../stores/consent-store.ts';
import { consentNotice, type ConsentNotice } from './consent-notice.ts';
import { exportEntry, type ConsentExportEntry } from './consent-export.ts';

export interface ChoiceInput {
  /** The request's consent cookie, if any: its chain is continued and its choice is what came before. */
  readonly cookie: string | undefined;
  readonly choice: ConsentChoice | readonly string[];
  readonly language: Language;
  readonly method: ConsentMethod;
  /** The origin of the page the choice was made on. */
  readonly site: string;
}

export interface RecordedConsent {
  /** What the consent cookie now carries. */
  readonly stored: StoredConsent;
  readonly recordId: string;
  readonly event: ConsentEvent;
  readonly granted: readonly string[];
  readonly refused: readonly string[];
  readonly recordedAt: Date;
}

/** A browser's own proof: its records with the notice each was made on. */
export interface ConsentProof {
  readonly consentId: string;
  readonly records: readonly ConsentExportEntry[];
}

export interface ConsentService {
  readonly revision: number;
  /** The catalog's optional categories, in its order. */
  readonly optionalCategories: readonly string[];
  notice(language: Language): ConsentNotice;
  inForce(cookie: string | undefined, gpc: boolean): EffectiveConsent;
  record(input: ChoiceInput): Promise<RecordedConsent>;
  /** The records of the cookie's consent id (none without a valid cookie). */
  proofOf(cookie: string | undefined): Promise<ConsentProof | null>;
  /** Every record made in [from, to), oldest first, with its notice. */
  exportRecords(range: { readonly from: Date; readonly to: Date }): AsyncGenerator<ConsentExportEntry>;
  /**
   * The demo site's first-party analytics: counts a view of `page` (a page name, never an address
   * with ids) only when the consent in force grants web analytics. Returns whether it counted.
   */
  countPageView(inForce: EffectiveConsent, page: string): Promise<boolean>;
  /** Deletes the records older than the retention; returns how many. */
  purgeExpired(): Promise<number>;
  /** Resolves when every record submitted so far is committed. */
  flush(): Promise<void>;
}

export interface ConsentServiceOptions {
  readonly db: Kysely<Database>;
  readonly catalog: Catalog;
  readonly clock: () => Date;
  /** ISO 8601 duration a record is kept (INSYN_CONSENT_RETENTION). */
  readonly retention: string;
  /** Group commit: at most this many records per commit (default 1,000) … */
  readonly batchMaxRecords?: number;
  /** … waiting at most this long for more (default 2 ms). */
  readonly batchMaxDelayMs?: number;
}

/** The category the demo site's page-view counter needs. */
export const ANALYTICS_CATEGORY = 'analytics';
const EXPORT_PAGE = 1_000;

/** The calendar day in Sweden (YYYY-MM-DD). */
function swedishDay(at: Date): string {
  return new Intl.DateTimeFormat('sv-SE', { timeZone: 'Europe/Stockholm', year: 'numeric', month: '2-digit', day: '2-digit' }).format(at);
}
const PURGE_BATCH = 10_000;

function newConsentId(): string {
  return pooledRandomBytes(16).toString('base64url');
}

export function createConsentService(options: ConsentServiceOptions): ConsentService {
  const { db, catalog, clock } = options;
  const retention = parseIsoDuration(options.retention);
  if (!retention) throw new TypeError(`retention ${options.retention} is not an ISO 8601 duration`);
  const lifetime = parseIsoDuration(catalog.cookies.find((cookie) => cookie.name === CONSENT_COOKIE)?.lifetime ?? '');
  const now = clock();
  if (lifetime && addIsoDuration(now, retention) < addIsoDuration(now, lifetime)) {
    throw new InsynError('CONFIG_INVALID', `INSYN_CONSENT_RETENTION (${options.retention}) must be at least the consent cookie's lifetime in the catalog, `
      + 'so that the proof of a choice outlives the choice');
  }
  const revision = catalog.consentRevision;
  const optional = catalog.cookieCategories.filter((category) => !category.necessary).map((category) => category.id);
  const notices = { sv: consentNotice(catalog, 'sv'), en: consentNotice(catalog, 'en') } as const;
  const batch = createGroupCommit<ConsentRecordRow, ConsentRecordRow>({
    write: async (rows) => {
      await insertConsentRecords(db, rows);
      return [...rows];
    },
    maxEvents: options.batchMaxRecords ?? 1_000,
    maxDelayMs: options.batchMaxDelayMs ?? 2,
  });

  // The notices are registered once, before the first record that points to one.
  let registered: Promise<void> | undefined;
  const registerNotices = () => {
    registered ??= registerConsentNotices(db, Object.values(notices).map((notice) => ({
      hash: notice.hash, revision, language: notice.language, notice: notice.text, firstUsedAt: clock(),
    }))).catch((error: unknown) => {
      registered = undefined;
      throw error;
    });
    return registered;
  };

  async function withNotices(rows: readonly ConsentRecordRow[]): Promise<ConsentExportEntry[]> {
    const found = new Map((await consentNotices(db, [...new Set(rows.map((row) => row.noticeHash))])).map((row) => [row.hash, row]));
    return rows.map((row) => exportEntry(catalog, row, found.get(row.noticeHash)));
  }

  return {
    revision,
    optionalCategories: optional,
    notice: (language) => notices[language],
    inForce: (cookie, gpc) => effectiveConsent(parseConsentCookie(cookie), revision, gpc),

    async record(input) {
      let granted: string[];
      try {
        granted = grantedBy(input.choice, optional);
      } catch (error) {
        throw new InsynError('CONSENT_CHOICE_INVALID', (error as Error).message);
      }
      const before = parseConsentCookie(input.cookie);
      const previous = before && before.revision === revision ? before.granted : null;
      const stored: StoredConsent = { consentId: before?.consentId ?? newConsentId(), revision, granted };
      const row: ConsentRecordRow = {
        recordId: randomUUID(), consentId: stored.consentId, event: consentEvent(previous, granted), granted,
        refused: optional.filter((category) => !granted.includes(category)), revision, noticeHash: notices[input.language].hash,
        language: input.language, method: input.method, site: input.site, recordedAt: clock(),
      };
      await registerNotices();
      await batch.submit([row]);
      return {
        stored, recordId: row.recordId, event: row.event as ConsentEvent, granted: row.granted, refused: row.refused, recordedAt: row.recordedAt,
      };
    },

    async proofOf(cookie) {
      const stored = parseConsentCookie(cookie);
      if (!stored) return null;
      return { consentId: stored.consentId, records: await withNotices(await consentRecordsOf(db, stored.consentId)) };
    },

    async* exportRecords(range) {
      let after: ConsentRecordRow | undefined;
      for (;;) {
        const rows = await consentRecordsPage(db, { ...range, limit: EXPORT_PAGE, ...(after ? { after } : {}) });
        yield* await withNotices(rows);
        if (rows.length < EXPORT_PAGE) return;
        after = rows.at(-1);
      }
    },

    async countPageView(inForce, page) {
      if (!inForce.granted.includes(ANALYTICS_CATEGORY)) return false;
      await addPageView(db, swedishDay(clock()), page);
      return true;
    },

    async purgeExpired() {
      const cutoff = addIsoDuration(clock(), retention, -1);
      let total = 0;
      for (;;) {
        const deleted = await deleteConsentRecordsBefore(db, cutoff, PURGE_BATCH);
        total += deleted;
        if (deleted < PURGE_BATCH) return total;
      }
    },

    flush: () => batch.flush(),
  };
}
