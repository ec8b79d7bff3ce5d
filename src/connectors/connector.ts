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

/** One record by its key: the catalog's primaryKey fields and their values (as text). */
export type RecordKey = Readonly<Record<string, string>>;

export interface UpdateRequest {
  readonly location: string;
  readonly key: RecordKey;
  /** Field → new value; null clears it. */
  readonly set: Readonly<Record<string, string | null>>;
  /** The values the change was decided on: it applies only while the record still holds them. */
  readonly expect: Readonly<Record<string, string | null>>;
  /** Names this change to a system that can recognise a retry (HTTP: `Idempotency-Key`); derived from the request when absent. */
  readonly idempotencyKey?: string;
}

/** `already-applied`: the record holds the new values already (a step run again after a crash). */
export type UpdateOutcome = 'updated' | 'already-applied';

export interface DeleteRequest {
  readonly location: string;
  readonly key: RecordKey;
  /** As for an update. */
  readonly idempotencyKey?: string;
}

/** `already-gone`: no record has the key (a step run again after a crash). */
export type DeleteOutcome = 'deleted' | 'already-gone';

export interface Connector {
  readonly systemId: string;
  readonly engine: EngineKind;
  readonly capabilities: ReadonlySet<ConnectorCapability>;
  read(request: ReadRequest): Promise<readonly Row[]>;
  /**
   * Changes one record in one transaction (capability 'update'). SOURCE_CONFLICT, changing nothing,
   * when the key matches no record, more than one, or one that holds neither `expect` nor `set`.
   */
  update?(request: UpdateRequest): Promise<UpdateOutcome>;
  /** Deletes one record in one transaction (capability 'delete'); SOURCE_CONFLICT, deleting nothing, when the key matches more than one. */
  delete?(request: DeleteRequest): Promise<DeleteOutcome>;
  /** Resolves when the system answers; rejects with SOURCE_UNAVAILABLE otherwise. */
  ping(): Promise<void>;
  close(): Promise<void>;
}
