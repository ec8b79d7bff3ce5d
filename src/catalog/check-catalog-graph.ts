// The checks that need the whole catalog: unique ids, references that resolve, rules per
// dataset, and that every dataset with personal data is reachable from an identity field.
// Each finding is reported at the YAML node it concerns.
import type { CatalogPath, Locator } from './assemble-catalog.ts';
import type { CatalogProblem } from './catalog-problem.ts';
import type { Catalog } from './catalog-types.ts';
import { accessibilityFindings } from './check-accessibility.ts';
import { referenceFindings } from './check-catalog-references.ts';
import { cookieFindings } from './check-cookies.ts';
import { datasetRuleFindings } from './check-dataset-rules.ts';
import { reachabilityFindings } from './check-identity-reachability.ts';
import { sourceWriteFindings } from './check-source-writes.ts';
import { uniqueIdFindings } from './check-unique-ids.ts';
import type { GraphFinding } from './graph-finding.ts';

function located(locate: Locator, finding: GraphFinding): CatalogProblem {
  const also = (path: CatalogPath) => {
    const { file, line, column } = locate(path);
    return ` (also at ${file}:${line}:${column})`;
  };
  return { ...locate(finding.path, finding.at), message: finding.message + (finding.also ? also(finding.also) : '') };
}

/** Problems of a schema-valid catalog that the schema alone cannot see. */
export function checkCatalogGraph(catalog: Catalog, locate: Locator): CatalogProblem[] {
  return [
    ...uniqueIdFindings(catalog),
    ...referenceFindings(catalog),
    ...datasetRuleFindings(catalog),
    ...sourceWriteFindings(catalog),
    ...reachabilityFindings(catalog),
    ...cookieFindings(catalog),
    ...accessibilityFindings(catalog),
  ].map((finding) => located(locate, finding));
}
