// All rows of one demo person across the eight systems, from (seed, index) alone: any range
// of persons can be generated on its own, in any order, with the same result.

import { planCases } from './demo-case-plans.ts';
import { writeCase } from './demo-case-rows.ts';
import { writeContacts, writeDisclosures } from './demo-contact-rows.ts';
import { writeNotificationSettings } from './demo-notification-rows.ts';
import { personContext } from './demo-person-context.ts';
import { personaSpecs } from './demo-persona-specs.ts';
import { demoPerson, type DemoPopulation } from './demo-population.ts';
import { createRandom } from './demo-random.ts';
import { writePersonRow, writeRelations } from './demo-registry-rows.ts';
import type { DemoRowSink } from './demo-row-sink.ts';

export function writePersonRows(population: DemoPopulation, index: number, sink: DemoRowSink): void {
  const person = demoPerson(population, index);
  const random = createRandom(population.seedHash, index, 'records');
  const context = personContext(population, person, random, sink);
  const role = personaSpecs[index]?.role;
  writePersonRow(context);
  writeRelations(context, role);
  const account = String(random.int(0, 9999)).padStart(4, '0');
  for (const plan of planCases(random, person, role)) writeCase(context, plan, account);
  writeContacts(context, role);
  writeDisclosures(context, role);
  writeNotificationSettings(context, role);
}

/** The rows of persons [from, to). */
export function writeDemoRows(population: DemoPopulation, from: number, to: number, sink: DemoRowSink): void {
  for (let index = from; index < to; index += 1) writePersonRows(population, index, sink);
}
