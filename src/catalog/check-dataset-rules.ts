// Rules on each dataset and a few other values: special-category data only for purposes
// with an Art. 9 basis; personal data with a purpose, a valid retention period and a whole
// erasure rule; identity fields only where personal data are; valid dates and durations.
import { parseIsoDuration } from '../lib/iso-duration.ts';
import type { Catalog, Purpose } from './catalog-types.ts';
import { datasetEntries, specialCategories, type DatasetEntry } from './catalog-walk.ts';
import type { GraphFinding } from './graph-finding.ts';

function article9Findings(catalog: Catalog, purposes: ReadonlyMap<string, Purpose>, { dataset, path }: DatasetEntry): GraphFinding[] {
  const special = specialCategories(catalog, dataset);
  if (special.length === 0) return [];
  return dataset.purposes.flatMap((id, index) => {
    const purpose = purposes.get(id);
    if (!purpose || purpose.legalBasis.article9) return [];
    return [{
      path: [...path, 'purposes', index],
      message: `${dataset.qualifiedId} holds special-category data (${special.join(', ')}), `
        + `but purpose \`${id}\` has no Art. 9 basis (legalBasis.article9)`,
    }];
  });
}

function personalDataFindings({ dataset, path }: DatasetEntry): GraphFinding[] {
  const findings: GraphFinding[] = [];
  if (dataset.personalData && dataset.purposes.length === 0) {
    findings.push({ path: [...path, 'purposes'], message: `${dataset.qualifiedId} holds personal data but lists no purpose` });
  }
  if (!dataset.personalData && dataset.identityFields.length > 0) {
    findings.push({
      path: [...path, 'personalData'],
      message: `${dataset.qualifiedId} has identity fields, so it holds personal data: set personalData to true`,
    });
  }
  return findings;
}

/** A field that names a record or a person is never corrected in place: the record would move or escape its restriction. */
function changeableFindings({ dataset, path }: DatasetEntry): GraphFinding[] {
  const naming = new Set([...dataset.primaryKey, ...dataset.identityFields.map((field) => field.field), ...dataset.references.map((reference) => reference.field)]);
  return dataset.fields.flatMap((field, index) => (field.changeable === true && naming.has(field.name) ? [{
    path: [...path, 'fields', index, 'changeable'],
    message: `${dataset.qualifiedId}.${field.name} names the record or a person (primaryKey, identity or reference field) and cannot be changeable`,
  }] : []));
}

function retentionFindings({ dataset, path }: DatasetEntry): GraphFinding[] {
  if (parseIsoDuration(dataset.retention.period)) return [];
  return [{
    path: [...path, 'retention', 'period'],
    message: `retention period "${dataset.retention.period}" is not an ISO 8601 duration (e.g. P10Y, P6M, P90D)`,
  }];
}

function erasureFindings({ dataset, path }: DatasetEntry): GraphFinding[] {
  const erasure = dataset.erasure as { rule: string; ground?: string; reference?: string };
  const at = [...path, 'erasure'];
  if (erasure.rule === 'retained') {
    return (['ground', 'reference'] as const).filter((key) => !erasure[key]).map((key) => ({
      path: at, message: `erasure rule "retained" needs a \`${key}\` (Art. 17(3) ground and the rule behind it)`,
    }));
  }
  return (['ground', 'reference'] as const).filter((key) => erasure[key] !== undefined).map((key) => ({
    path: [...at, key], at: 'key' as const, message: `\`${key}\` applies only to erasure rule "retained"`,
  }));
}

/** `about` names an identity or reference field of the same dataset. */
function aboutFindings({ dataset, path }: DatasetEntry): GraphFinding[] {
  const names = new Set([...dataset.identityFields.map((field) => field.field), ...dataset.references.map((reference) => reference.field)]);
  return dataset.fields.flatMap((field, index) => (field.about === undefined || names.has(field.about) ? [] : [{
    path: [...path, 'fields', index, 'about'],
    message: `\`about: ${field.about}\` must name an identity field or a reference of ${dataset.qualifiedId}`,
  }]));
}

function isCalendarDate(text: string): boolean {
  const date = new Date(`${text}T00:00:00Z`);
  return !Number.isNaN(date.getTime()) && date.toISOString().startsWith(text);
}

function valueFindings(catalog: Catalog): GraphFinding[] {
  const findings: GraphFinding[] = catalog.cookies.flatMap((cookie, index) =>
    cookie.lifetime === 'session' || parseIsoDuration(cookie.lifetime) ? [] : [{
      path: ['cookies', index, 'lifetime'],
      message: `cookie lifetime "${cookie.lifetime}" must be "session" or an ISO 8601 duration (e.g. P13M)`,
    }]);
  if (!isCalendarDate(catalog.controller.lastUpdated)) {
    findings.push({ path: ['controller', 'lastUpdated'], message: `"${catalog.controller.lastUpdated}" is not a calendar date` });
  }
  return findings;
}

export function datasetRuleFindings(catalog: Catalog): GraphFinding[] {
  // The first of a repeated id counts, as everywhere; the repeat itself is reported elsewhere.
  const purposes = new Map([...catalog.purposes].reverse().map((purpose) => [purpose.id, purpose]));
  return [
    ...datasetEntries(catalog).flatMap((entry) => [
      ...article9Findings(catalog, purposes, entry),
      ...personalDataFindings(entry),
      ...changeableFindings(entry),
      ...retentionFindings(entry),
      ...erasureFindings(entry),
      ...aboutFindings(entry),
    ]),
    ...valueFindings(catalog),
  ];
}
