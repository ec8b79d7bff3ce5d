// What the row writers share while they generate one person's rows: the person, its random
// stream, its identity number in every storage form, and per-table id counters.

import { formatIdentityNumber, type IdentityForm } from '../../domain/personnummer.ts';
import { DEMO_REFERENCE_DATE } from './demo-calendar.ts';
import type { DemoPerson, DemoPopulation } from './demo-population.ts';
import type { DemoRandom } from './demo-random.ts';
import { recordId, type DemoRowSink } from './demo-row-sink.ts';
import type { DemoTableName } from './demo-tables.ts';

/** Forms are written as on the reference day, so '+' never depends on the clock. */
const referenceDate = new Date(`${DEMO_REFERENCE_DATE}T12:00:00Z`);

export function demoForm(person: DemoPerson, form: IdentityForm): string {
  return formatIdentityNumber(person.id, form, { referenceDate });
}

export interface PersonContext {
  readonly population: DemoPopulation;
  readonly person: DemoPerson;
  readonly random: DemoRandom;
  readonly sink: DemoRowSink;
  nextId(table: DemoTableName): number;
  /** The person's own number in a storage form (computed once per form). */
  form(form: IdentityForm): string;
}

export function personContext(
  population: DemoPopulation, person: DemoPerson, random: DemoRandom, sink: DemoRowSink,
): PersonContext {
  const ordinals = new Map<DemoTableName, number>();
  const forms = new Map<IdentityForm, string>();
  return {
    population, person, random, sink,
    form: (form) => {
      let written = forms.get(form);
      if (written === undefined) forms.set(form, (written = demoForm(person, form)));
      return written;
    },
    nextId: (table) => {
      const ordinal = ordinals.get(table) ?? 0;
      ordinals.set(table, ordinal + 1);
      return recordId(person.index, ordinal);
    },
  };
}
