// The well-known demo persons, for tests and later issues: who to ask about when a test
// needs an ordinary adult, a person with protected identity, a guardian and child, and so on.
// Their identity numbers are the same for every seed and population size; names follow the seed.

import type { IdentityNumberKind } from '../../domain/personnummer.ts';
import { PERSONA_COUNT, personaSpecs, type PersonaRole, type ProtectionLevel } from './demo-persona-specs.ts';
import { DEFAULT_DEMO_SEED, demoPerson, demoPopulation } from './demo-population.ts';

export interface DemoPersona {
  readonly index: number;
  /** 12 digits, e.g. '198403129003' (a samordningsnummer keeps its day + 60). */
  readonly identityNumber: string;
  readonly kind: IdentityNumberKind;
  readonly birthDate: string;
  readonly givenName: string;
  readonly familyName: string;
  readonly protection: ProtectionLevel;
}

/**
 * - ordinaryAdult: cases in every system (sick pay with a certificate by `doctor` and an
 *   employer entry naming `employerContact`), and is the third party `namesThirdParty` names;
 * - sekretessmarkering / skyddadFolkbokforing / fingeradePersonuppgifter: the three protection levels;
 * - samordningsnummer: a coordination-number holder with an identity level;
 * - guardian and child: custody (fb_relation); the child's own case holds a child_statement;
 * - doctor, employerContact: a healthcare professional and an employer's representative;
 * - heavy: hundreds of cases, payments and contacts;
 * - draftAndNote: an open case with a draft (arende_utkast) and a contact with a handler_note;
 * - centenarian: over 100, so 10-digit forms use '+'; has no contact-history rows.
 */
export type DemoPersonas = Readonly<Record<PersonaRole, DemoPersona>>;

export function demoPersonas(seed: string = DEFAULT_DEMO_SEED): DemoPersonas {
  const population = demoPopulation(seed, PERSONA_COUNT);
  const entries = personaSpecs.map((spec, index) => {
    const person = demoPerson(population, index);
    const persona: DemoPersona = {
      index, identityNumber: person.id.normalized, kind: person.id.kind, birthDate: person.birthDate,
      givenName: person.givenName, familyName: person.familyName, protection: person.protection,
    };
    return [spec.role, Object.freeze(persona)] as const;
  });
  return Object.freeze(Object.fromEntries(entries) as Record<PersonaRole, DemoPersona>);
}
