// Seeding the demo agency into real PostgreSQL and MariaDB: COPY and LOAD DATA produce the
// same valid, complete data as on PGlite, with indexes and sizes in place.
import { test } from 'node:test';
import assert from 'node:assert/strict';
import { isDemoSeeded } from '../../src/devservices/demo-agency/is-demo-seeded.ts';
import { openDemoConnections } from '../../src/devservices/demo-agency/open-demo-connections.ts';
import { seedDemoAgency } from '../../src/devservices/demo-agency/seed-demo-agency.ts';
import type { DemoTargets } from '../../src/devservices/demo-agency/demo-target.ts';
import { assertDemoData, readDemoTables, tableCount } from '../support/demo-agency-checks.ts';
import { scratchMariadb, scratchPostgres } from '../support/test-databases.ts';

test('seeds 300 persons into PostgreSQL and MariaDB', async (t) => {
  const postgres = await scratchPostgres(t);
  if (!postgres) return;
  t.after(() => postgres.drop());
  const mariadb = await scratchMariadb(t);
  if (!mariadb) return;
  t.after(() => mariadb.drop());
  const targets: DemoTargets = { postgres: { kind: 'postgres', url: postgres.url }, mariadb: { kind: 'mariadb', url: mariadb.url } };

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
});

test('reseeding with reset replaces the data', async (t) => {
  const postgres = await scratchPostgres(t);
  if (!postgres) return;
  t.after(() => postgres.drop());
  const mariadb = await scratchMariadb(t);
  if (!mariadb) return;
  t.after(() => mariadb.drop());
  const targets: DemoTargets = { postgres: { kind: 'postgres', url: postgres.url }, mariadb: { kind: 'mariadb', url: mariadb.url } };
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
