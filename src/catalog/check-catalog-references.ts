// Everything a dataset or recipient names must exist: purposes, data and subject categories,
// recipients, the dataset's own fields, and the system.dataset.field a reference points to.
import type { CatalogPath } from './assemble-catalog.ts';
import type { Catalog, Dataset } from './catalog-types.ts';
import { datasetEntries, datasetsById, type DatasetEntry } from './catalog-walk.ts';
import type { GraphFinding } from './graph-finding.ts';

interface Known {
  readonly purposes: ReadonlySet<string>;
  readonly dataCategories: ReadonlySet<string>;
  readonly subjectCategories: ReadonlySet<string>;
  readonly recipients: ReadonlySet<string>;
  readonly systems: ReadonlySet<string>;
  readonly datasets: ReadonlyMap<string, Dataset>;
}

function ids(items: readonly { readonly id: string }[]): ReadonlySet<string> {
  return new Set(items.map((item) => item.id));
}

/** `what` is a noun ("purpose") or, for a field, says whose it is. */
type What = string | ((value: string) => string);

function unknownMessage(what: What, value: string): string {
  return typeof what === 'string' ? `unknown ${what} \`${value}\`` : what(value);
}

function unknown(values: readonly string[], known: ReadonlySet<string>, path: CatalogPath, what: What): GraphFinding[] {
  return values.flatMap((value, index) =>
    known.has(value) ? [] : [{ path: [...path, index], message: unknownMessage(what, value) }]);
}

function unknownIn<T>(
  items: readonly T[], pick: (item: T) => string, known: ReadonlySet<string>, path: CatalogPath, key: string, what: What,
): GraphFinding[] {
  return items.flatMap((item, index) => {
    const value = pick(item);
    return known.has(value) ? [] : [{ path: [...path, index, key], message: unknownMessage(what, value) }];
  });
}

function ownFields({ dataset, path }: DatasetEntry): GraphFinding[] {
  const fields = new Set(dataset.fields.map((field) => field.name));
  const what = (name: string) => `unknown field \`${name}\`: ${dataset.qualifiedId} has no such field`;
  return [
    ...unknown(dataset.primaryKey, fields, [...path, 'primaryKey'], what),
    ...unknownIn(dataset.identityFields, (entry) => entry.field, fields, [...path, 'identityFields'], 'field', what),
    ...unknownIn(dataset.references, (entry) => entry.field, fields, [...path, 'references'], 'field', what),
  ];
}

function referenceTargets(known: Known, { dataset, path }: DatasetEntry): GraphFinding[] {
  return dataset.references.flatMap((reference, index) => {
    const [system = '', target = '', field = ''] = reference.to.split('.');
    const found = known.datasets.get(`${system}.${target}`);
    const problem = !known.systems.has(system) ? `unknown system \`${system}\``
      : !found ? `unknown dataset \`${system}.${target}\``
        : found.fields.some((candidate) => candidate.name === field) ? undefined
          : `unknown field \`${field}\` of ${system}.${target}`;
    return problem ? [{ path: [...path, 'references', index, 'to'], message: `reference to ${reference.to}: ${problem}` }] : [];
  });
}

function datasetFindings(known: Known, entry: DatasetEntry): GraphFinding[] {
  const { dataset, path } = entry;
  return [
    ...unknown(dataset.purposes, known.purposes, [...path, 'purposes'], 'purpose'),
    ...unknown(dataset.recipients, known.recipients, [...path, 'recipients'], 'recipient'),
    ...unknownIn(dataset.fields, (field) => field.category, known.dataCategories, [...path, 'fields'], 'category', 'data category'),
    ...unknownIn(dataset.identityFields, (entry) => entry.subjectCategory, known.subjectCategories,
      [...path, 'identityFields'], 'subjectCategory', 'subject category'),
    ...ownFields(entry),
    ...referenceTargets(known, entry),
  ];
}

export function referenceFindings(catalog: Catalog): GraphFinding[] {
  const known: Known = {
    purposes: ids(catalog.purposes),
    dataCategories: ids(catalog.dataCategories),
    subjectCategories: ids(catalog.subjectCategories),
    recipients: ids(catalog.recipients),
    systems: ids(catalog.systems),
    datasets: datasetsById(catalog),
  };
  return [
    ...catalog.recipients.flatMap((recipient, index) =>
      unknown(recipient.categories, known.dataCategories, ['recipients', index, 'categories'], 'data category')),
    ...datasetEntries(catalog).flatMap((entry) => datasetFindings(known, entry)),
  ];
}
