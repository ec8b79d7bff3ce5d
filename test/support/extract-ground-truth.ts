// The rows a register extract of one person must hold, read directly from the source systems
// (ground-truth-sources.ts) by the hand-written dataset list (ground-truth-datasets.ts): per
// dataset the rows by key, their values as text, the columns each row matched and the roles in
// which it concerns the person. The archive's answer is checked against its table read by SQL.
import { CASES_DATASET, GROUND_TRUTH_DATASETS, type GroundTruthDataset } from './ground-truth-datasets.ts';
import type { Condition, GroundTruthSources, TextRow } from './ground-truth-sources.ts';
import { storedIdentityForm } from './stored-identity-form.ts';

export interface ExpectedRow {
  readonly values: TextRow;
  /** Identity columns naming the person, and the case column when the row is on one of the person's cases. */
  readonly matchedBy: readonly string[];
  /** Subject categories, sorted: from the identity columns matched, `insured` for a row on the person's case. */
  readonly roles: readonly string[];
}

/** Dataset → key → row. */
export type ExpectedParts = ReadonlyMap<string, ReadonlyMap<string, ExpectedRow>>;

/** The role in which the person's own cases concern them (the arende identity column's category). */
const CASE_ROLE = 'insured';

function conditionsOf(spec: GroundTruthDataset, digits: string, caseIds: readonly string[], today: Date): Condition[] {
  const identity = spec.identity.map((field) => ({ column: field.column, values: [storedIdentityForm(digits, field.form, today)] }));
  return spec.caseColumn && caseIds.length > 0 ? [...identity, { column: spec.caseColumn, values: caseIds }] : identity;
}

function sameRows(a: readonly TextRow[], b: readonly TextRow[], key: string): boolean {
  const sorted = (rows: readonly TextRow[]) => JSON.stringify([...rows].sort((x, y) => String(x[key]).localeCompare(String(y[key]))));
  return sorted(a) === sorted(b);
}

async function readRows(sources: GroundTruthSources, spec: GroundTruthDataset, anyOf: readonly Condition[]): Promise<TextRow[]> {
  if (spec.source !== 'archive') return sources.select(spec.source, spec.table, spec.columns, anyOf);
  const [answered, stored] = await Promise.all([
    sources.searchArchive(spec.columns, anyOf), sources.select('postgres', spec.table, spec.columns, anyOf),
  ]);
  if (!sameRows(answered, stored, spec.key)) throw new Error(`the archive's answer differs from its ${spec.table} rows`);
  return answered;
}

function expectedRow(spec: GroundTruthDataset, values: TextRow, anyOf: readonly Condition[]): ExpectedRow {
  const matchedBy = anyOf.filter((condition) => condition.values.includes(values[condition.column] ?? '\u0000')).map((condition) => condition.column);
  const roles = new Set(spec.identity.filter((field) => matchedBy.includes(field.column)).map((field) => field.category));
  if (spec.caseColumn && matchedBy.includes(spec.caseColumn)) roles.add(CASE_ROLE);
  return { values, matchedBy: [...new Set(matchedBy)].sort(), roles: [...roles].sort() };
}

async function readDataset(
  sources: GroundTruthSources, spec: GroundTruthDataset, digits: string, caseIds: readonly string[], today: Date,
): Promise<Map<string, ExpectedRow>> {
  const anyOf = conditionsOf(spec, digits, caseIds, today);
  const rows = new Map<string, ExpectedRow>();
  for (const values of await readRows(sources, spec, anyOf)) {
    const key = values[spec.key];
    if (key === null || key === undefined || rows.has(key)) throw new Error(`${spec.dataset}: a key is missing or repeated in the source`);
    rows.set(key, expectedRow(spec, values, anyOf));
  }
  return rows;
}

/** What the extract of the person with these 12 digits must hold, dataset by dataset. */
export async function expectedParts(sources: GroundTruthSources, digits: string, today: Date = new Date()): Promise<ExpectedParts> {
  const casesSpec = GROUND_TRUTH_DATASETS.find((spec) => spec.dataset === CASES_DATASET)!;
  const cases = await readDataset(sources, casesSpec, digits, [], today);
  const caseIds = [...cases.keys()];
  const others = GROUND_TRUTH_DATASETS.filter((spec) => spec !== casesSpec);
  const read = await Promise.all(others.map(async (spec) => [spec.dataset, await readDataset(sources, spec, digits, caseIds, today)] as const));
  return new Map([[CASES_DATASET, cases], ...read]);
}
