// Where generated rows go: the seeder encodes them for a bulk load, tests collect them.
import type { DemoTableName } from './demo-tables.ts';

export type DemoValue = string | number | boolean | null;

export interface DemoRowSink {
  /** One row, values in the table's column order (demo-tables.ts). */
  row(table: DemoTableName, values: readonly DemoValue[]): void;
}

/** Record ids per person and table: index × 8192 + ordinal, unique without coordination. */
export const IDS_PER_PERSON = 8192;

export function recordId(personIndex: number, ordinal: number): number {
  if (ordinal >= IDS_PER_PERSON) throw new TypeError('too many records of one kind for one person');
  return personIndex * IDS_PER_PERSON + ordinal;
}

/** The person index a record id belongs to. */
export function recordOwner(id: number): number {
  return Math.floor(id / IDS_PER_PERSON);
}
