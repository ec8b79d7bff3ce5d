// A demo target on MariaDB: one mysql2 connection in a UTC session; bulk loads stream
// tab-separated rows through LOAD DATA LOCAL INFILE (no file on disk).
import { Readable } from 'node:stream';
import mysql from 'mysql2/promise';
import type { DemoConnection, DemoRow } from './demo-connection.ts';
import type { DemoTable } from './demo-tables.ts';

function loadStatement(table: DemoTable): string {
  const columns = table.columns.map((column) => column.name).join(', ');
  return `LOAD DATA LOCAL INFILE 'demo-rows' INTO TABLE ${table.name} CHARACTER SET utf8mb4 (${columns})`;
}

export async function openMariadbDemoConnection(url: string): Promise<DemoConnection> {
  const parsed = new URL(url);
  parsed.protocol = 'mysql:';
  const connection = await mysql.createConnection({
    uri: parsed.toString(), dateStrings: true, supportBigNumbers: true, bigNumberStrings: false, timezone: 'Z',
  });
  connection.on('error', () => {
    // A lost connection surfaces as an error of the query in flight.
  });
  await connection.query("SET time_zone = '+00:00'");
  const query = async <R extends DemoRow>(sql: string, params: readonly unknown[] = []): Promise<R[]> => {
    const [rows] = await connection.query(sql, [...params]);
    return rows as R[];
  };
  return {
    dialect: 'mariadb',
    execute: async (sql) => { await connection.query(sql); },
    query,
    load: async (table, tsv) => {
      await connection.query({ sql: loadStatement(table), infileStreamFactory: () => Readable.from([Buffer.from(tsv)]) });
    },
    tableExists: async (name) => (await query<{ n: number }>(
      'SELECT count(*) AS n FROM information_schema.tables WHERE table_schema = database() AND table_name = ?', [name],
    ))[0]?.n === 1,
    tableBytes: async (names) => Number((await query<{ bytes: number | string | null }>(
      'SELECT sum(data_length + index_length) AS bytes FROM information_schema.tables WHERE table_schema = database() AND table_name IN (?)',
      [names],
    ))[0]?.bytes ?? 0),
    close: () => connection.end(),
  };
}
