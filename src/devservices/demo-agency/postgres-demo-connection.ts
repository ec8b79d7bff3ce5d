// A demo target on PostgreSQL: one pg client in a UTC session; bulk loads with COPY FROM STDIN.
import { Readable } from 'node:stream';
import { pipeline } from 'node:stream/promises';
import pg from 'pg';
import { from as copyFrom } from 'pg-copy-streams';
import {
  POSTGRES_TABLE_BYTES_SQL, copyStatement, numberedPlaceholders, type DemoConnection, type DemoRow,
} from './demo-connection.ts';

const INT8 = 20;
const AS_TEXT = new Set([1082, 1114, 1184]); // date, timestamp, timestamptz

/** Per-client type parsers: nothing global is changed. */
const types = {
  getTypeParser: (oid: number, format?: 'text' | 'binary'): ((value: string) => unknown) => {
    if (oid === INT8) return Number;
    if (AS_TEXT.has(oid)) return (value: string) => value;
    return pg.types.getTypeParser(oid, format ?? 'text') as (value: string) => unknown;
  },
};

export async function openPostgresDemoConnection(url: string): Promise<DemoConnection> {
  const client = new pg.Client({ connectionString: url, types: types as pg.CustomTypesConfig });
  client.on('error', () => {
    // A lost connection surfaces as an error of the query in flight.
  });
  await client.connect();
  await client.query("SET TIME ZONE 'UTC'");
  const query = async <R extends DemoRow>(sql: string, params: readonly unknown[] = []): Promise<R[]> =>
    (await client.query<R>(numberedPlaceholders(sql), [...params])).rows;
  return {
    dialect: 'postgres',
    execute: async (sql) => { await client.query(sql); },
    query,
    load: async (table, tsv) => {
      await pipeline(Readable.from([tsv]), client.query(copyFrom(copyStatement(table))));
    },
    tableExists: async (name) => {
      const [row] = await query<{ found: string | null }>('SELECT to_regclass(?)::text AS found', [name]);
      return typeof row?.found === 'string';
    },
    tableBytes: async (names) => (await query<{ bytes: number }>(POSTGRES_TABLE_BYTES_SQL, [names]))[0]?.bytes ?? 0,
    close: () => client.end(),
  };
}
