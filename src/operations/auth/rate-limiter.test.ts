import assert from 'node:assert/strict';
import { after, before, test } from 'node:test';
import type { DatabaseHandle } from '../../db/database.ts';
import { isInsynError } from '../../domain/error-catalogue.ts';
import { pgliteDatabase } from '../../../test/support/test-databases.ts';
import { createRateLimiter } from './rate-limiter.ts';

let database: DatabaseHandle;
let now = new Date('2026-03-02T08:00:10Z');

before(async () => { database = await pgliteDatabase(); });
after(async () => { await database?.close(); });

const limiter = (perPerson: number, perAddress: number) => createRateLimiter({
  db: database.db, perPerson, perAddress, secret: 's'.repeat(40), clock: () => now,
});
const limited = (error: unknown) => isInsynError(error, 'RATE_LIMITED');

test('the 11th submission by one person in a minute is refused, from any address; the next minute starts over', async () => {
  const check = limiter(10, 100);
  for (let index = 0; index < 10; index += 1) await check({ personKey: 'person-a', address: `10.0.0.${index}` });
  await assert.rejects(check({ personKey: 'person-a', address: '10.0.1.1' }), limited);
  await check({ personKey: 'person-b', address: '10.0.1.1' });
  now = new Date('2026-03-02T08:01:00Z');
  await check({ personKey: 'person-a', address: '10.0.1.1' });
});

test('an address is limited across persons and without login; addresses are stored only hashed', async () => {
  const check = limiter(10, 3);
  now = new Date('2026-03-02T09:00:00Z');
  await check({ address: '192.0.2.7' });
  await check({ personKey: 'p1', address: '192.0.2.7' });
  await check({ personKey: 'p2', address: '192.0.2.7' });
  await assert.rejects(check({ personKey: 'p3', address: '192.0.2.7' }), limited);
  const keys = (await database.db.selectFrom('rate_window').select('key').execute()).map((row) => row.key);
  assert.ok(keys.every((key) => /^[ap]:[0-9a-f]{64}$/.test(key)));
  assert.ok(!keys.some((key) => key.includes('192.0.2.7') || key.includes('p1')));
});

test('concurrent submissions are counted exactly (atomic upsert)', async () => {
  const check = limiter(1000, 1000);
  now = new Date('2026-03-02T10:00:00Z');
  await Promise.all(Array.from({ length: 25 }, () => check({ personKey: 'busy', address: '198.51.100.1' })));
  const rows = await database.db.selectFrom('rate_window').select('hits').where('window_start', '=', now).execute();
  assert.deepEqual(rows.map((row) => row.hits).sort(), [25, 25]);
});
