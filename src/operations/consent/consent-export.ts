// One consent record as it is exported and shown to the person as proof, with its fields shaped
// after ISO/IEC TS 27560:2023 (consent record information structure): the record's id and schema,
// the PII principal (here pseudonymous: the random id of the browser's consent cookie, never a
// person), the controller, the notice shown (its hash, revision, language and text), the event
// (type, time, how and where), and per purpose (cookie category) its status, legal basis and the
// cookies it covers. The cookies and names are the current catalog's; the notice text is the one
// shown when the choice was made.
import type { Catalog } from '../../catalog/catalog-types.ts';
import type { ConsentNoticeRow, ConsentRecordRow } from '../../stores/consent-store.ts';

export const CONSENT_RECORD_SCHEMA = 'insyn-consent-record/1 (after ISO/IEC TS 27560:2023)';

export interface ConsentExportEntry {
  readonly schema: string;
  readonly recordId: string;
  readonly piiPrincipalId: string;
  readonly controller: { readonly name: string; readonly organisationNumber: string };
  readonly jurisdiction: 'SE';
  readonly notice: { readonly hash: string; readonly revision: number; readonly language: string; readonly text: string | null };
  readonly event: { readonly type: string; readonly time: string; readonly method: string; readonly site: string };
  readonly purposes: readonly {
    readonly category: string;
    readonly name: string;
    readonly status: 'granted' | 'refused' | 'necessary';
    readonly legalBasis: string;
    readonly cookies: readonly string[];
  }[];
}

const legalBasis = {
  consent: 'samtycke: LEK (2022:482) 9 kap. 28 § första stycket; GDPR art. 6.1 a',
  necessary: 'nödvändig för tjänsten: LEK (2022:482) 9 kap. 28 § andra stycket',
} as const;

export function exportEntry(catalog: Catalog, row: ConsentRecordRow, notice: ConsentNoticeRow | undefined): ConsentExportEntry {
  const language = row.language === 'en' ? 'en' : 'sv';
  return {
    schema: CONSENT_RECORD_SCHEMA,
    recordId: row.recordId,
    piiPrincipalId: row.consentId,
    controller: { name: catalog.controller.name[language], organisationNumber: catalog.controller.organisationNumber },
    jurisdiction: 'SE',
    notice: { hash: row.noticeHash, revision: row.revision, language: row.language, text: notice?.notice ?? null },
    event: { type: row.event, time: row.recordedAt.toISOString(), method: row.method, site: row.site },
    purposes: catalog.cookieCategories.map((category) => ({
      category: category.id,
      name: category.name[language],
      status: category.necessary ? 'necessary' : row.granted.includes(category.id) ? 'granted' : 'refused',
      legalBasis: category.necessary ? legalBasis.necessary : legalBasis.consent,
      cookies: catalog.cookies.filter((cookie) => cookie.category === category.id).map((cookie) => cookie.name),
    })),
  };
}
