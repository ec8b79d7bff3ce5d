// Ids must be unique where something refers to them: purposes, categories, recipients,
// automated decisions, cookie categories, cookies, systems, datasets within a system, fields within a dataset.
import type { CatalogPath } from './assemble-catalog.ts';
import type { Catalog } from './catalog-types.ts';
import type { GraphFinding } from './graph-finding.ts';

type Describe = string | ((id: string) => string);

function repeated(what: Describe, items: readonly unknown[], path: CatalogPath, key: string): GraphFinding[] {
  const first = new Map<string, number>();
  const findings: GraphFinding[] = [];
  items.forEach((item, index) => {
    const id = String((item as Record<string, unknown>)[key]);
    const earlier = first.get(id);
    if (earlier === undefined) {
      first.set(id, index);
      return;
    }
    const name = typeof what === 'string' ? `${what} \`${id}\`` : what(id);
    findings.push({ path: [...path, index, key], also: [...path, earlier, key], message: `${name} is defined twice` });
  });
  return findings;
}

function datasetIds(catalog: Catalog): GraphFinding[] {
  return catalog.systems.flatMap((system, s) => [
    ...repeated((id) => `dataset \`${system.id}.${id}\``, system.datasets, ['systems', s, 'datasets'], 'id'),
    ...system.datasets.flatMap((dataset, d) =>
      repeated((id) => `field \`${dataset.qualifiedId}.${id}\``, dataset.fields, ['systems', s, 'datasets', d, 'fields'], 'name')),
  ]);
}

export function uniqueIdFindings(catalog: Catalog): GraphFinding[] {
  return [
    ...repeated('purpose', catalog.purposes, ['purposes'], 'id'),
    ...repeated('subject category', catalog.subjectCategories, ['subjectCategories'], 'id'),
    ...repeated('data category', catalog.dataCategories, ['dataCategories'], 'id'),
    ...repeated('recipient', catalog.recipients, ['recipients'], 'id'),
    ...repeated('automated decision', catalog.automatedDecisions, ['automatedDecisions'], 'id'),
    ...repeated('cookie category', catalog.cookieCategories, ['cookieCategories'], 'id'),
    ...repeated('cookie', catalog.cookies, ['cookies'], 'name'),
    ...repeated('system', catalog.systems, ['systems'], 'id'),
    ...datasetIds(catalog),
  ];
}
