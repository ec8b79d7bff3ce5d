// Contact history (kontakt: phone notes, letters, e-mail, visits; some naming a third party,
// some with the handler's own note) and the disclosures to other authorities (utlamnande).

import {
  CONTACT_CHANNELS, DISCLOSURE_CHANNELS, RECIPIENTS,
} from './demo-benefits.ts';
import { DEMO_REFERENCE_DAY, isoTimestamp } from './demo-calendar.ts';
import { DEMO_IDENTITY_FORMS as FORMS } from './demo-identity-forms.ts';
import { demoForm, type PersonContext } from './demo-person-context.ts';
import { PERSONA_COUNT, personaIndex, type PersonaRole } from './demo-persona-specs.ts';
import { demoPerson } from './demo-population.ts';
import { CONTACT_SUMMARIES, HANDLER_NOTES, THIRD_PARTY_NOTES } from './demo-words.ts';

interface ContactOptions {
  readonly thirdParty?: number;
  readonly handlerNote?: boolean;
}

function contactCount(context: PersonContext, role: PersonaRole | undefined): number {
  const { random, person } = context;
  if (role === 'centenarian') return 0; // pnr10 loses the century: a 100-year-old cannot be told apart
  if (person.heavy) return random.int(150, 300);
  const roll = random.next();
  if (person.age < 18) return roll < 0.05 ? 1 : 0;
  if (roll < 0.4) return 0;
  if (roll < 0.7) return 1;
  return roll < 0.85 ? 2 : random.int(3, 5);
}

function randomThirdParty(context: PersonContext): number | undefined {
  const { random, population, person } = context;
  if (!random.chance(0.04) || population.persons <= PERSONA_COUNT + 1) return undefined;
  const other = random.int(PERSONA_COUNT, population.persons - 1);
  return other === person.index ? undefined : other;
}

function writeContact(context: PersonContext, options: ContactOptions): void {
  const { random, population, sink } = context;
  const thirdParty = options.thirdParty ?? randomThirdParty(context);
  const old = random.chance(0.1);
  const day = DEMO_REFERENCE_DAY - (old ? random.int(731, 1095) : random.int(0, 730));
  sink.row('kontakt', [
    context.nextId('kontakt'), context.form(FORMS['kontakt.pnr']), random.pick(CONTACT_CHANNELS),
    isoTimestamp(day, random.int(8 * 3600, 17 * 3600)), random.pick(CONTACT_SUMMARIES),
    thirdParty === undefined ? null : demoForm(demoPerson(population, thirdParty), FORMS['kontakt.third_party_pnr']),
    thirdParty === undefined ? null : random.pick(THIRD_PARTY_NOTES),
    options.handlerNote || random.chance(0.08) ? random.pick(HANDLER_NOTES) : null,
  ]);
}

export function writeContacts(context: PersonContext, role: PersonaRole | undefined): void {
  if (role === 'namesThirdParty') writeContact(context, { thirdParty: personaIndex('ordinaryAdult') });
  if (role === 'draftAndNote') writeContact(context, { handlerNote: true });
  const count = contactCount(context, role);
  for (let n = 0; n < count; n += 1) writeContact(context, {});
}

function disclosureCount(context: PersonContext): number {
  const { random, person } = context;
  if (person.heavy) return random.int(20, 60);
  if (person.age < 18) return 0;
  const roll = random.next();
  if (roll < 0.5) return 0;
  return roll < 0.8 ? 1 : random.int(2, 3);
}

export function writeDisclosures(context: PersonContext, role: PersonaRole | undefined): void {
  const { random, sink } = context;
  const count = disclosureCount(context) + (role === 'ordinaryAdult' ? 1 : 0);
  for (let n = 0; n < count; n += 1) {
    const recipient = random.pick(RECIPIENTS);
    const day = DEMO_REFERENCE_DAY - random.int(0, 5 * 365);
    sink.row('utlamnande', [
      context.nextId('utlamnande'), context.form(FORMS['utlamnande.pnr']), recipient.id, recipient.legalBasis,
      isoTimestamp(day, random.int(0, 86_399)), recipient.categories, random.pick(DISCLOSURE_CHANNELS),
      random.chance(0.05),
    ]);
  }
}
