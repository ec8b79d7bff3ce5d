// The plan for collecting everything held on one person: from the catalog's identity fields and
// references, which datasets to read, by which identity fields (every role the person can have)
// and through which references to records read before. Datasets in one stage are independent
// and read in parallel; a stage needs the keys found in earlier ones. References are followed
// from the referenced record to the records pointing at it (a case → its payments), never the
// other way: a doctor's certificate points at the patient's case, which is not the doctor's.
import type { Catalog, Dataset, IdentityField } from '../catalog/catalog-types.ts';
import { InsynError } from '../domain/error-catalogue.ts';

export interface PlanVia {
  /** The referencing field in this dataset. */
  readonly field: string;
  /** The referenced dataset (`system.dataset`), collected in an earlier stage. */
  readonly from: string;
  /** The referenced field whose values are followed. */
  readonly key: string;
}

export interface PlanStep {
  readonly dataset: Dataset;
  readonly identityFields: readonly IdentityField[];
  readonly via: readonly PlanVia[];
  readonly stage: number;
}

export interface CollectionPlan {
  readonly purpose: string;
  readonly stages: readonly (readonly PlanStep[])[];
}

function viaOf(dataset: Dataset, included: ReadonlyMap<string, Dataset>): PlanVia[] {
  return dataset.references.flatMap((reference) => {
    const [system, target, key] = reference.to.split('.');
    const from = `${system}.${target}`;
    return included.has(from) && key ? [{ field: reference.field, from, key }] : [];
  });
}

function stagesOf(datasets: ReadonlyMap<string, Dataset>): Map<string, number> {
  const stage = new Map<string, number>();
  const visiting = new Set<string>();
  const visit = (id: string): number => {
    const known = stage.get(id);
    if (known !== undefined) return known;
    if (visiting.has(id)) throw new InsynError('CATALOG_INVALID', `references form a cycle through ${id}`);
    visiting.add(id);
    const parents = viaOf(datasets.get(id)!, datasets).map((via) => visit(via.from));
    visiting.delete(id);
    const value = parents.length === 0 ? 0 : Math.max(...parents) + 1;
    stage.set(id, value);
    return value;
  };
  for (const id of datasets.keys()) visit(id);
  return stage;
}

/** Every personal-data dataset, staged; CATALOG_INVALID if one does not allow `purpose`. */
export function planCollection(catalog: Catalog, purpose: string): CollectionPlan {
  const datasets = new Map(catalog.systems.flatMap((system) => system.datasets)
    .filter((dataset) => dataset.personalData).map((dataset) => [dataset.qualifiedId, dataset]));
  const missing = [...datasets.values()].filter((dataset) => !dataset.purposes.includes(purpose));
  if (missing.length > 0) {
    throw new InsynError('CATALOG_INVALID', `purpose ${purpose} is not allowed for ${missing.map((dataset) => dataset.qualifiedId).join(', ')}, so requests could not be answered completely`);
  }
  const stage = stagesOf(datasets);
  const steps = [...datasets.values()].map((dataset) => ({
    dataset, identityFields: dataset.identityFields, via: viaOf(dataset, datasets), stage: stage.get(dataset.qualifiedId)!,
  })).filter((step) => step.identityFields.length > 0 || step.via.length > 0);
  const count = Math.max(-1, ...steps.map((step) => step.stage)) + 1;
  const stages = Array.from({ length: count }, (_, index) => steps.filter((step) => step.stage === index));
  return { purpose, stages };
}
