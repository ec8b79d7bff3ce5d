// From the validated YAML shape to the in-memory Catalog: optional lists default to [],
// each dataset learns its system and qualified id.
import type { Catalog, Dataset, ErasureRule } from './catalog-types.ts';
import type { CatalogYaml } from './catalog-schema.ts';
import type { DatasetYaml, SystemYaml } from './system-schema.ts';

/** As written: the graph checks report a retained rule without ground or reference, an erasable one with them, and misplaced anonymising keys. */
function erasureRule(erasure: DatasetYaml['erasure']): ErasureRule {
  return erasure as ErasureRule;
}

function dataset(system: SystemYaml, yaml: DatasetYaml): Dataset {
  return {
    ...yaml,
    qualifiedId: `${system.id}.${yaml.id}`,
    system: system.id,
    identityFields: yaml.identityFields ?? [],
    references: yaml.references ?? [],
    recipients: yaml.recipients ?? [],
    erasure: erasureRule(yaml.erasure),
  };
}

/** The catalog as Insyn holds it; not yet frozen and not yet graph-checked. */
export function normalizeCatalog(yaml: CatalogYaml): Catalog {
  return {
    ...yaml,
    systems: yaml.systems.map((system) => ({
      ...system,
      datasets: system.datasets.map((entry) => dataset(system, entry)),
    })),
    automatedDecisions: yaml.automatedDecisions ?? [],
    cookieCategories: yaml.cookieCategories.map((category) => ({ ...category, necessary: category.necessary ?? false })),
  };
}
