// The test persons and staff accounts of the development identity provider. Citizens are the
// demo population's well-known persons (their numbers are synthetic and the same for every
// seed); one foreign eID holder (eIDAS, no personnummer) and one person whose e-ID is only at
// level 2, to see the refusal. Staff carry roles in the `roles` claim.
import { assuranceLevels } from '../../domain/assurance-levels.ts';
import { swedishOidcClaims } from '../../domain/swedish-oidc-claims.ts';
import { DEFAULT_DEMO_SEED } from '../demo-agency/demo-population.ts';
import { demoPersonas, type DemoPersona } from '../demo-agency/demo-personas.ts';

export type DevAudience = 'citizen' | 'staff';

export interface DevAccount {
  /** The `sub` claim; opaque, no personal data. */
  readonly id: string;
  readonly audience: DevAudience;
  /** What the login page says about this person (Swedish). */
  readonly description: string;
  readonly acr: string;
  /** Every claim besides sub and acr. */
  readonly claims: Readonly<Record<string, unknown>>;
}

export const DEV_ROLES_CLAIM = 'roles';

function names(givenName: string, familyName: string): Record<string, string> {
  return { given_name: givenName, family_name: familyName, name: `${givenName} ${familyName}` };
}

function citizen(id: string, description: string, persona: DemoPersona, acr: string = assuranceLevels.loa3): DevAccount {
  const numberClaim = persona.kind === 'samordningsnummer' ? swedishOidcClaims.coordinationNumber : swedishOidcClaims.personalIdentityNumber;
  return {
    id, audience: 'citizen', description, acr,
    claims: { ...names(persona.givenName, persona.familyName), birthdate: persona.birthDate, [numberClaim]: persona.identityNumber },
  };
}

function staff(id: string, description: string, givenName: string, familyName: string, roles: readonly string[]): DevAccount {
  return {
    id, audience: 'staff', description, acr: assuranceLevels.loa3,
    claims: { ...names(givenName, familyName), [DEV_ROLES_CLAIM]: roles },
  };
}

const foreignHolder: DevAccount = {
  id: 'utlandsk-eidas', audience: 'citizen', description: 'Utländsk e-legitimation (eIDAS, inget personnummer)',
  acr: assuranceLevels.eidasSubstantial,
  claims: {
    ...names('Lena', 'Hoffmann'), birthdate: '1981-06-14',
    [swedishOidcClaims.prid]: 'DE:7a1c93e4f0b2', [swedishOidcClaims.pridPersistence]: 'A',
    [swedishOidcClaims.eidasPersonIdentifier]: 'DE/SE/7a1c93e4f0b2d58c', [swedishOidcClaims.country]: 'DE',
  },
};

const staffAccounts: readonly DevAccount[] = [
  staff('personal-handlaggare', 'Handläggare', 'Anna', 'Lindqvist', ['handlaggare']),
  staff('personal-handlaggare-2', 'Handläggare', 'Omar', 'Haddad', ['handlaggare']),
  staff('personal-skyddad', 'Handläggare med behörighet för skyddade personuppgifter', 'Karin', 'Sjöberg', ['handlaggare', 'skyddad-identitet']),
  staff('personal-granskare', 'Granskare', 'Erik', 'Nyström', ['granskare']),
  staff('personal-dso', 'Dataskyddsombud', 'Maria', 'Ek', ['dataskyddsombud']),
  staff('personal-admin', 'Administratör', 'Johan', 'Berg', ['administrator']),
  staff('personal-utan-roll', 'Anställd utan roll i Insyn', 'Sara', 'Holm', ['praktikant']),
];

/** Every account, citizens first; the same ids for every seed. */
export function devAccounts(seed: string = DEFAULT_DEMO_SEED): readonly DevAccount[] {
  const personas = demoPersonas(seed);
  const citizens: DevAccount[] = [
    citizen('medborgare-vanlig', 'Vuxen utan särskilda omständigheter', personas.ordinaryAdult),
    citizen('medborgare-skyddad', 'Skyddad folkbokföring', personas.skyddadFolkbokforing),
    citizen('medborgare-sekretess', 'Sekretessmarkering', personas.sekretessmarkering),
    citizen('medborgare-vardnadshavare', 'Vårdnadshavare till ett barn', personas.guardian),
    citizen('medborgare-samordningsnummer', 'Samordningsnummer', personas.samordningsnummer),
    citizen('medborgare-lakare', 'Läkare', personas.doctor),
    foreignHolder,
    citizen('medborgare-loa2', 'E-legitimation med för låg tillitsnivå (nivå 2)', personas.namesThirdParty, assuranceLevels.loa2),
  ];
  return Object.freeze([...citizens, ...staffAccounts]);
}
