// A demo target in an embedded PGlite database (shared, not owned: close() leaves it open).
// Bulk loads run COPY FROM '/dev/blob' in a transaction of their own, in UTC.
import {
  POSTGRES_TABLE_BYTES_SQL, copyStatement, numberedPlaceholders, type DemoConnection, type DemoRow,
} from './demo-connection.ts';
import type { DemoPglite } from './demo-target.ts';

const asText = (value: string): string => value;
const parsers = { 20: Number, 1082: asText, 1114: asText, 1184: asText };

export function pgliteDemoConnection(pglite: DemoPglite): DemoConnection {
  const query = async <R extends DemoRow>(sql: string, params: readonly unknown[] = []): Promise<R[]> =>
    (await pglite.query<R>(numberedPlaceholders(sql), [...params], { parsers })).rows;
  return {
    dialect: 'postgres',
    execute: async (sql) => { await pglite.exec(sql); },
    query,
    load: async (table, tsv) => {
      const statement = copyStatement(table).replace('FROM STDIN', "FROM '/dev/blob'");
      await pglite.transaction(async (tx) => {
        await tx.exec("SET LOCAL TIME ZONE 'UTC'");
        await tx.query(statement, [], { blob: new Blob([tsv]) });
      });
    },
    tableExists: async (name) => {
      const [row] = await query<{ found: string | null }>('SELECT to_regclass(?)::text AS found', [name]);
      return typeof row?.found === 'string';
    },
    tableBytes: async (names) => (await query<{ bytes: number }>(POSTGRES_TABLE_BYTES_SQL, [names]))[0]?.bytes ?? 0,
    close: async () => {},
  };
}
