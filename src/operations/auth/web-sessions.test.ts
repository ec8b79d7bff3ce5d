import assert from 'node:assert/strict';
import { after, before, test } from 'node:test';
import { createContentSealer } from '../../audit/content-sealer.ts';
import type { DatabaseHandle } from '../../db/database.ts';
import { pgliteDatabase } from '../../../test/support/test-databases.ts';
import { createWebSessions, hashToken } from './web-sessions.ts';

let database: DatabaseHandle;
let now = new Date('2026-03-02T08:00:00Z');
const minutes = (n: number) => { now = new Date(now.getTime() + n * 60_000); };

before(async () => { database = await pgliteDatabase(); });
after(async () => { await database?.close(); });

const sessions = () => createWebSessions({
  db: database.db, sealer: createContentSealer('s'.repeat(40)), idleMinutes: 15, maxHours: 8, clock: () => now,
});
const identity = { kind: 'personnummer', identityNumber: '198403129003', name: 'Eva Ek', acr: 'http://id.elegnamnden.se/loa/1.0/loa3' } as const;
const lastSeen = async (token: string) => (await database.db.selectFrom('web_session').select('last_seen_at')
  .where('id_hash', '=', hashToken(token)).executeTakeFirst())?.last_seen_at;

test('a session opens with its token, stores only the hash and the sealed identity, and ends on logout', async () => {
  const store = sessions();
  const { token, session } = await store.create({ kind: 'citizen', identity, subjectKey: 'a'.repeat(64) });
  assert.match(token, /^[A-Za-z0-9_-]{43}$/);
  assert.equal(session.kind, 'citizen');
  const row = await database.db.selectFrom('web_session').selectAll().where('id_hash', '=', hashToken(token)).executeTakeFirstOrThrow();
  assert.ok(!JSON.stringify(row).includes(token) && !JSON.stringify(row).includes('198403129003') && !JSON.stringify(row).includes('Eva'));
  assert.equal(row.expires_at.getTime() - row.created_at.getTime(), 8 * 3_600_000);
  const resumed = await store.resume(token);
  assert.deepEqual(resumed?.kind === 'citizen' && resumed.identity, identity);
  assert.notEqual(resumed?.csrfToken, token);
  await store.end(token);
  assert.equal(await store.resume(token), undefined);
  assert.equal(await store.resume('not-a-token'), undefined);
});

test('activity is written at most once a minute; 15 idle minutes end the session and delete it', async () => {
  const store = sessions();
  const { token } = await store.create({ kind: 'staff', identity: { staffId: 'anna', name: 'Anna', roles: ['handlaggare'] } });
  const opened = await lastSeen(token);
  now = new Date(now.getTime() + 30_000);
  assert.ok(await store.resume(token));
  assert.deepEqual(await lastSeen(token), opened, 'not touched after 30 seconds');
  now = new Date(now.getTime() + 40_000);
  assert.ok(await store.resume(token));
  assert.deepEqual(await lastSeen(token), now, 'touched after 70 seconds');
  minutes(14);
  assert.ok(await store.resume(token), '14 idle minutes');
  minutes(15);
  assert.equal(await store.resume(token), undefined, '15 idle minutes');
  assert.equal(await lastSeen(token), undefined, 'deleted');
});

test('eight hours after login the session ends however active', async () => {
  const store = sessions();
  const { token } = await store.create({ kind: 'citizen', identity, subjectKey: 'b'.repeat(64) });
  for (let elapsed = 0; elapsed < 8 * 60 - 10; elapsed += 10) {
    minutes(10);
    assert.ok(await store.resume(token), `${elapsed + 10} minutes`);
  }
  minutes(10);
  assert.equal(await store.resume(token), undefined);
});
