// The Art. 19 outbox end to end (issue 6, R21) on PGlite with a real worker and a real HTTP
// server of the test's own standing in for the recipients' webhooks: each recipient takes each
// notification exactly once (counted by distinct Idempotency-Key), signed with its own secret,
// also when its endpoint fails with 503 first or the answer to an accepted notification is lost;
// a refusal (400) and a recipient without a channel end failed with their codes, never dropped.
import assert from 'node:assert/strict';
import { createHmac } from 'node:crypto';
import { createServer, type IncomingMessage, type ServerResponse } from 'node:http';
import type { AddressInfo } from 'node:net';
import { test } from 'node:test';
import { createContentSealer } from '../../src/audit/content-sealer.ts';
import { notifyConfig } from '../../src/config/notify-config.ts';
import { recipientChannels } from '../../src/delivery/notify/recipient-channels.ts';
import { syntheticIdentityNumber } from '../../src/domain/personnummer.ts';
import { createWorker } from '../../src/engine/worker.ts';
import { notifyRecipientJob } from '../../src/operations/changes/notify-recipient-job.ts';
import { NOTIFY_RECIPIENT_JOB, queueRecipientNotifications } from '../../src/operations/changes/queue-recipient-notifications.ts';
import { findRecipientNotification, requestNotifications } from '../../src/stores/recipient-notification-store.ts';
import { pgliteDatabase } from '../support/test-databases.ts';
import { demoCatalog } from '../support/test-server.ts';

const person = syntheticIdentityNumber('1984-03-12', 901);
const secrets: Record<string, string> = {
  skatteverket: 'skatteverket-secret-0123456789abcdef',
  pensionsmyndigheten: 'pensionsmyndigheten-secret-0123456789',
  arbetsformedlingen: 'arbetsformedlingen-secret-0123456789ab',
  migrationsverket: 'migrationsverket-secret-0123456789abcd',
  kommun: 'kommun-secret-0123456789abcdef0123456',
};

interface Received {
  readonly path: string;
  readonly key: string | undefined;
  readonly signature: string | undefined;
  readonly body: string;
}

/** The recipients' side: every POST kept; `behaviour` per path decides the answer of each try. */
async function recipientServer(t: { after(fn: () => Promise<void>): void }) {
  const received: Received[] = [];
  const accepted = new Map<string, Set<string>>();
  const tries = new Map<string, number>();
  const answer = (path: string, key: string, response: ServerResponse) => {
    const n = (tries.get(path) ?? 0) + 1;
    tries.set(path, n);
    const accept = () => {
      const keys = accepted.get(path) ?? new Set();
      keys.add(key);
      accepted.set(path, keys);
    };
    if (path === '/flaky' && n <= 2) return response.writeHead(503).end();
    if (path === '/refuses') return response.writeHead(400, { 'content-type': 'application/json' }).end('{"error":"unknown"}');
    accept();
    // The answer to the first accepted notification is lost: the sender cannot know it arrived.
    if (path === '/lost' && n === 1) return response.socket?.destroy();
    return response.writeHead(200, { 'content-type': 'application/json' }).end(JSON.stringify({ receipt: `r-${path.slice(1)}-${key.slice(0, 8)}` }));
  };
  const server = createServer((request: IncomingMessage, response: ServerResponse) => {
    const chunks: Buffer[] = [];
    request.on('data', (chunk: Buffer) => chunks.push(chunk));
    request.on('end', () => {
      const body = Buffer.concat(chunks).toString('utf8');
      const key = request.headers['idempotency-key'] as string | undefined;
      received.push({ path: request.url ?? '', key, signature: request.headers['x-insyn-signature'] as string | undefined, body });
      if (request.method !== 'POST' || !key) return response.writeHead(400).end();
      answer(request.url ?? '', key, response);
    });
  });
  await new Promise<void>((resolve) => server.listen(0, '127.0.0.1', resolve));
  t.after(() => new Promise<void>((resolve) => { server.closeAllConnections(); server.close(() => resolve()); }));
  return { base: `http://127.0.0.1:${(server.address() as AddressInfo).port}`, received, accepted };
}

