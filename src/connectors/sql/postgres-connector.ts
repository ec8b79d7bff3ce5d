// PostgreSQL source systems, through a pool of their own with per-system timeouts.
import pg from 'pg';
import type { Connector, ReadRequest, Row } from '../connector.ts';
import { sourceError } from '../source-error.ts';
import { selectStatement } from './select-statement.ts';

export interface SqlConnectorOptions {
  readonly systemId: string;
  readonly url: string;
  readonly poolSize?: number;
  readonly timeoutMs?: number;
}

export function createPostgresConnector(options: SqlConnectorOptions): Connector {
  const timeoutMs = options.timeoutMs ?? 10_000;
  const pool = new pg.Pool({
    connectionString: options.url,
    max: options.poolSize ?? 5,
    connectionTimeoutMillis: timeoutMs,
    statement_timeout: timeoutMs,
    query_timeout: timeoutMs + 1_000,
    application_name: 'insyn',
  });
  pool.on('error', () => {
    // An idle client lost its connection; the pool replaces it and queries report errors.
  });
  const run = async (sql: string, parameters: readonly unknown[]): Promise<Row[]> => {
    try {
      const result = await pool.query(sql, [...parameters]);
      return result.rows as Row[];
    } catch (error) {
      throw sourceError(options.systemId, error);
    }
  };
  return {
    systemId: options.systemId,
    engine: 'postgresql',
    capabilities: new Set(['read']),
    read: (request: ReadRequest) => {
      const statement = selectStatement(request, 'double-quote');
      return run(statement.sql, statement.parameters);
    },
    ping: async () => {
      await run('select 1', []);
    },
    close: () => pool.end(),
  };
}
