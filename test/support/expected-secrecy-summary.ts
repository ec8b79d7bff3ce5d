// What an extract's model must say about a secrecy review (the contract in
// src/documents/extract-model.ts): withheld records counted per dataset (`system.dataset`, with
// its name) and kind, redacted fields per dataset, field name and kind, each with its legal
// ground; withheld records gone from the data, redacted fields gone from their record and named
// in its `redacted` list. Legal grounds are written here by hand.
import type { Catalog, SecrecyClass } from '../../src/catalog/catalog-types.ts';
import type { ExtractItem, ExtractModel } from '../../src/documents/extract-model.ts';
import type { PlannedDecision } from './secrecy-review-plan.ts';

export interface ExpectedSecrecySummary {
  /** `dataset|kind|count`, sorted. */
  readonly withheld: readonly string[];
  /** `dataset|field|kind|count`, sorted. */
  readonly redacted: readonly string[];
  readonly datasetNames: ReadonlyMap<string, string>;
  readonly primaryKeys: ReadonlyMap<string, readonly string[]>;
}

/** The provision each kind's legal ground must cite (Swedish extract). */
const GROUND: Readonly<Record<Exclude<SecrecyClass, 'none'>, string>> = {
  'third-party': '28 kap. 1 § offentlighets- och sekretesslagen',
  'protected-address': '21 kap. 3 § offentlighets- och sekretesslagen',
  'draft-or-note': '5 kap. 2 §',
  'child-against-guardian': '12 kap. 3 § offentlighets- och sekretesslagen',
};

function counted(keys: readonly string[]): string[] {
  const counts = new Map<string, number>();
  for (const key of keys) counts.set(key, (counts.get(key) ?? 0) + 1);
  return [...counts].map(([key, count]) => `${key}|${count}`).sort();
}

export function expectedSecrecySummary(catalog: Catalog, plan: readonly PlannedDecision[]): ExpectedSecrecySummary {
  const datasets = catalog.systems.flatMap((system) => system.datasets);
  const names = new Map(datasets.map((dataset) => [dataset.qualifiedId, dataset.name.sv]));
  const primaryKeys = new Map(datasets.map((dataset) => [dataset.qualifiedId, dataset.primaryKey]));
  const withheld = plan.filter(({ decision }) => decision.decision === 'withhold').map(({ dataset, decision }) => `${dataset}|${decision.kind}`);
  const redacted = plan.flatMap(({ dataset, decision }) => (decision.decision === 'redact'
    ? decision.fields.map((field) => `${dataset}|${field}|${decision.kind}`) : []));
  return { withheld: counted(withheld), redacted: counted(redacted), datasetNames: names, primaryKeys };
}

function groundProblems(entries: readonly { kind: SecrecyClass; ground: string }[], list: string): string[] {
  return entries.flatMap((entry) => {
    const cited = GROUND[entry.kind as Exclude<SecrecyClass, 'none'>];
    return cited && entry.ground.includes(cited) ? [] : [`secrecy.${list}: the ground for ${entry.kind} does not cite ${cited ?? 'a provision'}`];
  });
}

function summaryProblems(model: ExtractModel, expected: ExpectedSecrecySummary): string[] {
  const { withheld, redacted } = model.secrecy;
  const problems = [...groundProblems(withheld, 'withheld'), ...groundProblems(redacted, 'redacted')];
  const actualWithheld = withheld.map((entry) => `${entry.dataset}|${entry.kind}|${entry.count}`).sort();
  const actualRedacted = redacted.map((entry) => `${entry.dataset}|${entry.field}|${entry.kind}|${entry.count}`).sort();
  if (JSON.stringify(actualWithheld) !== JSON.stringify(expected.withheld)) {
    problems.push(`secrecy.withheld is [${actualWithheld.join('; ')}], expected [${expected.withheld.join('; ')}]`);
  }
  if (JSON.stringify(actualRedacted) !== JSON.stringify(expected.redacted)) {
    problems.push(`secrecy.redacted is [${actualRedacted.join('; ')}], expected [${expected.redacted.join('; ')}]`);
  }
  for (const entry of withheld) {
    const name = expected.datasetNames.get(entry.dataset);
    if (entry.datasetName !== undefined && entry.datasetName !== name) problems.push(`secrecy.withheld: ${entry.dataset} named ${entry.datasetName}`);
  }
  return problems;
}

/** A redacted record keeps its key unless the key was redacted: then it is shown by number. */
function redactedItemProblems(dataset: string, decision: { readonly fields: readonly string[]; readonly kind: SecrecyClass }, item: ExtractItem): string[] {
  const problems = decision.fields.filter((field) => field in item.values).map((field) => `${dataset}: redacted ${field} still has a value`);
  const listed = item.redacted.map((entry) => `${entry.field}|${entry.kind}`).sort();
  const wanted = decision.fields.map((field) => `${field}|${decision.kind}`).sort();
  if (JSON.stringify(listed) !== JSON.stringify(wanted)) problems.push(`${dataset}: the record lists redactions [${listed.join(', ')}], expected [${wanted.join(', ')}]`);
  return problems;
}

function itemProblems(model: ExtractModel, expected: ExpectedSecrecySummary, plan: readonly PlannedDecision[]): string[] {
  const datasets = new Map(model.systems.flatMap((system) => system.datasets).map((dataset) => [dataset.id, dataset]));
  return plan.flatMap(({ dataset, itemKey, decision }) => {
    const items = datasets.get(dataset)?.items ?? [];
    const item = items.find((candidate) => candidate.key === itemKey);
    if (decision.decision === 'withhold') return item ? [`${dataset}: a withheld record is shown`] : [];
    const keyRedacted = (expected.primaryKeys.get(dataset) ?? []).some((field) => decision.fields.includes(field));
    if (keyRedacted && item) return [`${dataset}: a record whose key was redacted is shown under its key`];
    const shown = item ?? items.find((candidate) => decision.fields.every((field) => candidate.redacted.some((entry) => entry.field === field)));
    return shown ? redactedItemProblems(dataset, decision, shown) : [`${dataset}: a redacted record is missing`];
  });
}

/** Everything the model gets wrong about the review; [] when it is right. */
export function modelSecrecyProblems(model: ExtractModel, expected: ExpectedSecrecySummary, plan: readonly PlannedDecision[]): string[] {
  return [...summaryProblems(model, expected), ...itemProblems(model, expected, plan)];
}
