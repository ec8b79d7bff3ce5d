// PostgreSQL source systems, through a pool of their own with per-system timeouts. A change
// takes one client from the pool for its transaction (BEGIN … COMMIT, ROLLBACK on any error).
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
    transaction: async (work) => {
      const client = await pool.connect();
      // While checked out the pool does not listen: a connection lost between statements must not crash the process.
      const lost = () => {};
      client.on('error', lost);
      let broken: Error | undefined;
      try {
        await client.query('begin');
        const result = await work(async (sql, parameters) => {
          const answer = await client.query(sql, [...parameters]);
          return { rows: answer.rows as Row[], changed: answer.command === 'SELECT' ? 0 : answer.rowCount ?? 0 };
        });
        await client.query('commit');
        return result;
      } catch (error) {
        await client.query('rollback').catch((rollbackError: unknown) => {
          broken = rollbackError instanceof Error ? rollbackError : new Error('rollback failed');
        });
        throw error;
      } finally {
        client.removeListener('error', lost);
        client.release(broken); // a connection that could not roll back is closed, never reused
      }
    },
    close: () => pool.end(),
  });
}
