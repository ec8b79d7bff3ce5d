// The Art. 19 outbox through NATS JetStream (issue 6, item 5) with a nats-server of the test's own
// (never a shared one): a real worker publishes each notification to its recipient's subject; the
// server is killed (SIGKILL) right after the first message reaches the stream and restarted on the
// same port and store, and the stream still ends with exactly one message per notification, each
// with its id as `Nats-Msg-Id` and a verifying `Insyn-Signature`. A publish sent again (a lost ack)
// is dropped by the server's de-duplication. Without nats-server the suite is skipped, except
// under INSYN_REQUIRE_SERVICES=1, where it fails.
import assert from 'node:assert/strict';
import { spawn, type ChildProcess } from 'node:child_process';
import { createHmac } from 'node:crypto';
import { existsSync, mkdtempSync, rmSync } from 'node:fs';
import { createConnection, createServer, type AddressInfo } from 'node:net';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { test } from 'node:test';
import { jetstreamManager, type JetStreamManager } from '@nats-io/jetstream';
import { connect, nanos, type NatsConnection } from '@nats-io/transport-node';
import { createContentSealer } from '../../src/audit/content-sealer.ts';
import { notifyConfig } from '../../src/config/notify-config.ts';
import { NATS_SIGNATURE_HEADER } from '../../src/delivery/notify/nats-channel.ts';
import { recipientChannels } from '../../src/delivery/notify/recipient-channels.ts';
import { syntheticIdentityNumber } from '../../src/domain/personnummer.ts';
import { createWorker } from '../../src/engine/worker.ts';
import { notifyRecipientJob } from '../../src/operations/changes/notify-recipient-job.ts';
import { queueRecipientNotifications } from '../../src/operations/changes/queue-recipient-notifications.ts';
import { requestNotifications } from '../../src/stores/recipient-notification-store.ts';
import { pgliteDatabase } from '../support/test-databases.ts';
import { demoCatalog } from '../support/test-server.ts';

const NATS_SERVER = process.env.INSYN_TEST_NATS_SERVER ?? '/usr/sbin/nats-server';
const STREAM = 'INSYN_ART19';
const person = syntheticIdentityNumber('1984-03-12', 901);
const secrets: Record<string, string> = {
  skatteverket: 'skatteverket-secret-0123456789abcdef',
  kommun: 'kommun-secret-0123456789abcdef0123456',
};

interface TestContext {
  skip(message?: string): void;
  after(fn: () => Promise<void> | void): void;
}

async function freePort(): Promise<number> {
  const server = createServer();
  await new Promise<void>((resolve) => server.listen(0, '127.0.0.1', resolve));
  const { port } = server.address() as AddressInfo;
  await new Promise<void>((resolve) => server.close(() => resolve()));
  return port;
}

async function until(check: () => Promise<boolean> | boolean, what: string, ms = 20_000): Promise<void> {
  const deadline = Date.now() + ms;
  while (!(await check())) {
    if (Date.now() > deadline) throw new Error(`timed out waiting for ${what}`);
    await new Promise((resolve) => setTimeout(resolve, 20));
  }
}

function accepts(port: number): Promise<boolean> {
  return new Promise((resolve) => {
    const socket = createConnection({ host: '127.0.0.1', port }, () => { socket.destroy(); resolve(true); });
    socket.on('error', () => resolve(false));
  });
}

/** A nats-server with JetStream of this test's own; `kill()` is SIGKILL, `start()` brings it back on the same port and store. */
async function natsServer(t: TestContext) {
  if (!existsSync(NATS_SERVER)) {
    const why = `${NATS_SERVER} is not installed: this suite did not run`;
    if (process.env.INSYN_REQUIRE_SERVICES === '1') throw new Error(`${why}; INSYN_REQUIRE_SERVICES=1 requires it`);
    t.skip(why);
    return undefined;
  }
  const port = await freePort();
  const storeDir = mkdtempSync(join(tmpdir(), 'insyn-nats-'));
  let child: ChildProcess | undefined;
  let output = '';
  const kill = async () => {
    const running = child;
    child = undefined;
    if (!running || running.exitCode !== null || running.signalCode !== null) return;
    const exited = new Promise<void>((resolve) => running.once('exit', () => resolve()));
    running.kill('SIGKILL');
    await exited;
  };
  const start = async () => {
    const started = spawn(NATS_SERVER, ['-js', '-a', '127.0.0.1', '-p', String(port), '-sd', storeDir], { stdio: ['ignore', 'pipe', 'pipe'] });
    started.stdout?.on('data', (chunk: Buffer) => { output += chunk.toString(); });
    started.stderr?.on('data', (chunk: Buffer) => { output += chunk.toString(); });
    child = started;
    await until(async () => {
      if (started.exitCode !== null) throw new Error(`nats-server exited: ${output.slice(-2000)}`);
      return accepts(port);
    }, 'nats-server to accept connections', 10_000);
  };
  t.after(async () => {
    await kill();
    rmSync(storeDir, { recursive: true, force: true });
  });
  await start();
  return { port, url: `nats://127.0.0.1:${port}`, start, kill, killNow: () => child?.kill('SIGKILL') };
}

