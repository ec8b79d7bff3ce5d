// What the restriction register (Art. 18, R20) means for a read: a whole dataset of the person
// restricted refuses the read, restricted records are left out, unless the read names an Art. 18(2)
// ground (itself, or through its purpose's `whileRestricted`); the ground is logged. Records are
// named by a keyed hash of their key, so the register never holds a key (which can be a personnummer).
import type { Purpose } from '../catalog/catalog-types.ts';
import type { Row } from '../connectors/connector.ts';
import type { RestrictionGround } from '../domain/restriction.ts';

export interface ActiveRestrictions {
  readonly whole: boolean;
  readonly records: ReadonlySet<string>;
}

/** The access layer's view of the restriction register. */
export interface RestrictionPort {
  active(subjectKey: string, dataset: string): Promise<ActiveRestrictions>;
  /** The keyed hash the register names a record by (see recordHash). */
  readonly keyed: (text: string) => string;
}

export const NO_RESTRICTIONS: ActiveRestrictions = Object.freeze({ whole: false, records: new Set<string>() });

/** The keyed hash that names a record in the register: the dataset and its key values as text. */
export function recordHash(keyed: (text: string) => string, dataset: string, primaryKey: readonly string[], row: Row): string {
  const values = primaryKey.map((name) => (row[name] === null || row[name] === undefined ? null : String(row[name]).trimEnd()));
  return keyed(`record\u0000${dataset}\u0000${JSON.stringify(values)}`);
}

export function groundFor(purpose: Purpose, requested: RestrictionGround | undefined): RestrictionGround | undefined {
  return requested ?? purpose.whileRestricted;
}

export function isRestricted(restrictions: ActiveRestrictions): boolean {
  return restrictions.whole || restrictions.records.size > 0;
}
