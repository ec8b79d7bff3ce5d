// EXPLAIN of each baseline query (extract-baseline-queries.ts) for one person, and whether it
// uses an index: no `Seq Scan` (PostgreSQL) and no access type `ALL` (MariaDB) on a big table.
// Also counts full scans on the demo tables over a stretch of work (pg_stat_user_tables.seq_scan;
// MariaDB's Handler_read_rnd_next, which is server-wide), to show the pipeline's own queries use
// indexes too.
import { archiveStatement, baselineQueries, type BaselineKeys, type BaselinePools } from './extract-baseline-queries.ts';

/** Below this many rows a sequential scan is the planner's right choice, not a missing index. */
const SMALL_TABLE_ROWS = 10_000;

export interface ExplainedQuery {
  readonly dataset: string;
  readonly engine: 'postgres' | 'mariadb';
  readonly plan: readonly string[];
  readonly tableRows: number;
  /** undefined: the table is small enough that a scan is fine. */
  readonly usesIndex: boolean | undefined;
}

async function tableRows(pools: BaselinePools, system: string, engine: 'postgres' | 'mariadb', table: string): Promise<number> {
  const [row] = engine === 'postgres'
    ? await pools.query(system, engine, 'select reltuples::float8 as n from pg_class where relname = $1', [table])
    : await pools.query(system, engine, 'select table_rows as n from information_schema.tables where table_schema = database() and table_name = ?', [table]);
  return Number(row?.n ?? 0);
}

async function explainPostgres(pools: BaselinePools, system: string, sql: string, params: readonly unknown[]): Promise<string[]> {
  const rows = await pools.query(system, 'postgres', `explain ${sql}`, params);
  return rows.map((row) => String(row['QUERY PLAN']));
}

async function explainMariadb(pools: BaselinePools, system: string, sql: string, params: readonly unknown[]): Promise<string[]> {
  const rows = await pools.query(system, 'mariadb', `explain ${sql}`, params);
  return rows.map((row) => `table=${String(row.table)} type=${String(row.type)} key=${String(row.key)} rows=${String(row.rows)} ${String(row.Extra ?? '')}`.trim());
}

function verdict(engine: 'postgres' | 'mariadb', plan: readonly string[], rows: number): boolean | undefined {
  const scans = engine === 'postgres' ? plan.some((line) => /Seq Scan/.test(line)) : plan.some((line) => / type=ALL /.test(`${line} `));
  if (!scans) return true;
  return rows < SMALL_TABLE_ROWS ? undefined : false;
}

export async function explainBaseline(pools: BaselinePools, keys: BaselineKeys): Promise<ExplainedQuery[]> {
  const explained: ExplainedQuery[] = [];
  const targets = [
    ...baselineQueries.map((query) => ({ ...query, statementOf: query.statement })),
    { dataset: 'dokumentarkiv.dokument (the archive\'s SQL)', system: 'folkbokforing', engine: 'postgres' as const, table: 'dokument', statementOf: archiveStatement },
  ];
  for (const target of targets) {
    const statement = target.statementOf(keys);
    if (!statement) continue;
    const plan = target.engine === 'postgres'
      ? await explainPostgres(pools, target.system, statement.sql, statement.params)
      : await explainMariadb(pools, target.system, statement.sql, statement.params);
    const rows = await tableRows(pools, target.system, target.engine, target.table);
    explained.push({ dataset: target.dataset, engine: target.engine, plan, tableRows: rows, usesIndex: verdict(target.engine, plan, rows) });
  }
  return explained;
}

export interface ScanCounters {
  /** Sequential scans per PostgreSQL demo table with more than SMALL_TABLE_ROWS rows. */
  readonly postgres: ReadonlyMap<string, number>;
  /** Rows read by full scans, server-wide. */
  readonly mariadbRndNext: number;
}

export async function scanCounters(pools: BaselinePools): Promise<ScanCounters> {
  const tables = await pools.query('folkbokforing', 'postgres',
    'select relname, seq_scan::float8 as n from pg_stat_user_tables where n_live_tup > $1', [SMALL_TABLE_ROWS]);
  const [status] = await pools.query('utbetalningar', 'mariadb', "show global status like 'Handler_read_rnd_next'", []);
  return {
    postgres: new Map(tables.map((row) => [String(row.relname), Number(row.n)])),
    mariadbRndNext: Number(status?.Value ?? 0),
  };
}

/** Full scans between two readings: PostgreSQL tables that were scanned, and MariaDB rows read by scans. */
export function scansBetween(before: ScanCounters, after: ScanCounters): { postgres: string[]; mariadbRows: number } {
  const postgres = [...after.postgres].filter(([table, n]) => n > (before.postgres.get(table) ?? 0))
    .map(([table, n]) => `${table} ×${n - (before.postgres.get(table) ?? 0)}`);
  return { postgres, mariadbRows: after.mariadbRndNext - before.mariadbRndNext };
}