async function manager(url: string): Promise<{ nc: NatsConnection; jsm: JetStreamManager }> {
  const nc = await connect({ servers: url, maxReconnectAttempts: 0 });
  return { nc, jsm: await jetstreamManager(nc) };
}

/** Every message the stream holds, by sequence. */
async function storedMessages(url: string) {
  const { nc, jsm } = await manager(url);
  try {
    const info = await jsm.streams.info(STREAM);
    const messages = [];
    for (let seq = info.state.first_seq; seq <= info.state.last_seq && info.state.messages > 0; seq++) {
      const message = await jsm.streams.getMessage(STREAM, { seq });
      if (!message) continue;
      messages.push({
        seq, subject: message.subject, msgId: message.header.get('Nats-Msg-Id'),
        signature: message.header.get(NATS_SIGNATURE_HEADER), body: message.string(),
      });
    }
    return { count: info.state.messages, messages };
  } finally {
    await nc.close();
  }
}

async function addStream(url: string): Promise<void> {
  const { nc, jsm } = await manager(url);
  try {
    await jsm.streams.add({ name: STREAM, subjects: ['insyn.art19.>'], duplicate_window: nanos(120_000) });
  } finally {
    await nc.close();
  }
}

function natsEnv(url: string): Record<string, string> {
  const env: Record<string, string> = { INSYN_NOTIFY_TIMEOUT_MS: '1000' };
  for (const recipient of Object.keys(secrets)) {
    env[`INSYN_NOTIFY_${recipient.toUpperCase()}_URL`] = `${url}/insyn.art19.${recipient}`;
    env[`INSYN_NOTIFY_${recipient.toUpperCase()}_SECRET`] = secrets[recipient]!;
  }
  return env;
}

const sign = (recipient: string, body: string) => `sha256=${createHmac('sha256', secrets[recipient]!).update(body).digest('hex')}`;

test('Art. 19 over NATS: one signed stream message per notification, also across a broker killed and restarted', async (t) => {
  const server = await natsServer(t);
  if (!server) return;
  await addStream(server.url);
  const handle = await pgliteDatabase();
  t.after(() => handle.close());
  const { db } = handle;
  const channels = recipientChannels(notifyConfig(natsEnv(server.url), 'development'));
  t.after(() => channels.close());
  const sealer = createContentSealer('a-test-secret-of-at-least-32-characters');
  const clock = () => new Date();
  const deps = { catalog: demoCatalog(), sealer, clock };

  const requestId = 'req-art19-nats';
  const kinds = ['rectification', 'erasure', 'restriction'] as const;
  const queued = [];
  for (const kind of kinds) {
    queued.push(...await db.transaction().execute((trx) => queueRecipientNotifications(trx, deps, {
      requestId, subject: person, kind, datasets: ['utbetalningar.utbetalning'], fields: ['amount_sek'], recipients: Object.keys(secrets),
    })));
  }
  assert.equal(queued.length, 6);

  // The broker dies the moment the first notification reaches the stream: the rest are held until it is back.
  const watcher = await connect({ servers: server.url, maxReconnectAttempts: 0 });
  let seenBeforeKill = 0;
  watcher.subscribe('insyn.art19.>', { callback: () => { seenBeforeKill++; if (seenBeforeKill === 1) server.killNow(); } });
  await watcher.flush();

  const errors: string[] = [];
  const worker = createWorker({
    db, definitions: [notifyRecipientJob({ db, sealer, channels, clock })], workerId: 'art19-nats', concurrency: 1,
    pollIntervalMs: 10, backoff: () => 200, onError: (_id, code) => errors.push(code),
  });
  worker.start();
  try {
    await until(() => seenBeforeKill >= 1, 'the first notification to reach the stream');
    await server.kill();
    await watcher.closed();
    await until(() => errors.length >= 1, 'a send to fail while the broker is down');
    await server.start();
    await until(async () => (await requestNotifications(db, requestId)).every((row) => row.status !== 'pending'), 'every notification to end', 60_000);
    await until(async () => (await db.selectFrom('job').select('status').where('status', 'in', ['pending', 'running']).execute()).length === 0,
      'every job to end');
  } finally {
    await worker.stop();
  }

  assert.ok(errors.length >= 1 && errors.every((code) => code === 'NOTIFICATION_UNAVAILABLE'), `retried while down: ${errors.join(', ')}`);
  const rows = await requestNotifications(db, requestId);
  assert.deepEqual(rows.map((row) => row.status), Array(6).fill('sent'));
  const stored = await storedMessages(server.url);
  assert.equal(stored.count, 6, 'exactly one stream message per notification');
  assert.deepEqual(stored.messages.map((message) => message.msgId).sort(), rows.map((row) => row.id).sort(), 'each id once, as Nats-Msg-Id');
  for (const row of rows) {
    const message = stored.messages.find((candidate) => candidate.msgId === row.id)!;
    assert.equal(row.channel, 'nats');
    assert.match(row.receipt ?? '', new RegExp(`^${STREAM}/\\d+( duplicate)?$`));
    assert.equal(Number(/\/(\d+)/.exec(row.receipt!)![1]), message.seq, 'the receipt names the message the stream holds');
    assert.equal(message.subject, `insyn.art19.${row.recipient}`);
    assert.equal(message.signature, sign(row.recipient, message.body), 'signed with the recipient\'s secret over the exact body');
    assert.deepEqual(JSON.parse(message.body), {
      type: 'insyn.recipient-notification', version: 1, id: row.id, recipient: row.recipient, kind: row.kind,
      datasets: ['utbetalningar.utbetalning'], fields: ['amount_sek'],
      subject: { personalIdentityNumber: person.normalized }, occurredAt: row.createdAt.toISOString(),
    });
  }
});

