// Who a web session belongs to: a citizen (by personnummer or samordningsnummer, or by a foreign
// eID that a case handler matches by hand) or a staff member with roles.

export type CitizenIdentity =
  | {
    readonly kind: 'personnummer';
    /** Normalised 12 digits (a samordningsnummer keeps its day + 60). */
    readonly identityNumber: string;
    readonly name: string;
    readonly acr: string;
  }
  | {
    readonly kind: 'foreign';
    /** The eIDAS connector's prid, or the eIDAS person identifier. */
    readonly foreignId: string;
    readonly name: string;
    /** YYYY-MM-DD when the provider gave one. */
    readonly birthDate: string | null;
    readonly acr: string;
  };

/** handlaggare: case handler; granskare: reviewer; skyddad-identitet: may open protected persons' cases. */
export type StaffRole = 'handlaggare' | 'granskare' | 'dataskyddsombud' | 'administrator' | 'skyddad-identitet';

export const staffRoles: readonly StaffRole[] = Object.freeze(['handlaggare', 'granskare', 'dataskyddsombud', 'administrator', 'skyddad-identitet']);

export interface StaffIdentity {
  /** The provider's `sub`. */
  readonly staffId: string;
  readonly name: string;
  readonly roles: readonly StaffRole[];
}

export function isStaffRole(value: unknown): value is StaffRole {
  return typeof value === 'string' && (staffRoles as readonly string[]).includes(value);
}
