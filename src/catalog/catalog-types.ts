// The data map (catalog) as Insyn holds it in memory once loaded and validated: everything
// Art. 30 GDPR asks for, plus what the access layer, extracts and erasure need. Frozen.
// The YAML under catalog/ has the same shape (see docs/catalog.md).
import type { RestrictionGround } from '../domain/restriction.ts';
import type { IdentityForm } from '../domain/personnummer.ts';

export interface LocalizedText {
  readonly sv: string;
  readonly en: string;
}

export interface Contact {
  readonly name: LocalizedText;
  readonly phone?: string;
  readonly email?: string;
  readonly postalAddress?: string;
  readonly url?: string;
}

export interface Controller {
  readonly name: LocalizedText;
  readonly organisationNumber: string;
  readonly contact: Contact;
  readonly dpo: Contact;
  readonly supervisoryAuthority: Contact;
  /** ISO date shown as "Senast uppdaterad" on the privacy page. */
  readonly lastUpdated: string;
  /** Related laws and rules shown on the privacy page. */
  readonly relatedLinks: readonly { readonly title: LocalizedText; readonly url: string }[];
}

/** GDPR Art. 6(1) letters; public agencies mostly use c (legal obligation) and e (public task). */
export type Article6Basis = 'a' | 'b' | 'c' | 'd' | 'e' | 'f';

export interface LegalBasis {
  readonly article6: Article6Basis;
  /** Art. 9(2) letter for special categories, e.g. "b", "g", "h". */
  readonly article9?: string;
  /** The national provision, e.g. "114 kap. 7 § socialförsäkringsbalken (2010:110)". */
  readonly national: string;
}

export interface Purpose {
  readonly id: string;
  readonly name: LocalizedText;
  readonly description: LocalizedText;
  readonly legalBasis: LegalBasis;
  /** Shown on the public page among "Så jobbar vi med vårt uppdrag"; Insyn's own purposes are not. */
  readonly public: boolean;
  /**
   * The Art. 18(2) ground on which this purpose still processes restricted data (answering the
   * person's own requests: their consent). Absent: restricted data are refused to it.
   */
  readonly whileRestricted?: RestrictionGround;
}

export interface SubjectCategory {
  readonly id: string;
  readonly name: LocalizedText;
}

export interface DataCategory {
  readonly id: string;
  readonly name: LocalizedText;
  /** Art. 9 special category (health data and the like) or Art. 10 data. */
  readonly special: boolean;
}

export type EngineKind = 'postgresql' | 'mariadb' | 'http';

/** How a system stores an identity number: declared beside the personnummer value. */
export type { IdentityForm };

export interface IdentityField {
  readonly field: string;
  readonly subjectCategory: string;
  readonly form: IdentityForm;
}

export interface Reference {
  readonly field: string;
  /** "system.dataset.field" */
  readonly to: string;
}

export type RetentionStart = 'collected' | 'case-closed' | 'payment-made' | 'contact-made' | 'death' | 'superseded';

export interface Retention {
  /** ISO 8601 duration, e.g. P10Y. */
  readonly period: string;
  readonly from: RetentionStart;
  /** gallras = disposed of (deleted); arkiveras = transferred to the archive. */
  readonly disposal: 'gallras' | 'arkiveras';
  /** The rule behind it: law, ordinance or RA-MS decision. */
  readonly source: string;
}

export type ErasureGround = 'legal-obligation' | 'public-task' | 'official-authority' | 'archiving';

/**
 * How an erasable record is erased: deleted (the default), or anonymised in place — `fields` set to
 * null, or to the text `values` gives — where the source keeps the row (statistics, a ledger).
 * `fields` always include the dataset's first identity field: a row that still names the person is
 * not anonymous.
 */
export type ErasureRule =
  | { readonly rule: 'erasable'; readonly method?: 'delete' }
  | {
    readonly rule: 'erasable'; readonly method: 'anonymise'; readonly fields: readonly string[];
    readonly values?: Readonly<Record<string, string>>;
  }
  | { readonly rule: 'retained'; readonly ground: ErasureGround; readonly reference: string };

/**
 * Where a source system marks a record restricted (Art. 18): one of the dataset's fields. A record
 * whose field holds `value` (compared as text) is restricted wherever it is read through Insyn,
 * whoever set it; Insyn writes `value` when it restricts a record and `clearedValue` (null when
 * absent) when it lifts the restriction.
 */
export interface SourceRestriction {
  readonly field: string;
  readonly value: string;
  readonly clearedValue?: string;
}

export type SecrecyClass = 'none' | 'third-party' | 'protected-address' | 'draft-or-note' | 'child-against-guardian';

/**
 * What a field means to Insyn itself, where the extract needs to know: the parts of a recorded
 * disclosure (Art. 15(1)(c)), the rule set of an automated decision (15(1)(h)), the person's
 * protection level (skyddade personuppgifter) and name, and when a record was made (drafts and
 * notes older than a year are covered by the right of access, 5 kap. 2 § dataskyddslagen); and
 * the population-register address that letters are posted to (never read for a protected person).
 */
export type FieldMeaning =
  | 'disclosure-recipient' | 'disclosure-date' | 'disclosure-legal-basis' | 'disclosure-categories'
  | 'disclosure-channel' | 'disclosure-inquiry' | 'automated-decision' | 'protection' | 'given-name' | 'family-name'
  | 'record-date' | 'street-address' | 'postal-code' | 'postal-city';

