// The rows one case brings with it: the case (arende), a draft while it is open, employer
// details, medical certificates, documents in the archive, and payments after a decision.

import { DEMO_REFERENCE_DAY, isoDate } from './demo-calendar.ts';
import type { CasePlan } from './demo-case-plans.ts';
import { DEMO_IDENTITY_FORMS as FORMS } from './demo-identity-forms.ts';
import { demoForm, type PersonContext } from './demo-person-context.ts';
import { PERSONA_COUNT, personaIndex } from './demo-persona-specs.ts';
import { demoPerson, pickFromPool, type DemoPerson } from './demo-population.ts';
import { hash32 } from './demo-random.ts';
import { CARE_UNITS, DIAGNOSES, DRAFT_TEXTS, EMPLOYERS } from './demo-words.ts';

const PHONE_SALT = 0x2545f491;

function fullName(person: DemoPerson): string {
  return `${person.givenName} ${person.familyName}`;
}

/** A stable work phone number for an employer's contact person. */
function phoneOf(context: PersonContext, contact: DemoPerson): string {
  const digits = String(hash32(context.population.seedHash, contact.index, PHONE_SALT) % 10_000_000).padStart(7, '0');
  return `070-${digits.slice(0, 3)} ${digits.slice(3, 5)} ${digits.slice(5)}`;
}

function writeDocument(context: PersonContext, caseId: number, day: number, title: string, type: string): void {
  context.sink.row('dokument', [
    context.nextId('dokument'), context.form(FORMS['dokument.pnr']), caseId, title, type, isoDate(day),
  ]);
}

function writeEmployerEntry(context: PersonContext, plan: CasePlan, caseId: number): void {
  const { random, population } = context;
  const contact = plan.employerContact === undefined
    ? pickFromPool(population, random, 'employerContact', personaIndex('employerContact'))
    : demoPerson(population, plan.employerContact);
  context.sink.row('arende_arbetsgivare', [
    context.nextId('arende_arbetsgivare'), caseId, random.pick(EMPLOYERS), demoForm(contact, FORMS['arende_arbetsgivare.contact_pnr']),
    fullName(contact), phoneOf(context, contact), random.int(220, 650) * 100,
  ]);
}

function writeCertificates(context: PersonContext, plan: CasePlan, caseId: number): void {
  const { random, population } = context;
  const count = random.int(1, 2);
  for (let n = 0; n < count; n += 1) {
    const doctor = plan.doctor === undefined
      ? pickFromPool(population, random, 'doctor', personaIndex('doctor'))
      : demoPerson(population, plan.doctor);
    const from = Math.min(DEMO_REFERENCE_DAY - 2, plan.opened - random.int(0, 10) + n * 30);
    const [code, assessment] = random.pick(DIAGNOSES);
    context.sink.row('intyg', [
      context.nextId('intyg'), caseId, context.form(FORMS['intyg.patient_pnr']), demoForm(doctor, FORMS['intyg.doctor_pnr']), fullName(doctor),
      CARE_UNITS[doctor.index % CARE_UNITS.length] as string, code, assessment, isoDate(from), isoDate(from + random.int(14, 90)),
    ]);
    writeDocument(context, caseId, from + 2, 'Läkarintyg', 'intyg');
  }
}

function writePayments(context: PersonContext, plan: CasePlan, caseId: number, account: string): void {
  const { random, person } = context;
  if (plan.closed === null || plan.decision === null || plan.decision === 'avslag') return;
  // The heavy persona is the person with the most records (about 5,000 payments, 100+ pages):
  // every one of its cases pays out weekly for half a year. Other heavy persons have many cases.
  const heaviest = person.heavy && person.index < PERSONA_COUNT;
  const max = heaviest ? 36 : person.heavy ? Math.min(3, plan.benefit.maxPayments) : plan.benefit.maxPayments;
  const share = plan.decision === 'delvis bifall' ? 0.5 : 1;
  const [low, high] = plan.benefit.amount;
  const count = heaviest ? max : random.int(1, max);
  for (let n = 0; n < count; n += 1) {
    const day = plan.closed + 5 + n * (heaviest ? 7 : 30);
    if (day > DEMO_REFERENCE_DAY) return;
    context.sink.row('utbetalning', [
      context.nextId('utbetalning'), context.form(FORMS['utbetalning.pnr']), caseId,
      Math.round(random.int(low, high) * share / 10) * 10, isoDate(day), account, 0,
    ]);
  }
}

/** Writes the case and everything that hangs off it. */
export function writeCase(context: PersonContext, plan: CasePlan, account: string): void {
  const { random, sink, person } = context;
  const caseId = context.nextId('arende');
  const { benefit } = plan;
  sink.row('arende', [
    caseId, context.form(FORMS['arende.pnr']), benefit.name, plan.status, isoDate(plan.opened),
    plan.closed === null ? null : isoDate(plan.closed), plan.decision, plan.automated, plan.childStatement,
  ]);
  writeDocument(context, caseId, plan.opened, `Ansökan om ${benefit.name}`, 'ansökan');
  if (plan.draft) {
    sink.row('arende_utkast', [
      context.nextId('arende_utkast'), caseId, isoDate(random.int(plan.opened, DEMO_REFERENCE_DAY)), random.pick(DRAFT_TEXTS),
    ]);
  }
  if (benefit.employer && person.age <= 66) writeEmployerEntry(context, plan, caseId);
  if (benefit.certificate) writeCertificates(context, plan, caseId);
  if (random.chance(0.25)) {
    writeDocument(context, caseId, Math.min(DEMO_REFERENCE_DAY, plan.opened + random.int(3, 20)), 'Komplettering', 'inkommen handling');
  }
  if (plan.closed !== null) writeDocument(context, caseId, plan.closed, `Beslut om ${benefit.name}`, 'beslut');
  writePayments(context, plan, caseId, account);
}
