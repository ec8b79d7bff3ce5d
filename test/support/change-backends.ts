// Where the change workflows' tests run: the demo agency embedded in PGlite (every system in one
// database), and the machine's PostgreSQL and MariaDB (each system on its own engine, Insyn's
// tables in a PostgreSQL database of their own), each test file with databases of its own,
// dropped when it closes. Without PostgreSQL or MariaDB the second is skipped, unless
// INSYN_REQUIRE_SERVICES=1 (then opening it throws).
import { openChangeFixture, type ChangeFixture } from './change-fixture.ts';
import { pgliteDatabase, serviceDatabases } from './test-databases.ts';

export interface ChangeFixtureOptions {
  readonly persons: number;
  readonly erasureWaitMs?: number;
}

export interface ChangeBackend {
  readonly name: string;
  /** The fixture, or undefined when the services are not reachable (and not required). */
  open(options: ChangeFixtureOptions): Promise<ChangeFixture | undefined>;
}

async function openOnServices(options: ChangeFixtureOptions): Promise<ChangeFixture | undefined> {
  const databases = await serviceDatabases();
  if (!databases) return undefined;
  try {
    const fixture = await openChangeFixture({ ...options, database: databases.logDatabase, demoPostgresUrl: databases.demoPostgresUrl, demoMariadbUrl: databases.demoMariadbUrl });
    return { ...fixture, close: async () => { await fixture.close(); await databases.drop(); } };
  } catch (error) {
    await databases.logDatabase.close().catch(() => undefined);
    await databases.drop().catch(() => undefined);
    throw error;
  }
}

export const changeBackends: readonly ChangeBackend[] = [
  { name: 'PGlite', open: async (options) => openChangeFixture({ ...options, database: await pgliteDatabase() }) },
  { name: 'PostgreSQL and MariaDB', open: openOnServices },
];

export const SERVICES_MISSING = 'PostgreSQL or MariaDB is not reachable: this suite did not run';

/** A fixture on every backend, in order (undefined where the services are missing); all closed again if one fails to open. */
export async function openChangeBackends(options: ChangeFixtureOptions): Promise<(ChangeFixture | undefined)[]> {
  const fixtures: (ChangeFixture | undefined)[] = [];
  try {
    for (const backend of changeBackends) fixtures.push(await backend.open(options));
  } catch (error) {
    for (const fixture of fixtures) await fixture?.close();
    throw error;
  }
  return fixtures;
}
