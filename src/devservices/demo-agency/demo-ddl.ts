// DDL for the demo tables on either engine: PostgreSQL (and PGlite) or MariaDB. A real
// legacy system would look much like this: plain tables, identity numbers as text in the
// system's own form, an index on every identity-number column.

import type { DemoColumn, DemoColumnType, DemoTable } from './demo-tables.ts';

export type DemoDialect = 'postgres' | 'mariadb';

function columnType(type: DemoColumnType, dialect: DemoDialect): string {
  const postgres = dialect === 'postgres';
  switch (type) {
    case 'bigint': return postgres ? 'bigint' : 'BIGINT';
    case 'integer': return postgres ? 'integer' : 'INT';
    case 'boolean': return postgres ? 'boolean' : 'BOOLEAN';
    case 'date': return postgres ? 'date' : 'DATE';
    case 'timestamp': return postgres ? 'timestamptz' : 'DATETIME';
    case 'text': return postgres ? 'text' : 'TEXT';
    default: return postgres ? type : type.toUpperCase();
  }
}

function columnSql(column: DemoColumn, dialect: DemoDialect): string {
  return `${column.name} ${columnType(column.type, dialect)} ${column.nullable ? 'NULL' : 'NOT NULL'}`;
}

export function createTableSql(table: DemoTable, dialect: DemoDialect): string {
  const columns = table.columns.map((column) => `  ${columnSql(column, dialect)}`);
  columns.push(`  PRIMARY KEY (${table.primaryKey})`);
  const options = dialect === 'mariadb' ? ' ENGINE=InnoDB DEFAULT CHARSET=utf8mb4 COLLATE=utf8mb4_swedish_ci' : '';
  return `CREATE TABLE IF NOT EXISTS ${table.name} (\n${columns.join(',\n')}\n)${options}`;
}

export function indexName(table: DemoTable, column: string): string {
  return `ix_${table.name}_${column}`;
}

export function createIndexSql(table: DemoTable, column: string): string {
  return `CREATE INDEX IF NOT EXISTS ${indexName(table, column)} ON ${table.name} (${column})`;
}

export function dropIndexSql(table: DemoTable, column: string, dialect: DemoDialect): string {
  return dialect === 'postgres'
    ? `DROP INDEX IF EXISTS ${indexName(table, column)}`
    : `DROP INDEX IF EXISTS ${indexName(table, column)} ON ${table.name}`;
}

/** One row per target role that a seed completed into; isDemoSeeded reads it. */
export function createMarkerTableSql(dialect: DemoDialect): string {
  const timestamp = dialect === 'postgres' ? 'timestamptz' : 'DATETIME';
  return `CREATE TABLE IF NOT EXISTS demo_seed (role VARCHAR(20) NOT NULL PRIMARY KEY, persons BIGINT NOT NULL, `
    + `seed VARCHAR(200) NOT NULL, seeded_at ${timestamp} NOT NULL)`;
}

export const MARKER_TABLE = 'demo_seed';
