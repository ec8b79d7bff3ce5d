// Who the demo persons are: a pure function of (seed, index), so that a chunk of persons can
// be generated without the others, and a case can name its doctor or a child its guardian by
// index. Ordinary persons get unique numbers from their index: the birth day steps through
// ~96 years with a stride coprime to their count, the birth number through 1-899.

import {
  syntheticIdentityNumber, type IdentityNumber, type IdentityNumberKind,
} from '../../domain/personnummer.ts';
import { DEMO_FIRST_BIRTH_DAY, DEMO_REFERENCE_DAY, ageOn, isoDate } from './demo-calendar.ts';
import {
  PERSONA_BIRTH_NUMBER_BASE, PERSONA_COUNT, personaSpecs, type ProtectionLevel,
} from './demo-persona-specs.ts';
import { createRandom, hash32, hashSeed, type DemoRandom } from './demo-random.ts';
import { CITIES, FAMILY_NAMES, FEMALE_NAMES, MALE_NAMES, STREETS } from './demo-words.ts';

export interface DemoPopulation {
  readonly seed: string;
  readonly seedHash: number;
  readonly persons: number;
}

export interface DemoPerson {
  readonly index: number;
  readonly id: IdentityNumber;
  readonly birthDate: string;
  readonly age: number;
  readonly female: boolean;
  readonly givenName: string;
  readonly familyName: string;
  readonly street: string;
  readonly postalCode: string;
  readonly city: string;
  readonly protection: ProtectionLevel;
  readonly idLevel: string | null;
  readonly doctor: boolean;
  readonly employerContact: boolean;
  readonly heavy: boolean;
}

const BIRTH_DAYS = DEMO_REFERENCE_DAY - DEMO_FIRST_BIRTH_DAY + 1;
const ORDINARY_BIRTH_NUMBERS = 899;
/** The seed `insyn demo seed` and `npm start` use unless told otherwise. */
export const DEFAULT_DEMO_SEED = 'insyn-demo';

export const MAX_DEMO_PERSONS = PERSONA_COUNT + BIRTH_DAYS * ORDINARY_BIRTH_NUMBERS;
export const DOCTOR_EVERY = 241;
export const EMPLOYER_CONTACT_EVERY = 97;
const DOCTOR_OFFSET = 17;
const EMPLOYER_CONTACT_OFFSET = 41;
const BIRTH_NUMBER_SALT = 0x5bd1e995;
const ID_LEVELS = ['styrkt', 'sannolik', 'sannolik', 'osäker'] as const;

function gcd(a: number, b: number): number {
  return b === 0 ? a : gcd(b, a % b);
}

/** A stride near the golden ratio of the day range: small populations spread over all ages. */
const BIRTH_DAY_STRIDE = ((): number => {
  let stride = Math.floor(BIRTH_DAYS * 0.6180339887);
  while (gcd(stride, BIRTH_DAYS) !== 1) stride += 1;
  return stride;
})();

export function demoPopulation(seed: string, persons: number): DemoPopulation {
  if (!Number.isInteger(persons) || persons < PERSONA_COUNT || persons > MAX_DEMO_PERSONS) {
    throw new TypeError(`persons must be an integer from ${PERSONA_COUNT} to ${MAX_DEMO_PERSONS}`);
  }
  return Object.freeze({ seed, seedHash: hashSeed(seed), persons });
}

/** Birth date and number of an ordinary person (index ≥ PERSONA_COUNT). */
function ordinaryBirth(population: DemoPopulation, index: number): { birthDate: string; birthNumber: number } {
  const slot = index - PERSONA_COUNT;
  const offset = population.seedHash % BIRTH_DAYS;
  const dayOffset = (slot % BIRTH_DAYS * BIRTH_DAY_STRIDE + offset) % BIRTH_DAYS;
  const round = Math.floor(slot / BIRTH_DAYS);
  const base = hash32(population.seedHash, dayOffset, BIRTH_NUMBER_SALT) % ORDINARY_BIRTH_NUMBERS;
  const birthNumber = 1 + ((round * 2 + base) % ORDINARY_BIRTH_NUMBERS);
  return { birthDate: isoDate(DEMO_FIRST_BIRTH_DAY + dayOffset), birthNumber };
}

