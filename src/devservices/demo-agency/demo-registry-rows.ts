// The population-register mirror: one fb_person row per person, and for a child the custody
// relations (fb_relation) to one or two guardians found among the adults 20-45 years older.

import { DEMO_REFERENCE_DAY, isoTimestamp } from './demo-calendar.ts';
import { DEMO_IDENTITY_FORMS as FORMS } from './demo-identity-forms.ts';
import { demoForm, type PersonContext } from './demo-person-context.ts';
import { PERSONA_COUNT, personaIndex, type PersonaRole } from './demo-persona-specs.ts';
import { demoAge, demoPerson } from './demo-population.ts';
import { createRandom } from './demo-random.ts';

const GUARDIAN_ATTEMPTS = 16;

export function writePersonRow(context: PersonContext): void {
  const { person, random } = context;
  context.sink.row('fb_person', [
    context.form(FORMS['fb_person.pnr']), person.id.kind, person.idLevel, person.givenName, person.familyName,
    person.street, person.postalCode, person.city, person.protection,
    isoTimestamp(DEMO_REFERENCE_DAY - random.int(0, 700), random.int(0, 86_399)),
  ]);
}

/** Guardians of an ordinary child: a pure function of the child's index, found by probing. */
function findGuardians(context: PersonContext): number[] {
  const { population, person } = context;
  const random = createRandom(population.seedHash, person.index, 'relations');
  const wanted = random.chance(0.7) ? 2 : 1;
  const found: number[] = [];
  for (let attempt = 0; attempt < GUARDIAN_ATTEMPTS && found.length < wanted; attempt += 1) {
    const candidate = random.int(PERSONA_COUNT, population.persons - 1);
    const gap = demoAge(population, candidate) - person.age;
    if (gap >= 20 && gap <= 45 && !found.includes(candidate)) found.push(candidate);
  }
  return found;
}

export function writeRelations(context: PersonContext, role: PersonaRole | undefined): void {
  const { person, population } = context;
  if (person.age >= 18) return;
  const guardians = role === 'child' ? [personaIndex('guardian')]
    : role === undefined ? findGuardians(context) : [];
  guardians.forEach((guardian, n) => {
    context.sink.row('fb_relation', [
      person.index * 4 + n, demoForm(demoPerson(population, guardian), FORMS['fb_relation.guardian_pnr']), context.form(FORMS['fb_relation.child_pnr']),
      'vårdnadshavare', person.birthDate,
    ]);
  });
}