test('Art. 19 over NATS: a notification published again is de-duplicated; no stream or no server is retried, without personal data', async (t) => {
  const server = await natsServer(t);
  if (!server) return;
  await addStream(server.url);
  const env = { ...natsEnv(server.url), INSYN_NOTIFY_MIGRATIONSVERKET_URL: `${server.url}/insyn.nostream.x`,
    INSYN_NOTIFY_MIGRATIONSVERKET_SECRET: 'migrationsverket-secret-0123456789abcd' };
  const channels = recipientChannels(notifyConfig(env, 'development'));
  t.after(() => channels.close());
  const notification = {
    id: '7d1c7d59-3a64-4c4e-9a55-4b1b6f1f0a01', recipient: 'kommun', kind: 'erasure' as const,
    datasets: ['utbetalningar.utbetalning'], fields: ['amount_sek'], subject: person.normalized, occurredAt: new Date().toISOString(),
  };
  const channel = channels('kommun')!;
  assert.equal(channel.name, 'nats');
  assert.deepEqual(await channel.send(notification), { receipt: `${STREAM}/1` });
  // The ack of the first was lost, as far as the sender knows: it sends the same notification again.
  assert.deepEqual(await channel.send(notification), { receipt: `${STREAM}/1 duplicate` });
  const stored = await storedMessages(server.url);
  assert.equal(stored.count, 1, 'the server kept one message');
  assert.equal(stored.messages[0]!.msgId, notification.id);

  const personal = (error: Error & { code?: string }, code: string, detail: RegExp) => error.code === code && detail.test(error.message)
    && !error.message.includes(person.normalized) && !error.message.includes(person.normalized.slice(2));
  await assert.rejects(channels('migrationsverket')!.send({ ...notification, recipient: 'migrationsverket' }),
    (error: Error & { code?: string }) => personal(error, 'NOTIFICATION_UNAVAILABLE', /no JetStream stream takes the subject/));

  await server.kill();
  await assert.rejects(channel.send({ ...notification, id: '7d1c7d59-3a64-4c4e-9a55-4b1b6f1f0a02' }),
    (error: Error & { code?: string }) => personal(error, 'NOTIFICATION_UNAVAILABLE', /127\.0\.0\.1/));
  const fresh = recipientChannels(notifyConfig(natsEnv(server.url), 'development'));
  t.after(() => fresh.close());
  await assert.rejects(fresh('kommun')!.send(notification), (error: Error & { code?: string }) => personal(error, 'NOTIFICATION_UNAVAILABLE', /127\.0\.0\.1/));
});
