// Looks up what an access names in the catalog, with catalogue errors for anything unknown.
import type { Catalog, Dataset, Purpose } from '../catalog/catalog-types.ts';
import { InsynError } from '../domain/error-catalogue.ts';

export function resolvePurpose(catalog: Catalog, purposeId: string): Purpose {
  const purpose = catalog.purposes.find((candidate) => candidate.id === purposeId);
  if (!purpose) throw new InsynError('UNKNOWN_PURPOSE', `purpose ${purposeId}`);
  return purpose;
}

export function resolveDataset(catalog: Catalog, qualifiedId: string): Dataset {
  for (const system of catalog.systems) {
    const dataset = system.datasets.find((candidate) => candidate.qualifiedId === qualifiedId);
    if (dataset) return dataset;
  }
  throw new InsynError('UNKNOWN_DATASET', `dataset ${qualifiedId}`);
}

/** The fields asked for, or every declared field; UNKNOWN_FIELD for any the catalog lacks. */
export function resolveFields(dataset: Dataset, fields: readonly string[] | undefined): readonly string[] {
  if (!fields) return dataset.fields.map((field) => field.name);
  if (fields.length === 0) throw new InsynError('UNKNOWN_FIELD', `no fields named for ${dataset.qualifiedId}`);
  const declared = new Set(dataset.fields.map((field) => field.name));
  const unknown = fields.find((field) => !declared.has(field));
  if (unknown !== undefined) throw new InsynError('UNKNOWN_FIELD', `${dataset.qualifiedId} declares no field ${unknown}`);
  return [...new Set(fields)];
}

/** The legal basis of a purpose in the short form the processing log records. */
export function legalBasisText(purpose: Purpose): string {
  const { article6, article9, national } = purpose.legalBasis;
  return [`GDPR 6.1.${article6}`, ...(article9 ? [`GDPR 9.2.${article9}`] : []), national].join('; ').slice(0, 200);
}
