import assert from 'node:assert/strict';
import { test } from 'node:test';
import { openDemoPglite } from '../../devservices/demo-agency/open-demo-pglite.ts';
import { seedDemoOnFirstStart } from './seed-demo-on-first-start.ts';

test('first start seeds once, then leaves the data alone', async () => {
  const pglite = await openDemoPglite();
  try {
    const target = { kind: 'pglite', pglite } as const;
    const targets = { postgres: target, mariadb: target };
    assert.equal(await seedDemoOnFirstStart(targets, 0), undefined);
    assert.equal((await seedDemoOnFirstStart(targets, 20))?.persons, 20);
    assert.equal(await seedDemoOnFirstStart(targets, 30), undefined);
  } finally {
    await pglite.close();
  }
});
