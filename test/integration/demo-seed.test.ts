// Seeding the demo agency into real PostgreSQL and MariaDB: COPY and LOAD DATA produce the
// same valid, complete data as on PGlite, with indexes and sizes in place.
import { test, type TestContext } from 'node:test';
import assert from 'node:assert/strict';
import { startDemoArchive } from '../../src/devservices/demo-agency/demo-archive.ts';
import { openDemoArchiveStore } from '../../src/devservices/demo-agency/demo-archive-store.ts';
import { demoPersonas } from '../../src/devservices/demo-agency/demo-personas.ts';
import { isDemoSeeded } from '../../src/devservices/demo-agency/is-demo-seeded.ts';
import { openDemoConnections } from '../../src/devservices/demo-agency/open-demo-connections.ts';
import { seedDemoAgency } from '../../src/devservices/demo-agency/seed-demo-agency.ts';
import type { DemoTargets } from '../../src/devservices/demo-agency/demo-target.ts';
import { assertDemoData, readDemoTables, tableCount } from '../support/demo-agency-checks.ts';
import { scratchMariadb, scratchPostgres } from '../support/test-databases.ts';

/** Fresh PostgreSQL and MariaDB databases as demo targets, dropped after the test. */
async function scratchTargets(t: TestContext): Promise<DemoTargets | undefined> {
  const postgres = await scratchPostgres(t);
  if (!postgres) return undefined;
  t.after(() => postgres.drop());
  const mariadb = await scratchMariadb(t);
  if (!mariadb) return undefined;
  t.after(() => mariadb.drop());
  return { postgres: { kind: 'postgres', url: postgres.url }, mariadb: { kind: 'mariadb', url: mariadb.url } };
}

test('seeds 300 persons into PostgreSQL and MariaDB', async (t) => {
  const targets = await scratchTargets(t);
  if (!targets) return;

  assert.equal(await isDemoSeeded(targets), false);
  const result = await seedDemoAgency({ persons: 300, seed: 'test', targets, chunkSize: 100 });
  assert.equal(await isDemoSeeded(targets), true);
  assert.ok(result.bytes.postgres > 0 && result.bytes.mariadb > 0);

  const connections = await openDemoConnections(targets);
  try {
    const dump = await readDemoTables(connections);
    assertDemoData(dump, 300, 'test');
    assert.equal(await tableCount(connections.mariadb, 'utbetalning'), result.rows.utbetalning);
    const [index] = await connections.mariadb.query<{ n: number }>(
      "SELECT count(*) AS n FROM information_schema.statistics WHERE table_schema = database() AND index_name = 'ix_utbetalning_pnr'",
    );
    assert.ok(Number(index?.n) >= 1, 'MariaDB identity columns are indexed');
    const [pgIndex] = await connections.postgres.query<{ name: string | null }>("SELECT to_regclass('ix_kontakt_pnr')::text AS name");
    assert.equal(pgIndex?.name, 'ix_kontakt_pnr');
  } finally {
    await connections.close();
  }

  const store = await openDemoArchiveStore(targets.postgres);
  const archive = await startDemoArchive({ mode: 'development', store });
  try {
    const response = await fetch(`${archive.url}/documents/search`, {
      method: 'POST', headers: { 'content-type': 'application/json' },
      body: JSON.stringify({ anyOf: [{ field: 'pnr', values: [demoPersonas('test').ordinaryAdult.identityNumber] }], fields: ['case_id', 'registered_on'] }),
    });
    const { items } = await response.json() as { items: { case_id: unknown; registered_on: unknown }[] };
    assert.ok(items.length > 0);
    assert.equal(typeof items[0]?.case_id, 'number');
    assert.match(String(items[0]?.registered_on), /^\d{4}-\d{2}-\d{2}$/);
  } finally {
    await archive.close();
    await store.close();
  }
});

test('reseeding with reset replaces the data', async (t) => {
  const targets = await scratchTargets(t);
  if (!targets) return;
  await seedDemoAgency({ persons: 40, targets });
  const again = await seedDemoAgency({ persons: 20, targets, reset: true });
  const connections = await openDemoConnections(targets);
  try {
    assert.equal(await tableCount(connections.postgres, 'fb_person'), 20);
    assert.equal(await tableCount(connections.mariadb, 'utlamnande'), again.rows.utlamnande);
  } finally {
    await connections.close();
  }
});
