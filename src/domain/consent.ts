// Cookie consent (LEK 9 kap. 28 §, GDPR Art. 7): the choice a visitor makes in the banner or on
// the cookie page, as the first-party cookie `insyn_consent` carries it and as the consent
// records prove it. Pure: the random consent id is made by the caller.
//
// The cookie's value is `1.<consentId>.<revision>.<granted>`: format version 1, a random id of
// 22 base64url characters (128 bits) naming this browser's chain of consent records, the
// catalog's consent revision the choice was made under, and the optional categories granted,
// joined by ':' (empty when only the necessary cookies were accepted). A choice made under an
// older revision no longer counts: the banner asks again and nothing optional is on meanwhile.

export const CONSENT_COOKIE = 'insyn_consent';

/** Every choice in the first layer: all categories, or only the necessary ones. */
export const CONSENT_CHOICES = ['all', 'necessary'] as const;
export type ConsentChoice = typeof CONSENT_CHOICES[number];

/** Where the person made the choice. */
export const CONSENT_METHODS = ['banner', 'settings', 'api'] as const;
export type ConsentMethod = typeof CONSENT_METHODS[number];

/**
 * What a record says happened, after ISO/IEC TS 27560's event types: the first choice at a
 * revision gives or refuses (also after a new revision asked again); a later one withdraws (a
 * granted category is now refused, whatever else it grants), gives (only new grants), or confirms
 * the same choice again (e.g. a form sent twice).
 */
export type ConsentEvent = 'given' | 'refused' | 'withdrawn' | 'confirmed';

export interface StoredConsent {
  readonly consentId: string;
  readonly revision: number;
  /** Optional categories granted, in the catalog's order. */
  readonly granted: readonly string[];
}

/** The consent a request is served under. */
export interface EffectiveConsent {
  /** The person's own choice at the current revision; Global Privacy Control; or nothing yet (the banner asks). */
  readonly source: 'choice' | 'gpc' | 'none';
  readonly granted: readonly string[];
  /** The cookie's chain, also when its revision is old (a new choice continues it). */
  readonly stored: StoredConsent | null;
}

const CONSENT_ID = /^[A-Za-z0-9_-]{22}$/;
const CATEGORY = /^[a-z][a-z0-9_-]*$/;

export function isConsentId(value: string): boolean {
  return CONSENT_ID.test(value);
}

/** The cookie's value, or null when it is absent or not one Insyn wrote (it is then ignored). */
export function parseConsentCookie(value: string | undefined): StoredConsent | null {
  if (!value || value.length > 512) return null;
  const parts = value.split('.');
  if (parts.length !== 4 || parts[0] !== '1') return null;
  const [, consentId = '', revisionText = '', grantedText = ''] = parts;
  if (!isConsentId(consentId) || !/^[1-9]\d{0,8}$/.test(revisionText)) return null;
  const granted = grantedText === '' ? [] : grantedText.split(':');
  if (!granted.every((category) => CATEGORY.test(category)) || new Set(granted).size !== granted.length) return null;
  return { consentId, revision: Number(revisionText), granted };
}

export function formatConsentCookie(consent: StoredConsent): string {
  return `1.${consent.consentId}.${consent.revision}.${consent.granted.join(':')}`;
}

/**
 * The consent in force: an explicit choice at the current revision wins; without one a Global
 * Privacy Control signal counts as refusal (and answers the banner's question); otherwise nothing
 * optional is on and the banner asks.
 */
export function effectiveConsent(stored: StoredConsent | null, revision: number, gpc: boolean): EffectiveConsent {
  if (stored && stored.revision === revision) return { source: 'choice', granted: stored.granted, stored };
  return { source: gpc ? 'gpc' : 'none', granted: [], stored };
}

/** Whether the banner is shown: until a choice at the current revision (or a GPC signal) answers it. */
export function needsBanner(consent: EffectiveConsent): boolean {
  return consent.source === 'none';
}

/** The optional categories a choice grants, in the catalog's order. */
export function grantedBy(choice: ConsentChoice | readonly string[], optional: readonly string[]): string[] {
  if (choice === 'all') return [...optional];
  if (choice === 'necessary') return [];
  const unknown = choice.filter((category) => !optional.includes(category));
  if (unknown.length > 0) throw new RangeError(`unknown cookie category: ${unknown.join(', ')}`);
  return optional.filter((category) => choice.includes(category));
}

/** What the new choice is, seen against the one in force before it (null: none at this revision). */
export function consentEvent(previous: readonly string[] | null, granted: readonly string[]): ConsentEvent {
  if (previous === null) return granted.length > 0 ? 'given' : 'refused';
  if (previous.some((category) => !granted.includes(category))) return 'withdrawn';
  if (granted.some((category) => !previous.includes(category))) return 'given';
  return 'confirmed';
}
