// The extract bench's own databases: the demo agency in `<name>` on the PostgreSQL and the
// MariaDB at the test services' addresses (INSYN_TEST_POSTGRES_URL / INSYN_TEST_MARIADB_URL),
// seeded once per person count and reused while the count and seed match; Insyn's own tables
// (requests, jobs, processing log) in `<name>_insyn`, created afresh for every run so that
// earlier runs' log events never reach an extract's log summary.
import mysql from 'mysql2/promise';
import pg from 'pg';
import { DEFAULT_DEMO_SEED } from '../src/devservices/demo-agency/demo-population.ts';
import { MARKER_TABLE } from '../src/devservices/demo-agency/demo-ddl.ts';
import { withDemoConnections } from '../src/devservices/demo-agency/demo-schema.ts';
import type { DemoTargets } from '../src/devservices/demo-agency/demo-target.ts';
import { seedDemoAgency } from '../src/devservices/demo-agency/seed-demo-agency.ts';
import { mariadbAdminUrl, postgresAdminUrl } from '../test/support/test-databases.ts';

export interface BenchDatabases {
  readonly targets: DemoTargets & { readonly postgres: { readonly url: string }; readonly mariadb: { readonly url: string } };
  /** Insyn's own database (empty, not migrated). */
  readonly insynUrl: string;
}

function withDatabase(url: string, database: string): string {
  const parsed = new URL(url);
  parsed.pathname = `/${database}`;
  return parsed.toString();
}

function checkedName(name: string): string {
  // Names go into CREATE DATABASE: only the harmless characters of an identifier.
  if (!/^[a-z][a-z0-9_]{0,40}$/.test(name) || ['postgres', 'test', 'template0', 'template1', 'mysql'].includes(name)) {
    throw new TypeError(`not a bench database name: ${name}`);
  }
  return name;
}

async function ensurePostgresDatabase(name: string, fresh: boolean): Promise<void> {
  const admin = new pg.Client({ connectionString: postgresAdminUrl });
  await admin.connect();
  try {
    if (fresh) await admin.query(`drop database if exists ${name} with (force)`);
    const { rowCount } = await admin.query('select 1 from pg_database where datname = $1', [name]);
    if (rowCount === 0) await admin.query(`create database ${name}`);
  } finally {
    await admin.end();
  }
}

async function ensureMariadbDatabase(name: string): Promise<void> {
  const admin = await mysql.createConnection(mariadbAdminUrl);
  try {
    await admin.query(`create database if not exists ${name}`);
  } finally {
    await admin.end();
  }
}

/** The persons and seed of the completed seed in both targets, when they agree. */
async function seededWith(targets: DemoTargets): Promise<{ persons: number; seed: string } | undefined> {
  return withDemoConnections(targets, async (connections) => {
    const found = [];
    for (const role of ['postgres', 'mariadb'] as const) {
      const connection = connections.for(role);
      if (!(await connection.tableExists(MARKER_TABLE))) return undefined;
      const [row] = await connection.query<{ persons: number | string; seed: string }>(
        `SELECT persons, seed FROM ${MARKER_TABLE} WHERE role = ?`, [role],
      );
      if (!row) return undefined;
      found.push({ persons: Number(row.persons), seed: row.seed });
    }
    const [postgres, mariadb] = found;
    return postgres && mariadb && postgres.persons === mariadb.persons && postgres.seed === mariadb.seed ? postgres : undefined;
  });
}

export interface SeedReport {
  readonly reused: boolean;
  readonly seconds: number;
}

/** Creates the bench databases where missing and seeds `persons` unless that seed is there already. */
export async function prepareBenchDatabases(
  name: string, persons: number, log: (line: string) => void,
): Promise<BenchDatabases & { readonly seed: SeedReport }> {
  const database = checkedName(name);
  await ensurePostgresDatabase(database, false);
  await ensureMariadbDatabase(database);
  const insynDatabase = `${database}_insyn`;
  await ensurePostgresDatabase(insynDatabase, true);
  const targets = {
    postgres: { kind: 'postgres', url: withDatabase(postgresAdminUrl, database) },
    mariadb: { kind: 'mariadb', url: withDatabase(mariadbAdminUrl, database) },
  } as const;
  const insynUrl = withDatabase(postgresAdminUrl, insynDatabase);
  const seeded = await seededWith(targets);
  if (seeded?.persons === persons && seeded.seed === DEFAULT_DEMO_SEED) {
    log(`demo agency: reusing ${persons.toLocaleString('en')} persons already seeded in ${database}`);
    return { targets, insynUrl, seed: { reused: true, seconds: 0 } };
  }
  log(`demo agency: seeding ${persons.toLocaleString('en')} persons into ${database} (PostgreSQL + MariaDB)`);
  let nextTenth = 1;
  const result = await seedDemoAgency({
    persons, targets, reset: true,
    onProgress: ({ done, total }) => {
      if (done < (total * nextTenth) / 10) return;
      nextTenth = Math.floor((done / total) * 10) + 1;
      log(`  ${done.toLocaleString('en')} persons`);
    },
  });
  log(`  seeded in ${(result.elapsedMs / 1000).toFixed(0)} s (${result.totalRows.toLocaleString('en')} rows)`);
  return { targets, insynUrl, seed: { reused: false, seconds: result.elapsedMs / 1000 } };
}
