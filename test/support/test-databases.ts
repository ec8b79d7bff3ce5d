// Databases for tests: each test file gets its own. PGlite in memory always works; the
// machine's PostgreSQL and MariaDB get a fresh database per call, dropped afterwards.
// Without the services a suite is skipped with a clear reason, except where
// INSYN_REQUIRE_SERVICES=1 (CI), where a missing service fails the run.
import { randomBytes } from 'node:crypto';
import mysql from 'mysql2/promise';
import pg from 'pg';
import { openPglite, openPostgres, type DatabaseHandle } from '../../src/db/database.ts';
import { migrateToLatest } from '../../src/db/migrations.ts';

export const postgresAdminUrl = process.env.INSYN_TEST_POSTGRES_URL ?? 'postgres://postgres@127.0.0.1:5432/postgres';
export const mariadbAdminUrl = process.env.INSYN_TEST_MARIADB_URL ?? 'mysql://root@127.0.0.1:3306/test';
const servicesRequired = process.env.INSYN_REQUIRE_SERVICES === '1';

export interface SkipContext {
  skip(message?: string): void;
}

function uniqueName(prefix: string): string {
  return `${prefix}_${process.pid}_${randomBytes(4).toString('hex')}`;
}

function withDatabase(url: string, database: string): string {
  const parsed = new URL(url);
  parsed.pathname = `/${database}`;
  return parsed.toString();
}

async function unavailable(t: SkipContext, service: string, error: unknown): Promise<undefined> {
  const why = `${service} is not reachable (${(error as Error).message}): this suite did not run`;
  if (servicesRequired) throw new Error(`${why}; INSYN_REQUIRE_SERVICES=1 requires it`);
  t.skip(why);
  return undefined;
}

/** A migrated in-memory PGlite database. */
export async function pgliteDatabase(): Promise<DatabaseHandle> {
  const handle = await openPglite();
  await migrateToLatest(handle.db);
  return handle;
}

export interface ScratchDatabase {
  readonly url: string;
  drop(): Promise<void>;
}

/** A fresh, empty PostgreSQL database; undefined (test skipped) when PostgreSQL is missing locally. */
export async function scratchPostgres(t: SkipContext): Promise<ScratchDatabase | undefined> {
  const name = uniqueName('insyn_t');
  const admin = new pg.Client({ connectionString: postgresAdminUrl });
  try {
    await admin.connect();
    await admin.query(`create database ${name}`);
  } catch (error) {
    await admin.end().catch(() => {});
    return unavailable(t, 'PostgreSQL', error);
  }
  await admin.end();
  return {
    url: withDatabase(postgresAdminUrl, name),
    drop: async () => {
      const client = new pg.Client({ connectionString: postgresAdminUrl });
      await client.connect();
      await client.query(`drop database if exists ${name} with (force)`);
      await client.end();
    },
  };
}

/** A migrated PostgreSQL database of its own, dropped by `close()`. */
export async function postgresDatabase(t: SkipContext): Promise<DatabaseHandle | undefined> {
  const scratch = await scratchPostgres(t);
  if (!scratch) return undefined;
  const handle = openPostgres(scratch.url, 4);
  await migrateToLatest(handle.db);
  return {
    ...handle,
    close: async () => {
      await handle.close();
      await scratch.drop();
    },
  };
}

/** A fresh MariaDB database; undefined (test skipped) when MariaDB is missing locally. */
export async function scratchMariadb(t: SkipContext): Promise<ScratchDatabase | undefined> {
  const name = uniqueName('insyn_t');
  let admin: mysql.Connection | undefined;
  try {
    admin = await mysql.createConnection(mariadbAdminUrl);
    await admin.query(`create database ${name}`);
  } catch (error) {
    await admin?.end().catch(() => {});
    return unavailable(t, 'MariaDB', error);
  }
  await admin.end();
  return {
    url: withDatabase(mariadbAdminUrl, name),
    drop: async () => {
      const connection = await mysql.createConnection(mariadbAdminUrl);
      await connection.query(`drop database if exists ${name}`);
      await connection.end();
    },
  };
}

/** Insyn's own database on PostgreSQL and the demo agency's targets on PostgreSQL and MariaDB, each a database of its own. */
export interface ServiceDatabases {
  readonly logDatabase: DatabaseHandle;
  readonly demoPostgresUrl: string;
  readonly demoMariadbUrl: string;
  /** Drops the demo agency's databases (close `logDatabase` first: closing drops it). */
  drop(): Promise<void>;
}

/** The three databases, or undefined (nothing left behind) when a service is missing; `t.skip` says so unless services are required. */
export async function serviceDatabases(t: SkipContext = { skip: () => {} }): Promise<ServiceDatabases | undefined> {
  const scratch: ScratchDatabase[] = [];
  const drop = async () => { for (const database of scratch) await database.drop(); };
  const logDatabase = await postgresDatabase(t);
  try {
    const demoPostgres = await scratchPostgres(t);
    if (demoPostgres) scratch.push(demoPostgres);
    const demoMariadb = await scratchMariadb(t);
    if (demoMariadb) scratch.push(demoMariadb);
    if (!logDatabase || !demoPostgres || !demoMariadb) {
      await logDatabase?.close();
      await drop();
      return undefined;
    }
    return { logDatabase, demoPostgresUrl: demoPostgres.url, demoMariadbUrl: demoMariadb.url, drop };
  } catch (error) {
    await logDatabase?.close().catch(() => undefined);
    await drop().catch(() => undefined);
    throw error;
  }
}
