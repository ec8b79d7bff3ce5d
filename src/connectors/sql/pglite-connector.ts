// Source systems bound to an embedded PGlite database (embedded mode and tests). The
// PGlite instance belongs to whoever opened it; closing the connector leaves it open.
import type { Connector, ReadRequest, Row } from '../connector.ts';
import type { EngineKind } from '../../catalog/catalog-types.ts';
import { sourceError } from '../source-error.ts';
import { selectStatement } from './select-statement.ts';

/** The part of PGlite this connector uses. */
export interface PGliteQueryable {
  query<R>(sql: string, params?: unknown[]): Promise<{ rows: R[] }>;
}

export interface PGliteConnectorOptions {
  readonly systemId: string;
  /** The engine the catalog declares; the data live in PGlite either way. */
  readonly engine: EngineKind;
  readonly pglite: PGliteQueryable;
}

export function createPGliteConnector(options: PGliteConnectorOptions): Connector {
  const run = async (sql: string, parameters: readonly unknown[]): Promise<Row[]> => {
    try {
      return (await options.pglite.query<Row>(sql, [...parameters])).rows;
    } catch (error) {
      throw sourceError(options.systemId, error);
    }
  };
  return {
    systemId: options.systemId,
    engine: options.engine,
    capabilities: new Set(['read']),
    read: (request: ReadRequest) => {
      const statement = selectStatement(request, 'double-quote');
      return run(statement.sql, statement.parameters);
    },
    ping: async () => {
      await run('select 1', []);
    },
    close: async () => {},
  };
}
