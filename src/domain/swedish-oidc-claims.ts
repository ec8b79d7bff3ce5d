// Claim and scope names of the Swedish OpenID Connect profile (oidc.se) and of Sweden Connect's
// eIDAS claims, as the development identity provider issues them and Insyn reads them.

export const swedishOidcClaims = {
  /** 12 digits, no hyphen. */
  personalIdentityNumber: 'https://id.oidc.se/claim/personalIdentityNumber',
  /** A samordningsnummer, 12 digits; delivered instead of personalIdentityNumber, never with it. */
  coordinationNumber: 'https://id.oidc.se/claim/coordinationNumber',
  /** ISO 3166-1 alpha-2. */
  country: 'https://id.oidc.se/claim/country',
  /** The provisional identifier the Swedish eIDAS connector gives a foreign eID holder. */
  prid: 'https://id.swedenconnect.se/claim/prid',
  /** How long the prid is expected to last: A, B or C. */
  pridPersistence: 'https://id.swedenconnect.se/claim/pridPersistence',
  /** The foreign eIDAS node's own unique identifier (eIDAS PersonIdentifier). */
  eidasPersonIdentifier: 'https://id.swedenconnect.se/claim/eidasPersonIdentifier',
} as const;

export const swedishOidcScopes = {
  /** Name and personnummer (or samordningsnummer), birthdate optional. */
  naturalPersonNumber: 'https://id.oidc.se/scope/naturalPersonNumber',
  /** A foreign eID holder: prid, pridPersistence, eIDAS person identifier, name and birthdate. */
  eidasNaturalPersonIdentity: 'https://id.swedenconnect.se/scope/eidasNaturalPersonIdentity',
} as const;
