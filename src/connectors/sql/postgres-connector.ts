// PostgreSQL source systems, through a pool of their own with per-system timeouts.
import pg from 'pg';
import type { Connector, Row } from '../connector.ts';
import { sqlConnector } from './sql-connector.ts';
import { postgresTextTypes } from './text-types.ts';

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
    types: postgresTextTypes,
  });
  pool.on('error', () => {
    // An idle client lost its connection; the pool replaces it and queries report errors.
  });
  return sqlConnector({
    systemId: options.systemId,
    engine: 'postgresql',
    quoteStyle: 'double-quote',
    query: async (sql, parameters) => (await pool.query(sql, [...parameters])).rows as Row[],
    close: () => pool.end(),
  });
}
