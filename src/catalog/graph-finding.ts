// What a graph check reports: a message at a path in the catalog, located later.
import type { CatalogPath } from './assemble-catalog.ts';

export interface GraphFinding {
  readonly path: CatalogPath;
  readonly message: string;
  /** Point at the key rather than its value (for a node that should not be there). */
  readonly at?: 'key' | 'value';
  /** A second place the message is about, e.g. the first use of a repeated id. */
  readonly also?: CatalogPath;
}
