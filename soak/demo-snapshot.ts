// Every row of the demo agency's tables (PostgreSQL and MariaDB), read with SQL straight from the
// demo databases — not through Insyn — so that a soak can compare before and after: which records
// are gone, and that every other one holds exactly the values it held.
import type mysql from 'mysql2/promise';
import type pg from 'pg';
import type { Catalog } from '../src/catalog/catalog-types.ts';
import { datasetOf } from '../src/operations/changes/change-work.ts';
import { demoTables, type DemoTable } from '../src/devservices/demo-agency/demo-tables.ts';

export interface SnapshotRow {
  readonly values: Readonly<Record<string, unknown>>;
  /** The row as JSON, compared before and after. */
  readonly text: string;
}

/** Table name → primary-key value → row. */
export type DemoSnapshot = ReadonlyMap<string, ReadonlyMap<string, SnapshotRow>>;

async function rowsOf(demo: { readonly postgres: pg.Client; readonly mariadb: mysql.Connection }, table: DemoTable): Promise<Record<string, unknown>[]> {
  // Table names come from the demo agency's own list, never from input.
  if (table.role === 'postgres') return (await demo.postgres.query(`select * from ${table.name}`)).rows as Record<string, unknown>[];
  const [rows] = await demo.mariadb.query(`select * from ${table.name}`);
  return rows as Record<string, unknown>[];
}

export async function snapshotDemo(demo: { readonly postgres: pg.Client; readonly mariadb: mysql.Connection }): Promise<DemoSnapshot> {
  const snapshot = new Map<string, Map<string, SnapshotRow>>();
  for (const table of demoTables) {
    const rows = new Map<string, SnapshotRow>();
    for (const values of await rowsOf(demo, table)) rows.set(String(values[table.primaryKey]), { values, text: JSON.stringify(values) });
    snapshot.set(table.name, rows);
  }
  return snapshot;
}

/** The demo table that holds a catalog dataset (its location; the document archive's one table). */
export function tableOf(catalog: Catalog, datasetId: string): DemoTable {
  const dataset = datasetOf(catalog, datasetId);
  const tables = demoTables.filter((table) => table.system === dataset.system);
  const table = tables.find((candidate) => candidate.name === dataset.location) ?? (tables.length === 1 ? tables[0] : undefined);
  if (!table) throw new TypeError(`no demo table holds ${datasetId}`);
  return table;
}

/** The primary-key values of the rows a record key names (by the table's key, or every key part compared). */
export function rowsNamed(snapshot: DemoSnapshot, table: DemoTable, key: Readonly<Record<string, string>>): string[] {
  const rows = snapshot.get(table.name) ?? new Map<string, SnapshotRow>();
  const direct = key[table.primaryKey];
  if (direct !== undefined && Object.keys(key).length === 1) return rows.has(direct) ? [direct] : [];
  return [...rows].filter(([, row]) => Object.entries(key).every(([name, value]) => String(row.values[name]) === value)).map(([id]) => id);
}
