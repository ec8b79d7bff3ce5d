// What the restriction register (Art. 18, R20) means for a read. A whole dataset of the person
// restricted refuses the read; restricted records are left out of any read, whoever is read (a
// record restricted for its owner stays restricted when someone it names is read), unless the read
// names an Art. 18(2) ground (itself, or through its purpose's `whileRestricted`); the ground is
// logged and the rows it let through are marked. Records are named by a keyed hash of their key
// exactly as the source holds it, so the register never holds a key (which can be a personnummer).
// A source system that marks restricted records itself (the catalog's `restriction` field) is
// heeded the same way: a row whose field holds the mark is restricted, whoever set it.
import type { Dataset, Purpose } from '../catalog/catalog-types.ts';
import type { Row } from '../connectors/connector.ts';
import type { RestrictionGround } from '../domain/restriction.ts';

/** The access layer's view of the restriction register. */
export interface RestrictionPort {
  /** Whether every record of the person in the dataset is restricted. */
  wholeDataset(subjectKey: string, dataset: string): Promise<boolean>;
  /** Which of these record hashes of the dataset are restricted (for anyone). */
  restrictedAmong(dataset: string, hashes: readonly string[]): Promise<ReadonlySet<string>>;
  /** The keyed hash the register names a record by (see recordHash). */
  readonly keyed: (text: string) => string;
}

/** The keyed hash that names a record: the dataset and its key values exactly as read. */
export function recordHash(keyed: (text: string) => string, dataset: string, primaryKey: readonly string[], row: Row): string {
  const values = primaryKey.map((name) => (row[name] === null || row[name] === undefined ? null : String(row[name])));
  return keyed(`record\u0000${dataset}\u0000${JSON.stringify(values)}`);
}

/** Whether the source system marks the row restricted: the dataset's restriction field holds its value (as text, trailing blanks aside). */
export function sourceRestricted(dataset: Dataset, row: Row): boolean {
  const mark = dataset.restriction;
  const value = mark ? row[mark.field] : undefined;
  return mark !== undefined && value !== null && value !== undefined && String(value).trimEnd() === mark.value.trimEnd();
}

export function groundFor(purpose: Purpose, requested: RestrictionGround | undefined): RestrictionGround | undefined {
  return requested ?? purpose.whileRestricted;
}
