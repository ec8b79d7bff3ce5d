// ID token claims → identity. Citizens: assurance level 3 or higher (ASSURANCE_TOO_LOW below),
// then the personnummer or samordningsnummer claim, else a foreign eID's prid or eIDAS person
// identifier. Staff: the roles claim, unknown roles dropped (ROLE_REQUIRED when none is left).
// Error details name what is missing, never a value.
import { meetsLevelThree } from '../../domain/assurance-levels.ts';
import { InsynError, isInsynError } from '../../domain/error-catalogue.ts';
import { parseIdentityNumber } from '../../domain/personnummer.ts';
import { swedishOidcClaims } from '../../domain/swedish-oidc-claims.ts';
import { isStaffRole, type CitizenIdentity, type StaffIdentity } from './web-identity.ts';

export type Claims = Readonly<Record<string, unknown>>;

const DATE = /^\d{4}-\d{2}-\d{2}$/;

function text(value: unknown): string | undefined {
  return typeof value === 'string' && value.trim() !== '' ? value.trim() : undefined;
}

function displayName(claims: Claims): string {
  return text(claims.name) ?? [text(claims.given_name), text(claims.family_name)].filter(Boolean).join(' ');
}

function identityNumber(raw: string): string {
  try {
    const parsed = parseIdentityNumber(raw);
    if (parsed.normalized !== raw) throw new InsynError('LOGIN_FAILED', 'identity number claim is not 12 digits');
    return parsed.normalized;
  } catch (error) {
    if (isInsynError(error, 'PERSONNUMMER_INVALID')) throw new InsynError('LOGIN_FAILED', 'identity number claim is invalid');
    throw error;
  }
}

export function citizenIdentityFromClaims(claims: Claims): CitizenIdentity {
  const acr = claims.acr;
  if (!meetsLevelThree(acr)) throw new InsynError('ASSURANCE_TOO_LOW', 'acr below level 3 or missing');
  const name = displayName(claims);
  const number = text(claims[swedishOidcClaims.personalIdentityNumber]) ?? text(claims[swedishOidcClaims.coordinationNumber]);
  if (number) return Object.freeze({ kind: 'personnummer', identityNumber: identityNumber(number), name, acr: acr as string });
  const foreignId = text(claims[swedishOidcClaims.prid]) ?? text(claims[swedishOidcClaims.eidasPersonIdentifier]);
  if (!foreignId) throw new InsynError('LOGIN_FAILED', 'no personnummer, samordningsnummer or eIDAS identifier claim');
  const birthDate = typeof claims.birthdate === 'string' && DATE.test(claims.birthdate) ? claims.birthdate : null;
  return Object.freeze({ kind: 'foreign', foreignId, name, birthDate, acr: acr as string });
}

function roleValues(value: unknown): readonly unknown[] {
  if (Array.isArray(value)) return value;
  if (typeof value === 'string') return value.split(/[\s,]+/);
  return [];
}

export function staffIdentityFromClaims(claims: Claims, rolesClaim: string): StaffIdentity {
  const staffId = text(claims.sub);
  if (!staffId) throw new InsynError('LOGIN_FAILED', 'no sub claim');
  const roles = [...new Set(roleValues(claims[rolesClaim]).filter(isStaffRole))];
  if (roles.length === 0) throw new InsynError('ROLE_REQUIRED', 'no known role in the roles claim');
  return Object.freeze({ staffId, name: displayName(claims) || staffId, roles: Object.freeze(roles) });
}
