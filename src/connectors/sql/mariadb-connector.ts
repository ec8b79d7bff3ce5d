// MariaDB (and MySQL) source systems, through a mysql2 pool with per-system timeouts.
import mysql from 'mysql2/promise';
import type { Connector, ReadRequest, Row } from '../connector.ts';
import { sourceError } from '../source-error.ts';
import type { SqlConnectorOptions } from './postgres-connector.ts';
import { selectStatement } from './select-statement.ts';

export function createMariadbConnector(options: SqlConnectorOptions): Connector {
  const timeoutMs = options.timeoutMs ?? 10_000;
  const url = new URL(options.url);
  if (url.protocol === 'mariadb:') url.protocol = 'mysql:';
  const pool = mysql.createPool({
    uri: url.toString(),
    connectionLimit: options.poolSize ?? 5,
    connectTimeout: timeoutMs,
    dateStrings: true,
    supportBigNumbers: true,
    bigNumberStrings: false,
  });
  const run = async (sql: string, parameters: readonly unknown[]): Promise<Row[]> => {
    try {
      const [rows] = await pool.query({ sql, values: [...parameters], timeout: timeoutMs });
      return rows as Row[];
    } catch (error) {
      throw sourceError(options.systemId, error);
    }
  };
  return {
    systemId: options.systemId,
    engine: 'mariadb',
    capabilities: new Set(['read']),
    read: (request: ReadRequest) => {
      const statement = selectStatement(request, 'backtick');
      return run(statement.sql, statement.parameters);
    },
    ping: async () => {
      await run('select 1', []);
    },
    close: () => pool.end(),
  };
}
