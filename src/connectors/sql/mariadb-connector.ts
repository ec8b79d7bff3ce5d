// MariaDB (and MySQL) source systems, through a mysql2 pool with per-system timeouts. A change
// takes one pool connection for its transaction (START TRANSACTION … COMMIT, ROLLBACK on any error).
import mysql, { type ResultSetHeader } from 'mysql2/promise';
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
    transaction: async (work) => {
      const connection = await pool.getConnection();
      let reusable = true;
      try {
        await connection.beginTransaction();
        const result = await work(async (sql, parameters) => {
          const [answer] = await connection.query({ sql, values: [...parameters], timeout: timeoutMs });
          // affectedRows counts the rows an UPDATE matched (mysql2 connects with FOUND_ROWS), not only those it altered.
          if (Array.isArray(answer)) return { rows: answer as Row[], changed: 0 };
          return { rows: [], changed: (answer as ResultSetHeader).affectedRows };
        });
        await connection.commit();
        return result;
      } catch (error) {
        await connection.rollback().catch(() => {
          reusable = false;
        });
        throw error;
      } finally {
        // A connection that could not roll back is closed, never handed to the next caller mid-transaction.
        if (reusable) connection.release();
        else connection.destroy();
      }
    },
    close: () => pool.end(),
  });
}
