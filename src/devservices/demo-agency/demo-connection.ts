// One connection to a demo target, the same few operations on every engine: run DDL, query
// with `?` placeholders, bulk-load tab-separated rows, and measure table sizes.

import type { DemoDialect } from './demo-ddl.ts';
import type { DemoTable } from './demo-tables.ts';

export type DemoRow = Record<string, unknown>;

export interface DemoConnection {
  readonly dialect: DemoDialect;
  /** One statement without parameters (DDL). */
  execute(sql: string): Promise<void>;
  /**
   * One statement with `?` placeholders. bigint columns come back as numbers, dates as
   * 'YYYY-MM-DD' and timestamps as text, the same on every engine.
   */
  query<R extends DemoRow>(sql: string, params?: readonly unknown[]): Promise<R[]>;
  /** Appends rows given as tab-separated lines in the table's column order. */
  load(table: DemoTable, tsv: string): Promise<void>;
  tableExists(name: string): Promise<boolean>;
  /** Bytes on disk of the named tables with their indexes. */
  tableBytes(names: readonly string[]): Promise<number>;
  close(): Promise<void>;
}

/** `?` → `$1`, `$2` … for PostgreSQL. The demo's own SQL has no `?` inside literals. */
export function numberedPlaceholders(sql: string): string {
  let n = 0;
  return sql.replace(/\?/g, () => `$${(n += 1)}`);
}

export function copyStatement(table: DemoTable): string {
  return `COPY ${table.name} (${table.columns.map((column) => column.name).join(', ')}) FROM STDIN`;
}

export const POSTGRES_TABLE_BYTES_SQL = 'SELECT coalesce(sum(pg_total_relation_size(to_regclass(name))), 0)::float8 AS bytes '
  + 'FROM unnest(?::text[]) AS name WHERE to_regclass(name) IS NOT NULL';
