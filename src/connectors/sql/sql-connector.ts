// What every SQL connector shares: reads become one parameterised SELECT in the engine's
// quoting style, and driver errors become SOURCE_UNAVAILABLE. An engine supplies `query`.
import type { EngineKind } from '../../catalog/catalog-types.ts';
import type { Connector, ReadRequest, Row } from '../connector.ts';
import { sourceError } from '../source-error.ts';
import type { QuoteStyle } from './quote-identifier.ts';
import { selectStatement } from './select-statement.ts';

export interface SqlEngine {
  readonly systemId: string;
  readonly engine: EngineKind;
  readonly quoteStyle: QuoteStyle;
  query(sql: string, parameters: readonly unknown[]): Promise<readonly Row[]>;
  close(): Promise<void>;
}

export function sqlConnector(engine: SqlEngine): Connector {
  const run = async (sql: string, parameters: readonly unknown[]): Promise<readonly Row[]> => {
    try {
      return await engine.query(sql, parameters);
    } catch (error) {
      throw sourceError(engine.systemId, error);
    }
  };
  return {
    systemId: engine.systemId,
    engine: engine.engine,
    capabilities: new Set(['read']),
    read: (request: ReadRequest) => {
      const statement = selectStatement(request, engine.quoteStyle);
      return run(statement.sql, statement.parameters);
    },
    ping: async () => {
      await run('select 1', []);
    },
    close: () => engine.close(),
  };
}
