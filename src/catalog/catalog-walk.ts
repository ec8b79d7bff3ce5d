// Visits the catalog's datasets together with their system and their path in the catalog,
// and answers the look-ups the graph checks and the Art. 30 record share.
import type { CatalogPath } from './assemble-catalog.ts';
import type { Catalog, Dataset, System } from './catalog-types.ts';

export interface DatasetEntry {
  readonly system: System;
  readonly dataset: Dataset;
  /** ['systems', s, 'datasets', d] */
  readonly path: CatalogPath;
}

export function datasetEntries(catalog: Catalog): DatasetEntry[] {
  return catalog.systems.flatMap((system, s) =>
    system.datasets.map((dataset, d) => ({ system, dataset, path: ['systems', s, 'datasets', d] })));
}

/** Datasets by qualified id (`system.dataset`); the first wins when an id repeats. */
export function datasetsById(catalog: Catalog): ReadonlyMap<string, Dataset> {
  const byId = new Map<string, Dataset>();
  for (const { dataset } of datasetEntries(catalog)) {
    if (!byId.has(dataset.qualifiedId)) byId.set(dataset.qualifiedId, dataset);
  }
  return byId;
}

/** `system.dataset` of a reference target `system.dataset.field`. */
export function referencedDataset(to: string): string {
  return to.split('.').slice(0, 2).join('.');
}

/** The data categories of a dataset marked special (Art. 9 or 10), in field order, once each. */
export function specialCategories(catalog: Catalog, dataset: Dataset): string[] {
  const special = new Set(catalog.dataCategories.filter((category) => category.special).map((category) => category.id));
  return [...new Set(dataset.fields.map((field) => field.category).filter((id) => special.has(id)))];
}
