// The access layer over the real PostgreSQL and MariaDB: the demo agency seeded into a
// database of its own on each, the processing log in a PostgreSQL database of its own.
import { after, before, test } from 'node:test';
import { postgresDatabase, scratchMariadb, scratchPostgres, type ScratchDatabase } from '../support/test-databases.ts';
import { openSourceFixture, type SourceFixture } from '../support/source-systems-fixture.ts';
import {
  findsEveryStoredForm, logHoldsNoPersonalDataAndVerifies, readsEverySystemAndLogsBeforeAndAfter,
  refusesWhatTheCatalogDoesNotAllow,
} from '../support/access-layer-scenarios.ts';

let fixture: SourceFixture | undefined;
const scratch: ScratchDatabase[] = [];

before(async () => {
  // Each test says it was skipped when a service is missing; INSYN_REQUIRE_SERVICES=1 fails instead.
  const t = { skip: () => {} };
  const logDatabase = await postgresDatabase(t);
  const demoPostgres = await scratchPostgres(t);
  const demoMariadb = await scratchMariadb(t);
  for (const database of [demoPostgres, demoMariadb]) if (database) scratch.push(database);
  if (!logDatabase || !demoPostgres || !demoMariadb) {
    await logDatabase?.close();
    return;
  }
  fixture = await openSourceFixture({ logDatabase, demoPostgresUrl: demoPostgres.url, demoMariadbUrl: demoMariadb.url });
});

after(async () => {
  await fixture?.close();
  for (const database of scratch) await database.drop();
});

function onServices(name: string, scenario: (fixture: SourceFixture) => Promise<void>) {
  test(name, async (t) => {
    if (!fixture) return t.skip('PostgreSQL or MariaDB is not reachable: this suite did not run');
    await scenario(fixture);
  });
}

onServices('PostgreSQL + MariaDB: reads every system, logging before and after', readsEverySystemAndLogsBeforeAndAfter);
onServices('PostgreSQL + MariaDB: finds every stored form of the number', findsEveryStoredForm);
onServices('PostgreSQL + MariaDB: refuses what the catalog does not allow', refusesWhatTheCatalogDoesNotAllow);
onServices('PostgreSQL + MariaDB: the log holds no personal data and verifies', logHoldsNoPersonalDataAndVerifies);
