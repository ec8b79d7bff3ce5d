// One interface for every source system, whatever its engine. A connector declares what it
// can do; it reads only the fields it is asked for, with parameterised queries and quoted
// identifiers. Only the access layer (src/access/) calls connectors.
import type { EngineKind } from '../catalog/catalog-types.ts';

export type ConnectorCapability = 'read' | 'update' | 'delete' | 'restrict';

export type Row = Readonly<Record<string, unknown>>;

/** Rows where `field` equals any of `values`. */
export interface WhereCondition {
  readonly field: string;
  readonly values: readonly string[];
}

export interface ReadRequest {
  /** Table (SQL; `schema.table` allowed) or resource path (HTTP). */
  readonly location: string;
  readonly fields: readonly string[];
  /** Rows matching any of the conditions (OR); each row once. */
  readonly where: readonly WhereCondition[];
  /** Upper bound on rows; a connector never returns more. */
  readonly limit: number;
}

export interface Connector {
  readonly systemId: string;
  readonly engine: EngineKind;
  readonly capabilities: ReadonlySet<ConnectorCapability>;
  read(request: ReadRequest): Promise<readonly Row[]>;
  /** Resolves when the system answers; rejects with SOURCE_UNAVAILABLE otherwise. */
  ping(): Promise<void>;
  close(): Promise<void>;
}
