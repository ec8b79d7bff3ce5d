// Rules for what Insyn writes in a source system besides a correction: the field where the source
// marks a record restricted (Art. 18) and the fields an anonymising erasure clears (Art. 17). Both
// name fields of the dataset; neither may touch what names the record (the primary key), and a
// restriction mark may not be anything a person or a correction could change. An anonymised record
// no longer names whom it was about: its first identity field is among the fields cleared.
import type { CatalogPath } from './assemble-catalog.ts';
import type { Catalog, Dataset } from './catalog-types.ts';
import { datasetEntries, type DatasetEntry } from './catalog-walk.ts';
import type { GraphFinding } from './graph-finding.ts';

/** The erasure rule as written: the schema lets any of its keys appear on either rule. */
interface ErasureYaml {
  readonly rule: string;
  readonly method?: string;
  readonly fields?: readonly string[];
  readonly values?: Readonly<Record<string, string>>;
}

const unknownField = (dataset: Dataset, name: string) => `unknown field \`${name}\`: ${dataset.qualifiedId} has no such field`;

function restrictionFindings({ dataset, path }: DatasetEntry): GraphFinding[] {
  const restriction = dataset.restriction;
  if (!restriction) return [];
  const at: CatalogPath = [...path, 'restriction'];
  const field = dataset.fields.find((candidate) => candidate.name === restriction.field);
  const naming = new Set([...dataset.primaryKey, ...dataset.identityFields.map((entry) => entry.field), ...dataset.references.map((entry) => entry.field)]);
  const findings: GraphFinding[] = [];
  if (!dataset.personalData) findings.push({ path: at, at: 'key', message: `${dataset.qualifiedId} holds no personal data: there is nothing to restrict` });
  if (!field) findings.push({ path: [...at, 'field'], message: unknownField(dataset, restriction.field) });
  else if (naming.has(field.name)) {
    findings.push({ path: [...at, 'field'], message: `${dataset.qualifiedId}.${field.name} names the record or a person (primaryKey, identity or reference field) and cannot mark a restriction` });
  } else if (field.changeable === true) {
    findings.push({ path: [...at, 'field'], message: `${dataset.qualifiedId}.${field.name} is changeable: a correction could lift the restriction; the restriction field cannot be changeable` });
  }
  if (restriction.clearedValue === restriction.value) {
    findings.push({ path: [...at, 'clearedValue'], message: '`clearedValue` must differ from `value` (the value that marks a record restricted)' });
  }
  return findings;
}

function misplacedKeys(erasure: ErasureYaml, at: CatalogPath): GraphFinding[] {
  if (erasure.rule === 'retained') {
    return (['method', 'fields', 'values'] as const).filter((key) => erasure[key] !== undefined).map((key) => ({
      path: [...at, key], at: 'key' as const, message: `\`${key}\` applies only to erasure rule "erasable" (a retained record is not erased)`,
    }));
  }
  if (erasure.method === 'anonymise') return erasure.fields ? [] : [{ path: at, message: 'erasure method "anonymise" needs `fields` (the fields cleared)' }];
  return (['fields', 'values'] as const).filter((key) => erasure[key] !== undefined).map((key) => ({
    path: [...at, key], at: 'key' as const, message: `\`${key}\` applies only to erasure method "anonymise"`,
  }));
}

/** Each anonymised field is one of the dataset's, not a key part and not the restriction mark. */
function anonymisedFieldFindings(dataset: Dataset, fields: readonly string[], at: CatalogPath): GraphFinding[] {
  return fields.flatMap((name, index): GraphFinding[] => {
    const path = [...at, 'fields', index];
    if (!dataset.fields.some((field) => field.name === name)) return [{ path, message: unknownField(dataset, name) }];
    if (dataset.primaryKey.includes(name)) return [{ path, message: `${dataset.qualifiedId}.${name} is part of the primaryKey that names the record: it cannot be anonymised` }];
    if (dataset.restriction?.field === name) return [{ path, message: `${dataset.qualifiedId}.${name} is the restriction field, not personal data to anonymise` }];
    return [];
  });
}

function anonymiseFindings({ dataset, path }: DatasetEntry): GraphFinding[] {
  const erasure = dataset.erasure as ErasureYaml;
  const at: CatalogPath = [...path, 'erasure'];
  const findings = misplacedKeys(erasure, at);
  if (erasure.rule !== 'erasable' || erasure.method !== 'anonymise' || !erasure.fields) return findings;
  findings.push(...anonymisedFieldFindings(dataset, erasure.fields, at));
  const owner = dataset.identityFields[0]?.field;
  if (owner === undefined) {
    findings.push({ path: [...at, 'method'], message: `${dataset.qualifiedId} has no identity field that names whom a record is about: there is no one to anonymise it for` });
  } else if (!erasure.fields.includes(owner)) {
    findings.push({ path: [...at, 'fields'], message: `anonymising must clear \`${owner}\`, the identity field that names whom a record is about: a record that still names the person is not anonymous` });
  }
  for (const name of Object.keys(erasure.values ?? {})) {
    if (!erasure.fields.includes(name)) findings.push({ path: [...at, 'values', name], at: 'key', message: `\`${name}\` is not among the anonymised \`fields\`` });
  }
  return findings;
}

export function sourceWriteFindings(catalog: Catalog): GraphFinding[] {
  return datasetEntries(catalog).flatMap((entry) => [...restrictionFindings(entry), ...anonymiseFindings(entry)]);
}
