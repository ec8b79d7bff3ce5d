// The change-kill soak's stack: fresh databases on the machine's PostgreSQL (Insyn's own, the demo
// agency's PostgreSQL systems) and MariaDB (its MariaDB systems), the demo agency seeded into them,
// the casework operations (test/support/change-fixture.ts) in this process, and the environment a
// worker process needs to open the same services (same database, same secret and log keys).
import { join } from 'node:path';
import mysql from 'mysql2/promise';
import pg from 'pg';
import { openPostgres } from '../src/db/database.ts';
import { migrateToLatest } from '../src/db/migrations.ts';
import { openChangeFixture, type ChangeFixture } from '../test/support/change-fixture.ts';
import { projectRoot } from '../test/support/run-insyn.ts';
import { scratchMariadb, scratchPostgres, type ScratchDatabase, type SkipContext } from '../test/support/test-databases.ts';

export interface SoakStack {
  readonly fixture: ChangeFixture;
  readonly demo: { readonly postgres: pg.Client; readonly mariadb: mysql.Connection };
  /** The environment of a worker process that opens the same services as this one. */
  workerEnv(extra: Readonly<Record<string, string>>): Record<string, string>;
  close(): Promise<void>;
}

/** A soak needs the services: a missing one fails it instead of skipping. */
const required: SkipContext = { skip: (message) => { throw new Error(message ?? 'a service is missing'); } };

async function scratch(open: (t: SkipContext) => Promise<ScratchDatabase | undefined>, dropped: ScratchDatabase[]): Promise<ScratchDatabase> {
  const database = await open(required);
  if (!database) throw new Error('no database');
  dropped.push(database);
  return database;
}

export async function openSoakStack(persons: number): Promise<SoakStack> {
  const scratches: ScratchDatabase[] = [];
  const closers: (() => Promise<void>)[] = [];
  const close = async () => {
    for (const closer of closers.reverse()) await closer().catch(() => undefined);
    for (const database of scratches) await database.drop().catch(() => undefined);
  };
  try {
    const insyn = await scratch(scratchPostgres, scratches);
    const demoPostgres = await scratch(scratchPostgres, scratches);
    const demoMariadb = await scratch(scratchMariadb, scratches);
    const handle = openPostgres(insyn.url, 8);
    await migrateToLatest(handle.db);
    const fixture = await openChangeFixture({
      database: handle, persons, demoPostgresUrl: demoPostgres.url, demoMariadbUrl: demoMariadb.url, erasureWaitMs: 0,
    });
    closers.push(() => fixture.close());
    const postgres = new pg.Client({ connectionString: demoPostgres.url });
    await postgres.connect();
    closers.push(() => postgres.end());
    const mariadb = await mysql.createConnection(demoMariadb.url);
    closers.push(() => mariadb.end());
    const env = {
      PATH: process.env.PATH ?? '', DATABASE_URL: insyn.url, INSYN_MODE: 'development', INSYN_DATA_DIR: fixture.sources.dataDir,
      INSYN_CATALOG_DIR: join(projectRoot, 'catalog'), INSYN_DEMO_POSTGRES_URL: demoPostgres.url, INSYN_DEMO_MARIADB_URL: demoMariadb.url,
      INSYN_ERASURE_WAIT: 'PT0S',
    };
    return { fixture, demo: { postgres, mariadb }, workerEnv: (extra) => ({ ...env, ...extra }), close };
  } catch (error) {
    await close();
    throw error;
  }
}
