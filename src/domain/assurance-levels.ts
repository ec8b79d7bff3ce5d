// Assurance levels (tillitsnivåer) of the Swedish eID framework as OpenID Connect `acr` values.
// Rights requests and extracts need level 3 or higher (R30): loa3 and loa4, their non-resident
// variants, and eIDAS substantial and high (notified or not). Everything else, and any value we
// do not know, is too low.

const LOA_PREFIX = 'http://id.elegnamnden.se/loa/1.0/';

export const assuranceLevels = {
  loa1: `${LOA_PREFIX}loa1`,
  loa2: `${LOA_PREFIX}loa2`,
  loa3: `${LOA_PREFIX}loa3`,
  loa4: `${LOA_PREFIX}loa4`,
  loa2NonResident: `${LOA_PREFIX}loa2-nonresident`,
  loa3NonResident: `${LOA_PREFIX}loa3-nonresident`,
  loa4NonResident: `${LOA_PREFIX}loa4-nonresident`,
  eidasLow: `${LOA_PREFIX}eidas-low`,
  eidasSubstantial: `${LOA_PREFIX}eidas-sub`,
  eidasHigh: `${LOA_PREFIX}eidas-high`,
  eidasNotNotifiedLow: `${LOA_PREFIX}eidas-nf-low`,
  eidasNotNotifiedSubstantial: `${LOA_PREFIX}eidas-nf-sub`,
  eidasNotNotifiedHigh: `${LOA_PREFIX}eidas-nf-high`,
} as const;

/** The acr values that meet level 3, in the order a relying party asks for them (acr_values). */
export const sufficientAssuranceLevels: readonly string[] = Object.freeze([
  assuranceLevels.loa3, assuranceLevels.loa4,
  assuranceLevels.eidasSubstantial, assuranceLevels.eidasHigh,
  assuranceLevels.eidasNotNotifiedSubstantial, assuranceLevels.eidasNotNotifiedHigh,
  assuranceLevels.loa3NonResident, assuranceLevels.loa4NonResident,
]);

/** True for loa3 or higher; false for lower levels, unknown values and a missing acr. */
export function meetsLevelThree(acr: unknown): boolean {
  return typeof acr === 'string' && sufficientAssuranceLevels.includes(acr);
}
