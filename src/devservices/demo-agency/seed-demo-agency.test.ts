// Seeding the demo agency into embedded PGlite: deterministic, complete, refuses to seed twice.
import { after, before, test } from 'node:test';
import assert from 'node:assert/strict';
import type { PGlite } from '@electric-sql/pglite';
import { isInsynError } from '../../domain/error-catalogue.ts';
import { assertDemoData, hashDump, readDemoTables } from '../../../test/support/demo-agency-checks.ts';
import type { DemoTargets } from './demo-target.ts';
import { isDemoSeeded } from './is-demo-seeded.ts';
import { openDemoConnections } from './open-demo-connections.ts';
import { openDemoPglite } from './open-demo-pglite.ts';
import { seedDemoAgency, type DemoSeedOptions } from './seed-demo-agency.ts';

const PERSONS = 300;
let pglite: PGlite;
let targets: DemoTargets;

before(async () => {
  pglite = await openDemoPglite();
  targets = { postgres: { kind: 'pglite', pglite }, mariadb: { kind: 'pglite', pglite } };
});
after(() => pglite.close());

async function seedAndRead(options: Omit<DemoSeedOptions, 'targets' | 'persons' | 'reset'>) {
  const result = await seedDemoAgency({ persons: PERSONS, seed: 'test', targets, reset: true, ...options });
  const connections = await openDemoConnections(targets);
  try {
    return { result, dump: await readDemoTables(connections) };
  } finally {
    await connections.close();
  }
}

test('300 persons: valid, complete, the same rows for the same seed whatever the chunk size', async () => {
  const first = await seedAndRead({ chunkSize: 1000 });
  assertDemoData(first.dump, PERSONS, 'test');
  for (const [table, rows] of Object.entries(first.dump)) {
    assert.equal(first.result.rows[table as keyof typeof first.result.rows], rows.length, table);
  }
  assert.ok(first.result.bytes.postgres > 0 && first.result.bytes.mariadb > 0);
  const second = await seedAndRead({ chunkSize: 37 });
  assert.equal(hashDump(second.dump), hashDump(first.dump));
  const other = await seedAndRead({ seed: 'another' });
  assert.notEqual(hashDump(other.dump), hashDump(first.dump));
  assertDemoData(other.dump, PERSONS, 'another');
});

test('isDemoSeeded; seeding again needs reset; progress reaches the total', async () => {
  const fresh = await openDemoPglite();
  const own: DemoTargets = { postgres: { kind: 'pglite', pglite: fresh }, mariadb: { kind: 'pglite', pglite: fresh } };
  try {
    assert.equal(await isDemoSeeded(own), false);
    const progress: number[] = [];
    await seedDemoAgency({ persons: 50, targets: own, chunkSize: 20, onProgress: (p) => progress.push(p.done) });
    assert.deepEqual(progress, [20, 40, 50]);
    assert.equal(await isDemoSeeded(own), true);
    await assert.rejects(seedDemoAgency({ persons: 50, targets: own }), (error) => isInsynError(error, 'DEMO_ALREADY_SEEDED'));
    const again = await seedDemoAgency({ persons: 40, targets: own, reset: true });
    assert.equal(again.rows.fb_person, 40);
    assert.equal(await isDemoSeeded(own), true);
  } finally {
    await fresh.close();
  }
});
