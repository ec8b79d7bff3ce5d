// Turns a read request into what the catalog allows: purpose, dataset, fields, identity
// fields. Anything unknown or not allowed is a catalogue error, raised before any access.
import type { Catalog, Dataset, IdentityField, Purpose } from '../catalog/catalog-types.ts';
import { InsynError } from '../domain/error-catalogue.ts';
import { formatIdentityNumber, type IdentityNumber } from '../domain/personnummer.ts';
import { resolveDataset, resolveFields, resolvePurpose } from './resolve-dataset.ts';

export interface ResolvedRead {
  readonly purpose: Purpose;
  readonly dataset: Dataset;
  readonly fields: readonly string[];
  readonly identity: readonly IdentityField[];
}

interface ReadNames {
  readonly purpose: string;
  readonly dataset: string;
  readonly fields?: readonly string[];
  readonly identityFields?: readonly string[];
  readonly via?: readonly { readonly field: string }[];
}

function identityFieldsOf(dataset: Dataset, names: readonly string[] | undefined, hasVia: boolean): readonly IdentityField[] {
  if (hasVia && names === undefined) return dataset.identityFields;
  if (hasVia && names?.length === 0) return [];
  if (dataset.identityFields.length === 0) {
    throw new InsynError('UNKNOWN_FIELD', `${dataset.qualifiedId} has no identity field to read a person by`);
  }
  if (!names) return dataset.identityFields;
  return names.map((name) => {
    const field = dataset.identityFields.find((candidate) => candidate.field === name);
    if (!field) throw new InsynError('UNKNOWN_FIELD', `${dataset.qualifiedId} has no identity field ${name}`);
    return field;
  });
}

export function resolveRead(catalog: Catalog, request: ReadNames): ResolvedRead {
  const purpose = resolvePurpose(catalog, request.purpose);
  const dataset = resolveDataset(catalog, request.dataset);
  const fields = resolveFields(dataset, request.fields);
  const identity = identityFieldsOf(dataset, request.identityFields, (request.via?.length ?? 0) > 0);
  for (const condition of request.via ?? []) {
    if (!dataset.references.some((reference) => reference.field === condition.field)) {
      throw new InsynError('UNKNOWN_FIELD', `${dataset.qualifiedId} declares no reference ${condition.field}`);
    }
  }
  if (!dataset.purposes.includes(purpose.id)) {
    throw new InsynError('PURPOSE_NOT_ALLOWED', `purpose ${purpose.id} is not allowed for ${dataset.qualifiedId}`);
  }
  return { purpose, dataset, fields, identity };
}

/**
 * The number in the form the system stores it. Only the current form: a legacy 10-digit row
 * written with '-' before the person turned 100 also names whoever was born 100 years later
 * with the same digits, so reading it could hand out another person's data.
 */
export function storedForms(subject: IdentityNumber, field: IdentityField): string[] {
  return [formatIdentityNumber(subject, field.form)];
}
