// Direct reads of the demo agency's source systems for tests, past Insyn's connectors and access
// layer: hand-written SQL on the PostgreSQL (or embedded PGlite) and MariaDB targets, every value
// cast to text by the database itself, and searches POSTed to a document archive over the same
// rows. The ground truth a register extract is compared with.
import mysql from 'mysql2/promise';
import pg from 'pg';
import { startDemoArchive } from '../../src/devservices/demo-agency/demo-archive.ts';
import { openDemoArchiveStore, type DemoArchiveStore } from '../../src/devservices/demo-agency/demo-archive-store.ts';
import type { DemoPgliteQueryable, DemoTarget, DemoTargets } from '../../src/devservices/demo-agency/demo-target.ts';

export type TextRow = Readonly<Record<string, string | null>>;

/** Rows where `column` holds one of `values`. */
export interface Condition {
  readonly column: string;
  readonly values: readonly string[];
}

export interface GroundTruthSources {
  /** Rows of `table` matching any condition, `columns` as text (null stays null). */
  select(role: 'postgres' | 'mariadb', table: string, columns: readonly string[], anyOf: readonly Condition[]): Promise<TextRow[]>;
  /** The same through the document archive's HTTP search. */
  searchArchive(columns: readonly string[], anyOf: readonly Condition[]): Promise<TextRow[]>;
  close(): Promise<void>;
}

type Select = (table: string, columns: readonly string[], anyOf: readonly Condition[]) => Promise<TextRow[]>;

const NAME = /^[a-z_][a-z0-9_]*$/;

function checked(name: string): string {
  if (!NAME.test(name)) throw new TypeError(`not a plain column or table name: ${name}`);
  return name;
}

/** `c1 IN (p, p) OR c2 IN (p)` with placeholders from `placeholder(n)`, and its parameters. */
function whereClause(anyOf: readonly Condition[], placeholder: (n: number) => string): { sql: string; params: string[] } {
  const params: string[] = [];
  const parts = anyOf.filter((condition) => condition.values.length > 0).map((condition) => {
    const marks = condition.values.map((value) => {
      params.push(value);
      return placeholder(params.length);
    });
    return `${checked(condition.column)} IN (${marks.join(', ')})`;
  });
  return { sql: parts.join(' OR '), params };
}

function postgresSelect(query: (sql: string, params: string[]) => Promise<TextRow[]>): Select {
  return async (table, columns, anyOf) => {
    const where = whereClause(anyOf, (n) => `$${n}`);
    if (where.params.length === 0) return [];
    const list = columns.map((column) => `${checked(column)}::text AS ${column}`).join(', ');
    return query(`SELECT ${list} FROM ${checked(table)} WHERE ${where.sql}`, where.params);
  };
}

function mariadbSelect(query: (sql: string, params: string[]) => Promise<TextRow[]>): Select {
  return async (table, columns, anyOf) => {
    const where = whereClause(anyOf, () => '?');
    if (where.params.length === 0) return [];
    const list = columns.map((column) => `CAST(${checked(column)} AS CHAR) AS ${column}`).join(', ');
    return query(`SELECT ${list} FROM ${checked(table)} WHERE ${where.sql}`, where.params);
  };
}

interface OpenSelect {
  readonly select: Select;
  close(): Promise<void>;
}

function openSelect(target: DemoTarget): OpenSelect {
  if (target.kind === 'pglite') {
    const pglite: DemoPgliteQueryable = target.pglite;
    return { select: postgresSelect(async (sql, params) => (await pglite.query<TextRow>(sql, params)).rows), close: async () => {} };
  }
  if (target.kind === 'postgres') {
    const pool = new pg.Pool({ connectionString: target.url, max: 2, application_name: 'insyn-ground-truth' });
    return { select: postgresSelect(async (sql, params) => (await pool.query(sql, params)).rows as TextRow[]), close: () => pool.end() };
  }
  const url = new URL(target.url);
  url.protocol = 'mysql:';
  const pool = mysql.createPool({ uri: url.toString(), connectionLimit: 2 });
  return { select: mariadbSelect(async (sql, params) => (await pool.query(sql, params))[0] as TextRow[]), close: () => pool.end() };
}

const textOf = (value: unknown): string | null => (value === null || value === undefined ? null : String(value));

/** Values per archive condition at most (the archive refuses more). */
const ARCHIVE_VALUES = 1_000;

function archiveConditions(anyOf: readonly Condition[]): { field: string; values: string[] }[] {
  return anyOf.flatMap((condition) => {
    const chunks: { field: string; values: string[] }[] = [];
    for (let start = 0; start < condition.values.length; start += ARCHIVE_VALUES) {
      chunks.push({ field: condition.column, values: condition.values.slice(start, start + ARCHIVE_VALUES) });
    }
    return chunks;
  });
}

async function archiveSearch(baseUrl: string, columns: readonly string[], anyOf: readonly Condition[]): Promise<TextRow[]> {
  const conditions = archiveConditions(anyOf);
  if (conditions.length === 0) return [];
  const response = await fetch(`${baseUrl}/documents/search`, {
    method: 'POST', headers: { 'content-type': 'application/json' }, body: JSON.stringify({ anyOf: conditions, fields: columns }),
  });
  if (!response.ok) throw new Error(`the archive answered HTTP ${response.status}`);
  const { items } = await response.json() as { items: Record<string, unknown>[] };
  return items.map((item) => Object.fromEntries(columns.map((column) => [column, textOf(item[column])])));
}

/** Opens direct reads of both demo targets and a document archive of its own over the same rows. */
export async function openGroundTruthSources(targets: DemoTargets): Promise<GroundTruthSources> {
  const postgres = openSelect(targets.postgres);
  const mariadb = openSelect(targets.mariadb);
  let store: DemoArchiveStore | undefined;
  try {
    store = await openDemoArchiveStore(targets.postgres);
    const archive = await startDemoArchive({ mode: 'development', store });
    const openStore = store;
    return {
      select: (role, table, columns, anyOf) => (role === 'postgres' ? postgres : mariadb).select(table, columns, anyOf),
      searchArchive: (columns, anyOf) => archiveSearch(archive.url, columns, anyOf),
      close: async () => {
        await archive.close();
        await openStore.close();
        await postgres.close();
        await mariadb.close();
      },
    };
  } catch (error) {
    await store?.close();
    await postgres.close();
    await mariadb.close();
    throw error;
  }
}