async function until(check: () => Promise<boolean>, what: string, ms = 15_000): Promise<void> {
  const deadline = Date.now() + ms;
  while (!(await check())) {
    if (Date.now() > deadline) throw new Error(`timed out waiting for ${what}`);
    await new Promise((resolve) => setTimeout(resolve, 20));
  }
}

test('Art. 19 outbox: one signed notification per recipient, retried to exactly once, refusals and unconfigured recipients failed', async (t) => {
  const handle = await pgliteDatabase();
  t.after(() => handle.close());
  const { db } = handle;
  const server = await recipientServer(t);
  const paths: Record<string, string> = {
    skatteverket: '/skatteverket', pensionsmyndigheten: '/pensionsmyndigheten', arbetsformedlingen: '/flaky', migrationsverket: '/lost', kommun: '/refuses',
  };
  const env: Record<string, string> = {};
  for (const [recipient, path] of Object.entries(paths)) {
    const key = recipient.toUpperCase();
    env[`INSYN_NOTIFY_${key}_URL`] = `${server.base}${path}`;
    env[`INSYN_NOTIFY_${key}_SECRET`] = secrets[recipient]!;
  }
  env.INSYN_NOTIFY_TIMEOUT_MS = '2000';
  const channels = recipientChannels(notifyConfig(env, 'development'));
  const sealer = createContentSealer('a-test-secret-of-at-least-32-characters');
  const clock = () => new Date();
  const catalog = demoCatalog();

  const requestId = 'req-art19';
  const recipients = ['skatteverket', 'pensionsmyndigheten', 'arbetsformedlingen', 'migrationsverket', 'kommun', 'kronofogden'];
  const queued = await db.transaction().execute((trx) => queueRecipientNotifications(trx, { catalog, sealer, clock }, {
    requestId, subject: person, kind: 'rectification', datasets: ['utbetalningar.utbetalning'], fields: ['amount_sek', 'paid_on'],
    recipients: [...recipients, 'skatteverket'],
  }));
  assert.deepEqual(queued.map((entry) => entry.recipient), recipients, 'one notification per recipient, a repeated one once');

  // Nothing in clear: the person's number is nowhere in the outbox's rows or the jobs' payloads.
  const stored = JSON.stringify([
    await db.selectFrom('recipient_notification').selectAll().execute(), await db.selectFrom('job').selectAll().execute(),
  ]);
  assert.ok(!stored.includes(person.normalized) && !stored.includes(person.normalized.slice(2)), 'no identity number in clear');

  const errors: string[] = [];
  const worker = createWorker({
    db, definitions: [notifyRecipientJob({ db, sealer, channels, clock })], workerId: 'art19-test', concurrency: 3,
    pollIntervalMs: 10, backoff: () => 30, onError: (_id, code) => errors.push(code),
  });
  worker.start();
  try {
    await until(async () => (await requestNotifications(db, requestId)).every((row) => row.status !== 'pending'), 'every notification to end');
    await until(async () => (await db.selectFrom('job').select('status').where('status', 'in', ['pending', 'running']).execute()).length === 0,
      'every job to end');
  } finally {
    await worker.stop();
  }

  const rows = new Map((await requestNotifications(db, requestId)).map((row) => [row.recipient, row]));
  for (const recipient of ['skatteverket', 'pensionsmyndigheten', 'arbetsformedlingen', 'migrationsverket']) {
    const row = rows.get(recipient)!;
    const path = paths[recipient]!;
    assert.equal(row.status, 'sent', recipient);
    assert.equal(row.channel, 'webhook');
    assert.deepEqual([...server.accepted.get(path) ?? []], [row.id], `${recipient} took exactly its one notification`);
    const posts = server.received.filter((entry) => entry.path === path);
    assert.ok(posts.every((post) => post.key === row.id), 'every try carries the notification id as its Idempotency-Key');
    for (const post of posts) {
      const expected = `sha256=${createHmac('sha256', secrets[recipient]!).update(post.body).digest('hex')}`;
      assert.equal(post.signature, expected, `${recipient}: signed with its own secret over the exact body`);
    }
    const body = JSON.parse(posts[0]!.body) as Record<string, unknown>;
    assert.deepEqual(body, {
      type: 'insyn.recipient-notification', version: 1, id: row.id, recipient, kind: 'rectification',
      datasets: ['utbetalningar.utbetalning'], fields: ['amount_sek', 'paid_on'],
      subject: { personalIdentityNumber: person.normalized }, occurredAt: row.createdAt.toISOString(),
    });
    assert.ok(row.sentAt instanceof Date);
  }
  assert.equal(rows.get('skatteverket')!.receipt, `r-skatteverket-${rows.get('skatteverket')!.id.slice(0, 8)}`);
  assert.equal(rows.get('skatteverket')!.attempts, 1);
  assert.equal(server.received.filter((entry) => entry.path === '/flaky').length, 3, 'two 503s, then taken');
  assert.equal(rows.get('arbetsformedlingen')!.attempts, 3);
  assert.equal(server.received.filter((entry) => entry.path === '/lost').length, 2, 'the lost answer made it send again, with the same key');

  const refused = rows.get('kommun')!;
  assert.equal(refused.status, 'failed');
  assert.equal(refused.lastErrorCode, 'NOTIFICATION_REJECTED');
  assert.equal(server.received.filter((entry) => entry.path === '/refuses').length, 1, 'a 400 is not tried again');
  assert.equal(server.accepted.get('/refuses'), undefined);

  const unconfigured = rows.get('kronofogden')!;
  assert.equal(unconfigured.status, 'failed');
  assert.equal(unconfigured.lastErrorCode, 'RECIPIENT_NOT_CONFIGURED');
  assert.equal(unconfigured.attempts, 0, 'nothing was sent anywhere');

  const jobs = await db.selectFrom('job').select(['status', 'last_error_code', 'idempotency_key'])
    .where('kind', '=', NOTIFY_RECIPIENT_JOB).orderBy('id').execute();
  assert.equal(jobs.length, recipients.length);
  assert.deepEqual(jobs.map((job) => job.status).sort(), ['done', 'done', 'done', 'done', 'failed', 'failed']);
  assert.deepEqual(jobs.filter((job) => job.status === 'failed').map((job) => job.last_error_code).sort(),
    ['NOTIFICATION_REJECTED', 'RECIPIENT_NOT_CONFIGURED']);
  assert.deepEqual(errors.sort(), ['NOTIFICATION_REJECTED', 'NOTIFICATION_UNAVAILABLE', 'NOTIFICATION_UNAVAILABLE', 'NOTIFICATION_UNAVAILABLE',
    'RECIPIENT_NOT_CONFIGURED']);

  // Queued again for the same row (the same idempotency key), a sent notification is not sent twice.
  const before = server.received.length;
  const again = createWorker({ db, definitions: [notifyRecipientJob({ db, sealer, channels, clock })], workerId: 'again', pollIntervalMs: 10 });
  assert.equal(await again.runOnce(), 0, 'no job is due: each key made one job');
  assert.equal(server.received.length, before);
  assert.equal((await findRecipientNotification(db, rows.get('skatteverket')!.id))!.status, 'sent');
});

test('Art. 19 outbox: queuing refuses what the catalog does not know, and writes nothing', async (t) => {
  const handle = await pgliteDatabase();
  t.after(() => handle.close());
  const { db } = handle;
  const deps = { catalog: demoCatalog(), sealer: createContentSealer('a-test-secret-of-at-least-32-characters'), clock: () => new Date() };
  const base = { requestId: null, subject: person, kind: 'erasure' as const, datasets: ['utbetalningar.utbetalning'], fields: ['amount_sek'] };
  const cases = [
    { input: { ...base, recipients: ['nobody'] }, code: 'VALIDATION_FAILED' },
    { input: { ...base, datasets: ['utbetalningar.nothing'], recipients: ['skatteverket'] }, code: 'UNKNOWN_DATASET' },
    { input: { ...base, fields: ['no_such_field'], recipients: ['skatteverket'] }, code: 'UNKNOWN_FIELD' },
  ];
  for (const { input, code } of cases) {
    await assert.rejects(db.transaction().execute((trx) => queueRecipientNotifications(trx, deps, input)), { code });
  }
  assert.equal((await db.selectFrom('recipient_notification').select('id').execute()).length, 0);
  assert.equal((await db.selectFrom('job').select('id').execute()).length, 0);
});
