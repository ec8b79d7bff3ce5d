// The datasets holding personal data as a graph: an edge wherever one references a field of
// another, in either direction. A person found through an identity field can be followed
// along these edges; datasets without personal data (code lists) do not carry a person on.
import type { Catalog, Dataset } from './catalog-types.ts';
import { datasetsById, referencedDataset } from './catalog-walk.ts';

export interface DatasetGraph {
  /** Qualified ids of personal-data datasets that reach (or are) a dataset with an identity field. */
  readonly reachable: ReadonlySet<string>;
  /** The identity-bearing datasets nearest to a dataset (itself when it has identity fields). */
  nearestIdentityDatasets(qualifiedId: string): readonly Dataset[];
}

function personalEdges(catalog: Catalog, byId: ReadonlyMap<string, Dataset>): Map<string, Set<string>> {
  const edges = new Map<string, Set<string>>();
  const link = (a: string, b: string) => {
    if (!edges.has(a)) edges.set(a, new Set());
    edges.get(a)?.add(b);
  };
  for (const dataset of byId.values()) {
    for (const reference of dataset.references) {
      const target = byId.get(referencedDataset(reference.to));
      if (!target || !dataset.personalData || !target.personalData || target === dataset) continue;
      link(dataset.qualifiedId, target.qualifiedId);
      link(target.qualifiedId, dataset.qualifiedId);
    }
  }
  return edges;
}

function breadthFirst(start: readonly string[], edges: Map<string, Set<string>>, stop?: (layer: string[]) => boolean): Set<string> {
  const seen = new Set(start);
  let layer = [...start];
  while (layer.length > 0 && !stop?.(layer)) {
    const next: string[] = [];
    for (const neighbour of layer.flatMap((id) => [...(edges.get(id) ?? [])])) {
      if (!seen.has(neighbour)) next.push(neighbour);
      seen.add(neighbour);
    }
    layer = next;
  }
  return seen;
}

export function datasetGraph(catalog: Catalog): DatasetGraph {
  const byId = datasetsById(catalog);
  const edges = personalEdges(catalog, byId);
  const hasIdentity = (id: string) => (byId.get(id)?.identityFields.length ?? 0) > 0;
  const seeds = [...byId.values()].filter((dataset) => dataset.personalData && dataset.identityFields.length > 0);
  return {
    reachable: breadthFirst(seeds.map((dataset) => dataset.qualifiedId), edges),
    nearestIdentityDatasets(qualifiedId) {
      let nearest: string[] = [];
      breadthFirst([qualifiedId], edges, (layer) => {
        nearest = layer.filter(hasIdentity);
        return nearest.length > 0;
      });
      return nearest.map((id) => byId.get(id)).filter((dataset) => dataset !== undefined);
    },
  };
}
