// Loads the data map from its folder of YAML files, checked and deeply frozen.
import { CatalogError } from './catalog-problem.ts';
import type { Catalog } from './catalog-types.ts';
import { checkCatalog } from './check-catalog.ts';

/** The catalog in `directory`; throws CatalogError (CATALOG_INVALID) carrying every problem. */
export function loadCatalog(directory: string): Catalog {
  const { catalog, problems } = checkCatalog(directory);
  if (!catalog) throw new CatalogError(problems);
  return catalog;
}
