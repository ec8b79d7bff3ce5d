// Source systems bound to an embedded PGlite database (embedded mode and tests). The
// PGlite instance belongs to whoever opened it; closing the connector leaves it open.
import type { EngineKind } from '../../catalog/catalog-types.ts';
import type { Connector, Row } from '../connector.ts';
import { sqlConnector } from './sql-connector.ts';
import { pgliteTextParsers } from './text-types.ts';

/** The part of a PGlite transaction this connector uses. */
export interface PGliteQuerying {
  query<R>(
    sql: string, params?: unknown[], options?: { parsers?: Record<number, (value: string) => unknown> },
  ): Promise<{ rows: R[]; affectedRows?: number }>;
}

/** The part of PGlite this connector uses: queries, and transactions for changes (PGlite runs one at a time). */
export interface PGliteQueryable extends PGliteQuerying {
  transaction<T>(callback: (tx: PGliteQuerying) => Promise<T>): Promise<T>;
}

export interface PGliteConnectorOptions {
  readonly systemId: string;
  /** The engine the catalog declares; the data live in PGlite either way. */
  readonly engine: EngineKind;
  readonly pglite: PGliteQueryable;
}

export function createPGliteConnector(options: PGliteConnectorOptions): Connector {
  return sqlConnector({
    systemId: options.systemId,
    engine: options.engine,
    quoteStyle: 'double-quote',
    query: async (sql, parameters) => (await options.pglite.query<Row>(sql, [...parameters], { parsers: { ...pgliteTextParsers } })).rows,
    // PGlite commits when the callback resolves and rolls back when it throws.
    transaction: (work) => options.pglite.transaction((tx) => work(async (sql, parameters) => {
      const answer = await tx.query<Row>(sql, [...parameters], { parsers: { ...pgliteTextParsers } });
      return { rows: answer.rows, changed: answer.affectedRows ?? 0 };
    })),
    close: async () => {},
  });
}
