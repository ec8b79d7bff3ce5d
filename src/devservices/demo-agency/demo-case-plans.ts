// Which cases a demo person has: how many, about which benefits, opened when, decided how.
// The rows that follow from a plan (payments, certificates, documents …) are written by
// demo-case-rows.ts.

import { ADULT_BENEFITS, BENEFITS, CHILD_BENEFITS, type Benefit } from './demo-benefits.ts';
import { DEMO_REFERENCE_DAY } from './demo-calendar.ts';
import { personaIndex, type PersonaRole } from './demo-persona-specs.ts';
import type { DemoPerson } from './demo-population.ts';
import type { DemoRandom } from './demo-random.ts';
import { CHILD_STATEMENTS } from './demo-words.ts';

export type Decision = 'bifall' | 'delvis bifall' | 'avslag';

export interface CasePlan {
  readonly benefit: Benefit;
  readonly opened: number;
  readonly closed: number | null;
  readonly decision: Decision | null;
  readonly status: string;
  readonly automated: string | null;
  readonly childStatement: string | null;
  readonly draft: boolean;
  /** Persona index of the certifying doctor or employer contact, when forced. */
  readonly doctor?: number;
  readonly employerContact?: number;
}

interface PlanOptions {
  readonly open?: boolean;
  readonly decision?: Decision;
  readonly childStatement?: boolean;
  readonly draft?: boolean;
  readonly doctor?: number;
  readonly employerContact?: number;
}

function pickDecision(random: DemoRandom): Decision {
  const roll = random.next();
  if (roll < 0.75) return 'bifall';
  return roll < 0.85 ? 'delvis bifall' : 'avslag';
}

export function planCase(random: DemoRandom, benefit: Benefit, options: PlanOptions = {}): CasePlan {
  const recent = options.open ?? random.chance(0.12);
  const opened = DEMO_REFERENCE_DAY - (recent ? random.int(1, 120) : random.int(121, 2900));
  const open = options.open ?? (recent && random.chance(0.7));
  const decision = open ? null : options.decision ?? pickDecision(random);
  const closed = open ? null : Math.min(DEMO_REFERENCE_DAY, opened + random.int(14, 120));
  const automated = benefit.automated && decision && random.chance(0.8) ? benefit.automated : null;
  const draftChance = open && random.chance(0.5);
  return {
    benefit, opened, closed, decision, automated,
    status: open ? random.pick(['inkommen', 'under utredning']) : 'avslutat',
    childStatement: options.childStatement ? random.pick(CHILD_STATEMENTS) : null,
    draft: options.draft ?? draftChance,
    ...(options.doctor === undefined ? {} : { doctor: options.doctor }),
    ...(options.employerContact === undefined ? {} : { employerContact: options.employerContact }),
  };
}

function pickBenefit(random: DemoRandom, person: DemoPerson): Benefit {
  const fitting = ADULT_BENEFITS.filter((benefit) => person.age >= benefit.minAge && person.age <= benefit.maxAge
    && (benefit !== BENEFITS.graviditetspenning || person.female));
  const choices = fitting.length > 0 ? fitting : [BENEFITS.assistansersattning];
  let roll = random.next() * choices.reduce((sum, benefit) => sum + benefit.weight, 0);
  for (const benefit of choices) {
    roll -= benefit.weight;
    if (roll < 0) return benefit;
  }
  return choices[choices.length - 1] as Benefit;
}

function adultCaseCount(random: DemoRandom, person: DemoPerson): number {
  if (person.heavy) return random.int(120, 250);
  const roll = random.next();
  if (roll < 0.25) return 0;
  if (roll < 0.5) return 1;
  if (roll < 0.7) return 2;
  if (roll < 0.85) return 3;
  return random.int(4, 6);
}

const PERSONA_PLANS: Partial<Record<PersonaRole, (random: DemoRandom) => readonly CasePlan[]>> = {
  ordinaryAdult: (random) => [planCase(random, BENEFITS.sjukpenning, {
    open: false, decision: 'bifall', doctor: personaIndex('doctor'), employerContact: personaIndex('employerContact'),
  })],
  sekretessmarkering: (random) => [planCase(random, BENEFITS.bostadsbidrag, { open: false, decision: 'bifall' })],
  skyddadFolkbokforing: (random) => [planCase(random, BENEFITS.foraldrapenning, { open: false, decision: 'bifall' })],
  fingeradePersonuppgifter: (random) => [planCase(random, BENEFITS.vab, { open: false, decision: 'bifall' })],
  samordningsnummer: (random) => [planCase(random, BENEFITS.foraldrapenning, { open: false, decision: 'bifall' })],
  guardian: (random) => [planCase(random, BENEFITS.barnbidrag, { open: false, decision: 'bifall' })],
  child: (random) => [planCase(random, BENEFITS.merkostnadsersattning, { open: false, decision: 'bifall', childStatement: true })],
  draftAndNote: (random) => [planCase(random, BENEFITS.sjukpenning, { open: true, draft: true })],
  centenarian: (random) => [planCase(random, BENEFITS.assistansersattning, { open: false, decision: 'bifall' })],
};

/** Every case plan of one person: the persona's own first, then random ones. */
export function planCases(random: DemoRandom, person: DemoPerson, role: PersonaRole | undefined): CasePlan[] {
  const plans = [...(role ? PERSONA_PLANS[role]?.(random) ?? [] : [])];
  if (person.age < 18) {
    if (!role && person.age >= 12 && random.chance(0.03)) {
      plans.push(planCase(random, random.pick(CHILD_BENEFITS), { childStatement: true }));
    }
    return plans;
  }
  const count = adultCaseCount(random, person);
  for (let n = 0; n < count; n += 1) plans.push(planCase(random, pickBenefit(random, person)));
  return plans;
}
