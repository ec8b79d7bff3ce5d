// Reads and checks the catalog folder in one pass and reports every problem found: YAML
// syntax, the schema, then (once the shape is right) the checks across the whole graph.
import { statSync } from 'node:fs';
import { deepFreeze } from '../lib/deep-freeze.ts';
import { assembleCatalog } from './assemble-catalog.ts';
import { sortProblems, type CatalogProblem } from './catalog-problem.ts';
import type { CatalogYaml } from './catalog-schema.ts';
import type { Catalog } from './catalog-types.ts';
import { checkCatalogGraph } from './check-catalog-graph.ts';
import { normalizeCatalog } from './normalize-catalog.ts';
import { schemaProblems } from './schema-problems.ts';
import { folderLabel, readYamlSources } from './yaml-source.ts';

export interface CatalogCheck {
  /** The deeply frozen catalog; present exactly when there are no problems. */
  readonly catalog?: Catalog;
  /** In file, line, column order. */
  readonly problems: readonly CatalogProblem[];
}

function isFolder(directory: string): boolean {
  return statSync(directory, { throwIfNoEntry: false })?.isDirectory() ?? false;
}

export function checkCatalog(directory: string): CatalogCheck {
  if (!isFolder(directory)) {
    return { problems: [{ file: directory, line: 0, column: 0, message: 'the catalog folder does not exist' }] };
  }
  const folder = folderLabel(directory);
  const { sources, problems: syntax } = readYamlSources(directory);
  const assembled = assembleCatalog(folder, sources);
  // A key missing everywhere may well sit in a file that did not parse: say nothing of it then.
  const shape = schemaProblems(assembled.raw, assembled.locate)
    .filter((problem) => syntax.length === 0 || problem.line > 0);
  const early = [...syntax, ...assembled.problems, ...shape];
  if (early.length > 0) return { problems: sortProblems(early) };
  const catalog = normalizeCatalog(assembled.raw as CatalogYaml);
  const graph = checkCatalogGraph(catalog, assembled.locate);
  return graph.length > 0 ? { problems: sortProblems(graph) } : { catalog: deepFreeze(catalog), problems: [] };
}
