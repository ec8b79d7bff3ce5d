// The register extract (Art. 15 GDPR) as one language-resolved model: every text is already in
// the language asked for, so the renderers (PDF, JSON, HTML) only lay it out. Built by
// operations/extracts from the collected rows, the catalog, the disclosure records, the
// processing log and the secrecy review. Withheld and redacted values never enter the model:
// only their kind and legal ground do.
import type { SecrecyClass } from '../catalog/catalog-types.ts';

export type ExtractLanguage = 'sv' | 'en';

export interface ExtractPurpose {
  readonly id: string;
  readonly name: string;
  readonly description: string;
  /** Art. 6(1) (and 9(2)) with the national provision, in words. */
  readonly legalBasis: string;
}

export interface ExtractCategory {
  readonly id: string;
  readonly name: string;
  /** Art. 9 special category (health data and the like). */
  readonly special: boolean;
}

export interface ExtractRecipient {
  readonly id: string;
  readonly name: string;
  readonly legalBasis: string;
}

export interface ExtractColumn {
  readonly field: string;
  readonly label: string;
}

export interface ExtractRedaction {
  readonly field: string;
  readonly label: string;
  readonly kind: SecrecyClass;
  /** The legal ground in words, e.g. "28 kap. 1 § offentlighets- och sekretesslagen; 5 kap. 1 § dataskyddslagen". */
  readonly ground: string;
}

/** What the person added to complete a record (Art. 16 GDPR: a supplementary statement), shown with it. */
export interface ExtractStatement {
  /** The person's own words. */
  readonly text: string;
  /** ISO date, YYYY-MM-DD (the day in Sweden), when the statement was added. */
  readonly addedOn: string;
  /** The fields the statement completes; empty: the record as a whole. */
  readonly fields: readonly ExtractColumn[];
}

/** One record (row, document) the agency holds that concerns the person. */
export interface ExtractItem {
  /** The record's primary key values joined with " / ": stable within the extract. */
  readonly key: string;
  /** The roles in which the record concerns the person, e.g. "Försäkrad", "Läkare". */
  readonly roles: readonly string[];
  /** Field name → value as text; null when the system holds no value. Redacted fields are absent. */
  readonly values: Readonly<Record<string, string | null>>;
  readonly redacted: readonly ExtractRedaction[];
  /** Supplementary statements on the record, oldest first; absent when it has none. */
  readonly statements?: readonly ExtractStatement[];
}

export interface ExtractDataset {
  /** `system.dataset` */
  readonly id: string;
  readonly name: string;
  readonly purposes: readonly ExtractPurpose[];
  readonly categories: readonly ExtractCategory[];
  /** Where the data come from (Art. 15(1)(g)). */
  readonly source: string;
  /** The retention rule in words (Art. 15(1)(d)). */
  readonly retention: string;
  /** Recipients the catalog names for this dataset (Art. 15(1)(c)). */
  readonly recipients: readonly ExtractRecipient[];
  readonly columns: readonly ExtractColumn[];
  readonly items: readonly ExtractItem[];
}

export interface ExtractSystem {
  readonly id: string;
  readonly name: string;
  readonly description: string;
  /** Only datasets that hold at least one item for the person. */
  readonly datasets: readonly ExtractDataset[];
}

/** An actual disclosure of the person's data to another party (Art. 15(1)(c), Art. 19). */
export interface ExtractDisclosure {
  /** ISO date, YYYY-MM-DD. */
  readonly date: string;
  readonly recipient: string;
  readonly legalGround: string;
  readonly categories: readonly string[];
  readonly channel: string;
  /** Recorded by an agency system (`system`) or made through Insyn (`insyn`). */
  readonly recordedBy: 'system' | 'insyn';
  /** Art. 4(9): an authority receiving data in a particular inquiry is not a "recipient". */
  readonly inquiry: boolean;
}

export interface ExtractAutomatedDecision {
  readonly id: string;
  readonly name: string;
  readonly logic: string;
  readonly significance: string;
  readonly ruleSetVersion: string;
  /** Keys of the person's records decided this way (e.g. case numbers). */
  readonly records: readonly string[];
}

/** One line of the summary of the processing log: dates and purposes, never staff names (C-579/21). */
export interface ExtractAccessEntry {
  /** ISO date, YYYY-MM-DD. */
  readonly date: string;
  readonly purpose: string;
  /** Number of processing events that day for that purpose. */
  readonly count: number;
}

export interface ExtractWithheld {
  /** `system.dataset` */
  readonly dataset: string;
  /** The dataset's name in the extract's language, for a dataset none of whose items are shown. */
  readonly datasetName?: string;
  readonly kind: SecrecyClass;
  readonly ground: string;
  readonly count: number;
}

export interface ExtractRedactedSummary {
  /** `system.dataset`, one of the extract's datasets */
  readonly dataset: string;
  readonly field: string;
  readonly kind: SecrecyClass;
  readonly ground: string;
  readonly count: number;
}

/** The rights texts of Art. 15(1)(e) and (f), in the extract's language. */
export interface ExtractRights {
  readonly rectification: string;
  readonly erasure: string;
  readonly restriction: string;
  readonly objection: string;
  readonly complaint: string;
}

export interface ExtractContact {
  readonly name: string;
  readonly phone?: string;
  readonly email?: string;
  readonly postalAddress?: string;
  readonly url?: string;
}

export interface ExtractModel {
  readonly schemaVersion: 1;
  readonly language: ExtractLanguage;
  /** ISO timestamp; from the injected clock, so output is reproducible. */
  readonly generatedAt: string;
  /** The request's reference: its case number (the request's id where it has none). */
  readonly reference: string;
  readonly controller: {
    readonly name: string;
    readonly organisationNumber: string;
    readonly contact: ExtractContact;
    readonly dpo: ExtractContact;
    readonly supervisoryAuthority: ExtractContact;
  };
  /** The person the extract is about: their own identity number (YYYYMMDD-NNNN) and name if known. */
  readonly subject: { readonly identityNumber: string; readonly name?: string };
  /** Art. 15(1): confirmation whether personal data are processed. */
  readonly holdsData: boolean;
  readonly systems: readonly ExtractSystem[];
  /** Art. 15(1)(a)–(d),(h) and 15(2) over everything held on the person. */
  readonly processing: {
    readonly purposes: readonly ExtractPurpose[];
    readonly categories: readonly ExtractCategory[];
    readonly recipients: readonly ExtractRecipient[];
    readonly thirdCountryTransfers: string;
    readonly automatedDecisions: readonly ExtractAutomatedDecision[];
  };
  readonly disclosures: readonly ExtractDisclosure[];
  readonly accessLog: readonly ExtractAccessEntry[];
  readonly rights: ExtractRights;
  readonly secrecy: {
    readonly withheld: readonly ExtractWithheld[];
    readonly redacted: readonly ExtractRedactedSummary[];
  };
}
