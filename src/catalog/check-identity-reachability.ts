// The key check of the data map: every dataset holding personal data can be reached from an
// identity field, so that a request from a person finds all of their data. A dataset is
// reached when it has an identity field itself or references, or is referenced by, a
// personal-data dataset that is reached.
import type { Catalog } from './catalog-types.ts';
import { datasetEntries } from './catalog-walk.ts';
import { datasetGraph } from './dataset-graph.ts';
import type { GraphFinding } from './graph-finding.ts';

export function reachabilityFindings(catalog: Catalog): GraphFinding[] {
  const { reachable } = datasetGraph(catalog);
  return datasetEntries(catalog)
    .filter(({ dataset }) => dataset.personalData && !reachable.has(dataset.qualifiedId))
    .map(({ dataset, path }) => ({
      path: [...path, 'id'],
      message: `${dataset.qualifiedId} holds personal data but no identity field reaches it: give it an identity field, `
        + 'or a reference to (or from) a personal-data dataset that is reached',
    }));
}
