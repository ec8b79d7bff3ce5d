// The access layer over the real PostgreSQL and MariaDB: the demo agency seeded into a
// database of its own on each, the processing log in a PostgreSQL database of its own.
import { after, before, test } from 'node:test';
import { serviceDatabases, type ServiceDatabases } from '../support/test-databases.ts';
import { openSourceFixture, type SourceFixture } from '../support/source-systems-fixture.ts';
import {
  findsEveryStoredForm, logHoldsNoPersonalDataAndVerifies, readsEverySystemAndLogsBeforeAndAfter,
  refusesWhatTheCatalogDoesNotAllow,
} from '../support/access-layer-scenarios.ts';

let fixture: SourceFixture | undefined;
let databases: ServiceDatabases | undefined;

before(async () => {
  // Each test says it was skipped when a service is missing; INSYN_REQUIRE_SERVICES=1 fails instead.
  databases = await serviceDatabases();
  if (databases) fixture = await openSourceFixture(databases);
});

after(async () => {
  await fixture?.close();
  await databases?.drop();
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