export interface Field {
  readonly name: string;
  readonly description: LocalizedText;
  readonly category: string;
  /** Overrides the dataset's secrecy class for this field. */
  readonly secrecy?: SecrecyClass;
  /** Rectification may change this field in the source system. */
  readonly changeable?: boolean;
  readonly meaning?: FieldMeaning;
  /**
   * The identity or reference field that names the person this value is about. When a record
   * concerns the person through another field (a doctor reading the certificates they wrote),
   * the value is a third party's and waits for secrecy review.
   */
  readonly about?: string;
}

export interface Dataset {
  readonly id: string;
  /** "system.dataset" */
  readonly qualifiedId: string;
  readonly system: string;
  readonly name: LocalizedText;
  /** Table (SQL systems) or resource path (HTTP systems). */
  readonly location: string;
  readonly personalData: boolean;
  readonly purposes: readonly string[];
  readonly primaryKey: readonly string[];
  readonly identityFields: readonly IdentityField[];
  readonly references: readonly Reference[];
  readonly fields: readonly Field[];
  /** Where the data come from when not from the person (Art. 14(2)(f), 15(1)(g)). */
  readonly source: LocalizedText;
  readonly retention: Retention;
  readonly erasure: ErasureRule;
  /** Where the source system itself marks a record restricted; absent: only Insyn's register does. */
  readonly restriction?: SourceRestriction;
  readonly secrecy: SecrecyClass;
  readonly recipients: readonly string[];
}

export interface System {
  readonly id: string;
  readonly name: LocalizedText;
  readonly engine: EngineKind;
  readonly description: LocalizedText;
  readonly datasets: readonly Dataset[];
}

export interface Recipient {
  readonly id: string;
  readonly name: LocalizedText;
  readonly legalBasis: string;
  readonly categories: readonly string[];
}

/** A category of cookies the visitor is asked about as one (or, when necessary, not asked about). */
export interface CookieCategory {
  readonly id: string;
  /** As the cookie page's heading names it ("Nödvändiga kakor", "Kakor för webbanalys"). */
  readonly name: LocalizedText;
  /** What the category's cookies are for, in one sentence of the banner. */
  readonly description: LocalizedText;
  /** Strictly necessary for the service the visitor asked for (LEK 9 kap. 28 § second paragraph): set without asking. */
  readonly necessary: boolean;
}

export interface Cookie {
  readonly name: string;
  readonly provider: string;
  /** A cookie category's id. */
  readonly category: string;
  readonly purpose: LocalizedText;
  /** ISO 8601 duration, or "session". */
  readonly lifetime: string;
}

export interface AutomatedDecision {
  readonly id: string;
  readonly name: LocalizedText;
  readonly logic: LocalizedText;
  readonly significance: LocalizedText;
  readonly ruleSetVersion: string;
}

/** Whether the service meets lag (2018:1937) om tillgänglighet till digital offentlig service: fully, partly or not. */
export type AccessibilityStatus = 'full' | 'partial' | 'none';

/** Content of the service the statement names, with why it is listed. */
export interface AccessibilityItem {
  readonly content: LocalizedText;
  readonly reason: LocalizedText;
}

/**
 * The accessibility statement (tillgänglighetsredogörelse) of Insyn's public pages and e-service,
 * published at /tillganglighet: what lag (2018:1937) and DIGG's regulations require it to say.
 * The agency's name and contact paths come from `controller`; the feedback function is Insyn's own form.
 */
export interface AccessibilityStatement {
  /** The name of the digital service the statement covers. */
  readonly service: LocalizedText;
  readonly status: AccessibilityStatus;
  /** YYYY-MM-DD: when the service was last assessed. */
  readonly assessed: string;
  /** YYYY-MM-DD: when the statement was last updated (not before `assessed`). */
  readonly lastUpdated: string;
  /** How the service was assessed (self-assessment, tools, manual checks, a third party). */
  readonly method: LocalizedText;
  /** Content that does not meet the requirements, with why; at least one unless `status` is full. */
  readonly nonCompliant: readonly AccessibilityItem[];
  /** Content exempted as a disproportionate burden (12 §), with why. */
  readonly disproportionateBurden: readonly AccessibilityItem[];
  /** Content outside the law's scope (9 §), with why. */
  readonly outsideScope: readonly AccessibilityItem[];
}

export interface Catalog {
  readonly controller: Controller;
  readonly purposes: readonly Purpose[];
  readonly subjectCategories: readonly SubjectCategory[];
  readonly dataCategories: readonly DataCategory[];
  readonly systems: readonly System[];
  readonly recipients: readonly Recipient[];
  /** Transfers to third countries; the demo agency states none. */
  readonly thirdCountryTransfers: LocalizedText;
  readonly securityMeasures: readonly LocalizedText[];
  readonly automatedDecisions: readonly AutomatedDecision[];
  /** In the order the cookie page lists them; exactly one is the necessary one. */
  readonly cookieCategories: readonly CookieCategory[];
  readonly cookies: readonly Cookie[];
  /** Raised when a change needs everyone's consent again (a new category or cookie, changed purposes). */
  readonly consentRevision: number;
  readonly accessibility: AccessibilityStatement;
}
