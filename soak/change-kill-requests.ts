// The change-kill soak's work: erasure requests of demo persons who hold erasable records
// (contacts in kontakthistorik on PostgreSQL, notification settings in mina-sidor on MariaDB),
// each registered, its erasure planned (the dry run as change items) and decided as planned —
// erasable records applied, the others kept on the catalog's ground, what the plan could not
// settle kept by the case handler with reasons — so that a `changes.execute` job is due for each
// at once (INSYN_ERASURE_WAIT 0).
import type { IdentityNumber } from '../src/domain/personnummer.ts';
import { DEFAULT_DEMO_SEED, demoPerson, demoPopulation } from '../src/devservices/demo-agency/demo-population.ts';
import { demoForm } from '../src/devservices/demo-agency/demo-person-context.ts';
import { HANDLER_DECIDES, keepUndecided, proposeErasure } from '../src/operations/changes/change-items.ts';
import { approveRequestDecision, proposeRequestDecision } from '../src/operations/requests/decide-request.ts';
import { mapConcurrently } from '../test/support/map-concurrently.ts';
import type { SoakStack } from './change-kill-stack.ts';

const HANDLER = 'staff:hanna';
const REVIEWER = 'staff:greta';

/** The seeded persons who hold a contact or a notification setting, in index order. */
export async function erasablePersons(stack: SoakStack, persons: number): Promise<IdentityNumber[]> {
  const contacts = await stack.demo.postgres.query<{ pnr: string }>('select distinct pnr from kontakt');
  const [settings] = await stack.demo.mariadb.query('select distinct pnr from avisering');
  const withContacts = new Set(contacts.rows.map((row) => row.pnr));
  const withSettings = new Set((settings as { pnr: string }[]).map((row) => row.pnr));
  const population = demoPopulation(DEFAULT_DEMO_SEED, persons);
  const found: IdentityNumber[] = [];
  for (let index = 0; index < persons; index += 1) {
    const person = demoPerson(population, index);
    if (withContacts.has(demoForm(person, 'pnr10')) || withSettings.has(demoForm(person, 'pnr12'))) found.push(person.id);
  }
  return found;
}

/** The case handler keeps, with one form per kind, what the plan left to them (a restricted record, a key naming no single row). */
async function keepUnsettled(stack: SoakStack, requestId: string): Promise<void> {
  const { db } = stack.fixture.deps;
  for (const reason of HANDLER_DECIDES) {
    await keepUndecided(db, stack.fixture.changework, {
      requestId, reason, ground: 'gdpr-17-3-b', actor: HANDLER, reasons: 'Uppgiften kan inte raderas säkert och prövas för sig.',
    });
  }
}

/** Registers, plans and decides one erasure request; resolves to its id. */
async function decideErasure(stack: SoakStack, subject: IdentityNumber): Promise<string> {
  const { fixture } = stack;
  const requestId = await fixture.register('erasure', subject);
  await proposeErasure(fixture.changework, { requestId, actor: HANDLER });
  await keepUnsettled(stack, requestId);
  const sent = await proposeRequestDecision(fixture.deps, { requestId, decision: { items: [] }, actor: HANDLER });
  // Kept items are refusals: a granskare other than the case handler approves the decision.
  if (sent === 'approval') await approveRequestDecision(fixture.deps, { requestId, actor: REVIEWER });
  return requestId;
}

export async function decideErasures(stack: SoakStack, subjects: readonly IdentityNumber[], concurrency: number): Promise<string[]> {
  return mapConcurrently(subjects, concurrency, (subject) => decideErasure(stack, subject));
}
