// Restriction of processing (Art. 18, R20). Why data are restricted (18(1) a–d), and the only
// grounds on which restricted data may be processed beyond storage (18(2)). While restricted,
// data are only stored: every other use needs one of the grounds, named and logged.

export const RESTRICTION_REASONS = ['accuracy-contested', 'unlawful', 'legal-claims', 'objection-pending'] as const;
/** Art. 18(1): (a) accuracy contested, (b) unlawful but erasure opposed, (c) needed by the person for legal claims, (d) objection pending. */
export type RestrictionReason = (typeof RESTRICTION_REASONS)[number];

export const RESTRICTION_GROUNDS = ['consent', 'legal-claims', 'rights-of-others', 'public-interest'] as const;
/** Art. 18(2): the person's consent, legal claims, the protection of another's rights, important public interest. */
export type RestrictionGround = (typeof RESTRICTION_GROUNDS)[number];

/** The changes a recipient of disclosed data is told of (Art. 19). */
export type NotifiedChange = 'rectification' | 'erasure' | 'restriction' | 'restriction-lifted';