/** The age of the person at `index` on the reference day, without building the whole person. */
export function demoAge(population: DemoPopulation, index: number): number {
  const spec = personaSpecs[index];
  return ageOn(spec ? spec.birthDate : ordinaryBirth(population, index).birthDate);
}

function protectionRoll(random: DemoRandom): ProtectionLevel {
  const roll = random.next();
  if (roll < 0.0001) return 'fingerade-personuppgifter';
  if (roll < 0.0006) return 'skyddad-folkbokforing';
  if (roll < 0.0036) return 'sekretessmarkering';
  return 'ingen';
}

interface Traits {
  readonly birthDate: string;
  readonly birthNumber: number;
  readonly kind: IdentityNumberKind;
  readonly protection: ProtectionLevel;
  readonly doctor: boolean;
  readonly employerContact: boolean;
  readonly heavy: boolean;
}

function ordinaryTraits(population: DemoPopulation, index: number, random: DemoRandom): Traits {
  const { birthDate, birthNumber } = ordinaryBirth(population, index);
  const age = ageOn(birthDate);
  const slot = index - PERSONA_COUNT;
  const coordination = random.chance(0.015) && age >= 16;
  return {
    birthDate, birthNumber,
    kind: coordination ? 'samordningsnummer' : 'personnummer',
    protection: protectionRoll(random),
    doctor: slot % DOCTOR_EVERY === DOCTOR_OFFSET && age >= 28 && age <= 69,
    employerContact: slot % EMPLOYER_CONTACT_EVERY === EMPLOYER_CONTACT_OFFSET && age >= 25 && age <= 66,
    heavy: random.chance(0.001) && age >= 18,
  };
}

function personaTraits(index: number): Traits {
  const spec = personaSpecs[index];
  if (!spec) throw new TypeError(`no persona at index ${index}`);
  return {
    birthDate: spec.birthDate,
    birthNumber: PERSONA_BIRTH_NUMBER_BASE + index,
    kind: spec.kind ?? 'personnummer',
    protection: spec.protection ?? 'ingen',
    doctor: spec.doctor ?? false,
    employerContact: spec.employerContact ?? false,
    heavy: spec.heavy ?? false,
  };
}

/** The person at `index`: identity, name, address and traits. Pure and cheap. */
export function demoPerson(population: DemoPopulation, index: number): DemoPerson {
  if (!Number.isInteger(index) || index < 0 || index >= population.persons) {
    throw new TypeError('person index out of range');
  }
  const random = createRandom(population.seedHash, index, 'identity');
  const traits = index < PERSONA_COUNT ? personaTraits(index) : ordinaryTraits(population, index, random);
  const id = syntheticIdentityNumber(traits.birthDate, traits.birthNumber, traits.kind);
  const female = traits.birthNumber % 2 === 0; // the last digit of the birth number: even for women
  const [city, postalPrefix] = random.pick(CITIES);
  return {
    index, id, birthDate: traits.birthDate, age: ageOn(traits.birthDate), female,
    givenName: random.pick(female ? FEMALE_NAMES : MALE_NAMES),
    familyName: random.pick(FAMILY_NAMES),
    street: `${random.pick(STREETS)} ${random.int(1, 120)}`,
    postalCode: `${postalPrefix} ${String(random.int(10, 99))}`,
    city,
    protection: traits.protection,
    idLevel: traits.kind === 'samordningsnummer' ? random.pick(ID_LEVELS) : null,
    doctor: traits.doctor,
    employerContact: traits.employerContact,
    heavy: traits.heavy,
  };
}

/**
 * A person from a pool (doctors, employer contacts) that every `every`-th ordinary index
 * may belong to; tries a few random members and falls back to the persona.
 */
export function pickFromPool(
  population: DemoPopulation, random: DemoRandom, pool: 'doctor' | 'employerContact', fallback: number,
): DemoPerson {
  const every = pool === 'doctor' ? DOCTOR_EVERY : EMPLOYER_CONTACT_EVERY;
  const offset = pool === 'doctor' ? DOCTOR_OFFSET : EMPLOYER_CONTACT_OFFSET;
  const members = Math.floor((population.persons - PERSONA_COUNT - 1 - offset) / every) + 1;
  for (let attempt = 0; attempt < 6 && members > 0; attempt += 1) {
    const candidate = demoPerson(population, PERSONA_COUNT + offset + every * random.int(0, members - 1));
    if (candidate[pool]) return candidate;
  }
  return demoPerson(population, fallback);
}
