// MariaDB (and MySQL) source systems, through a mysql2 pool with per-system timeouts.
import mysql from 'mysql2/promise';
import type { Connector, Row } from '../connector.ts';
import type { SqlConnectorOptions } from './postgres-connector.ts';
import { sqlConnector } from './sql-connector.ts';

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
    bigNumberStrings: true,
  });
  return sqlConnector({
    systemId: options.systemId,
    engine: 'mariadb',
    quoteStyle: 'backtick',
    query: async (sql, parameters) => {
      const [rows] = await pool.query({ sql, values: [...parameters], timeout: timeoutMs });
      return rows as Row[];
    },
    close: () => pool.end(),
  });
}
