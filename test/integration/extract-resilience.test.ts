// A register extract when a source system is away, and when its worker is killed: on real
// PostgreSQL (Insyn's own database) and the demo agency in PostgreSQL + MariaDB, every database a
// scratch one. The shared services are never stopped: TCP proxies of the test's own stand between
// Insyn and the MariaDB server (three systems) or the case system's PostgreSQL database, and cut,
// refuse, break off or hold connections.
// A request waits for a system that does not answer (never completing with it missing) and
// completes once it is back, each item once; a worker process killed with SIGKILL mid-job is
// followed by another that redoes no finished step.
import assert from 'node:assert/strict';
import { join } from 'node:path';
import { after, before, describe, test } from 'node:test';
import { verifyProcessingLog } from '../../src/audit/verify-processing-log.ts';
import { openPostgres, type DatabaseHandle } from '../../src/db/database.ts';
import { migrateToLatest } from '../../src/db/migrations.ts';
import { demoPersonas } from '../../src/devservices/demo-agency/demo-personas.ts';
import { exponentialBackoff } from '../../src/engine/backoff.ts';
import { listRequestSteps } from '../../src/stores/request-store.ts';
import {
  assertCollectedOnce, failedAttempts, plannedDatasets, readsByDataset, stepsWhileAway, until, watchRequest, type CollectedKeys,
} from '../support/extract-resilience-checks.ts';
import { openExtractFixture, type ExtractFixture } from '../support/extract-fixture.ts';
import { projectRoot } from '../support/run-insyn.ts';
import { startTcpProxy, type TcpProxy } from '../support/tcp-proxy.ts';
import { startWorkerProcess, type WorkerProcess } from '../support/worker-process.ts';
import { scratchMariadb, scratchPostgres, type ScratchDatabase } from '../support/test-databases.ts';

const HEAVY = demoPersonas().heavy.identityNumber;
/** The MariaDB systems put behind the proxy; mina-sidor reaches the same server directly, so a cut never waits for it. */
const MARIADB_SYSTEMS = ['lakarintyg', 'utbetalningar', 'utlamnanden'];
const COLLECTED = ['review', 'ready'];
const WORKER_SCRIPT = 'test/support/extract-worker-process.ts';
const pause = (ms: number) => new Promise((resolve) => setTimeout(resolve, ms));

interface ScratchStack {
  /** Insyn's own database (migrated); closing it drops it. */
  readonly logDatabase: DatabaseHandle;
  readonly logUrl: string;
  readonly demoPostgres: ScratchDatabase;
  readonly demoMariadb: ScratchDatabase;
  drop(): Promise<void>;
}

/** Scratch databases for one fixture; undefined (tests skipped) without the services, unless INSYN_REQUIRE_SERVICES=1. */
async function scratchStack(): Promise<ScratchStack | undefined> {
  const t = { skip: () => {} };
  const opened: (ScratchDatabase | undefined)[] = [];
  const dropAll = async () => {
    for (const database of opened) await database?.drop();
  };
  try {
    for (const open of [scratchPostgres, scratchPostgres, scratchMariadb]) opened.push(await open(t));
  } catch (error) {
    await dropAll();
    throw error;
  }
  const [log, demoPostgres, demoMariadb] = opened;
  if (!log || !demoPostgres || !demoMariadb) {
    await dropAll();
    return undefined;
  }
  const handle = openPostgres(log.url, 4);
  await migrateToLatest(handle.db);
  let closed = false;
  const logDatabase = { ...handle, close: async () => { if (!closed) { closed = true; await handle.close(); } } };
  return { logDatabase, logUrl: log.url, demoPostgres, demoMariadb, drop: async () => { await logDatabase.close(); await dropAll(); } };
}

async function proxyFor(database: ScratchDatabase): Promise<{ proxy: TcpProxy; url: string }> {
  const url = new URL(database.url);
  const proxy = await startTcpProxy({ host: url.hostname, port: Number(url.port || (url.protocol === 'mysql:' ? 3306 : 5432)) });
  url.hostname = '127.0.0.1';
  url.port = String(proxy.port);
  return { proxy, url: url.toString() };
}

describe('a source system that does not answer: the request waits, and never completes with it missing', () => {
  let stack: ScratchStack | undefined;
  /** In front of the MariaDB server (three systems) and of the case system's PostgreSQL database. */
  const proxies: { mariadb?: TcpProxy; arenden?: TcpProxy } = {};
  let fixture: ExtractFixture | undefined;
  let baseline: CollectedKeys;

  before(async () => {
    stack = await scratchStack();
    if (!stack) return;
    const mariadb = await proxyFor(stack.demoMariadb);
    const arenden = await proxyFor(stack.demoPostgres);
    Object.assign(proxies, { mariadb: mariadb.proxy, arenden: arenden.proxy });
    fixture = await openExtractFixture({
      logDatabase: stack.logDatabase, demoPostgresUrl: stack.demoPostgres.url, demoMariadbUrl: stack.demoMariadb.url,
      systemUrls: { ...Object.fromEntries(MARIADB_SYSTEMS.map((id) => [id, mariadb.url])), arenden: arenden.url },
      backoff: exponentialBackoff({ baseMs: 50, capMs: 200 }),
    });
    const id = await fixture.request(HEAVY);
    assert.ok(COLLECTED.includes((await fixture.settle(id)).status), 'an undisturbed collection');
    baseline = await assertCollectedOnce(stack.logDatabase.db, fixture.catalog, id);
  });

  after(async () => {
    await fixture?.close();
    for (const proxy of Object.values(proxies)) await proxy.close();
    await stack?.drop();
  });

  /** Disturbs `proxy` as `disturb` says; then waiting for `waitingFor` through three attempts; restored: collected, each item once. */
  async function waitsThenCompletes(proxy: TcpProxy, disturb: (proxy: TcpProxy) => void, waitingFor: readonly string[]): Promise<void> {
    const { db } = fixture!.logDatabase;
    proxy.cut();
    await pause(100); // the pools let go of the connections of earlier requests
    disturb(proxy);
    const id = await fixture!.request(HEAVY);
    const waiting = await watchRequest(db, id, async (request) => {
      assert.ok(!COLLECTED.includes(request.status), `collected with ${waitingFor.join(', ')} away`);
      return request.status === 'waiting' && await failedAttempts(db, id) >= 3;
    }, 'the request to wait through three attempts');
    assert.deepEqual(waiting.request.waitingFor, waitingFor);
    assert.ok(waiting.statuses.every((status) => ['received', 'collecting', 'waiting'].includes(status)), waiting.statuses.join(' → '));
    const expected = stepsWhileAway(fixture!.catalog, waitingFor);
    assert.deepEqual((await listRequestSteps(db, id)).map((step) => [step.name, step.status, step.errorCode]),
      [...expected].sort().map(([dataset, status]) => [`collect:${dataset}`, status, status === 'waiting' ? 'SOURCE_UNAVAILABLE' : null]),
      'the other datasets collected, no screening');
    const notCollected = [...expected].filter(([, status]) => status !== 'done').map(([dataset]) => dataset);
    assert.deepEqual((await fixture!.parts(id)).filter((part) => notCollected.includes(part.dataset)), [], 'nothing saved of them');

    proxy.restore();
    const collected = await watchRequest(db, id, (request) => COLLECTED.includes(request.status) || request.status === 'failed', 'collection');
    assert.ok(COLLECTED.includes(collected.request.status), collected.statuses.join(' → '));
    assert.deepEqual(collected.request.waitingFor, []);
    await assertCollectedOnce(db, fixture!.catalog, id, baseline);
    for (const [dataset, reads] of await readsByDataset(db, id)) {
      if (expected.get(dataset) === 'waiting') assert.ok(reads.failures >= 3, `${dataset}: failed on each attempt while away`);
      else assert.deepEqual([reads.attempts, reads.failures], [1, 0], `${dataset}: read once, never redone`);
    }
  }

  function onServices(name: string, scenario: () => Promise<void>) {
    test(name, async (t) => {
      if (!fixture) return t.skip('PostgreSQL or MariaDB is not reachable: this suite did not run');
      await scenario();
    });
  }

  onServices('the MariaDB server cut off before the request: its three systems are waited for, then collected', () =>
    waitsThenCompletes(proxies.mariadb!, (away) => away.cut(), MARIADB_SYSTEMS));

  onServices('cut off mid-collection (after the first stage\'s connection): the later systems are waited for', () =>
    waitsThenCompletes(proxies.mariadb!, (away) => away.cutAfterConnections(1), ['lakarintyg', 'utbetalningar']));

  onServices('an answer broken off halfway is not taken for the whole: the payments are waited for', () =>
    waitsThenCompletes(proxies.mariadb!, (away) => away.cutAfterBytes(64 * 1024), ['utbetalningar']));

  onServices('the case system cut off: what is reached through its cases waits too, unread, then is collected', () =>
    waitsThenCompletes(proxies.arenden!, (away) => away.cut(), ['arenden']));
});

describe('a worker killed with SIGKILL mid-collection', () => {
  let stack: ScratchStack | undefined;
  let proxy: TcpProxy | undefined;
  let fixture: ExtractFixture | undefined;
  let env: Record<string, string>;
  const children: WorkerProcess[] = [];

  before(async () => {
    stack = await scratchStack();
    if (!stack) return;
    const proxied = await proxyFor(stack.demoMariadb);
    proxy = proxied.proxy;
    fixture = await openExtractFixture({
      logDatabase: stack.logDatabase, demoPostgresUrl: stack.demoPostgres.url, demoMariadbUrl: stack.demoMariadb.url,
      systemUrls: { utbetalningar: proxied.url }, worker: false,
    });
    env = {
      DATABASE_URL: stack.logUrl, INSYN_MODE: 'development', INSYN_DATA_DIR: fixture.dataDir,
      INSYN_CATALOG_DIR: join(projectRoot, 'catalog'), INSYN_DEMO_POSTGRES_URL: stack.demoPostgres.url,
      INSYN_DEMO_MARIADB_URL: stack.demoMariadb.url, INSYN_SYSTEM_UTBETALNINGAR_URL: proxied.url, INSYN_TEST_LEASE_MS: '1000',
    };
  });

  after(async () => {
    for (const child of children) child.kill();
    await fixture?.close();
    await proxy?.close();
    await stack?.drop();
  });

  interface Progress {
    readonly steps: readonly { readonly name: string; readonly completed_at: Date }[];
    readonly parts: readonly { readonly dataset: string; readonly collected_at: Date }[];
  }

  async function progress(jobId: number, requestId: string): Promise<Progress> {
    const { db } = fixture!.logDatabase;
    return {
      steps: await db.selectFrom('job_step').select(['name', 'completed_at']).where('job_id', '=', jobId).orderBy('name').execute(),
      parts: await db.selectFrom('extract_part').select(['dataset', 'collected_at']).where('request_id', '=', requestId).orderBy('dataset').execute(),
    };
  }

  /** A worker process collects until only the held payments are left, then is killed; resolves to what it had finished. */
  async function collectThenKill(jobId: number, requestId: string): Promise<Progress> {
    const planned = plannedDatasets(fixture!.catalog);
    const first = startWorkerProcess(WORKER_SCRIPT, env);
    children.push(first);
    await until(async () => (await progress(jobId, requestId)).steps.length === planned.length - 1 && proxy!.accepted() > 0,
      () => `every step but the payments\n${first.output()}`, 20_000);
    const finished = await progress(jobId, requestId);
    assert.ok(!finished.steps.some((step) => step.name === 'collect:utbetalningar.utbetalning'));
    assert.equal(finished.parts.length, planned.length - 1);
    first.kill();
    await first.exited();
    return finished;
  }

  async function resumeInAnotherWorker(requestId: string): Promise<void> {
    const second = startWorkerProcess(WORKER_SCRIPT, env);
    children.push(second);
    const collected = await watchRequest(fixture!.logDatabase.db, requestId,
      (request) => COLLECTED.includes(request.status) || request.status === 'failed', 'the second worker to collect', 30_000);
    assert.ok(COLLECTED.includes(collected.request.status), `${collected.statuses.join(' → ')}\n${second.output()}`);
    second.child.kill('SIGTERM');
    assert.equal(await second.exited(), 0, second.output());
  }

  function assertNothingRedone(before: Progress, after: Progress): void {
    const planned = plannedDatasets(fixture!.catalog);
    assert.deepEqual(after.steps.map((step) => step.name), [...planned.map((dataset) => `collect:${dataset}`), 'screen'].sort());
    const completed = new Map(after.steps.map((step) => [step.name, step.completed_at.getTime()]));
    for (const step of before.steps) assert.equal(completed.get(step.name), step.completed_at.getTime(), `${step.name} was not redone`);
    const saved = new Map(after.parts.map((part) => [part.dataset, part.collected_at.getTime()]));
    for (const part of before.parts) assert.equal(saved.get(part.dataset), part.collected_at.getTime(), `${part.dataset} saved once`);
  }

  test('another worker completes the request without redoing a finished step or duplicating an item', async (t) => {
    if (!fixture || !proxy) return t.skip('PostgreSQL or MariaDB is not reachable: this suite did not run');
    const { db } = fixture.logDatabase;
    proxy.hold(); // the payments system takes the connection and never answers: the job stops there
    const id = await fixture.request(HEAVY);
    const job = await db.selectFrom('job').select('id').where('idempotency_key', '=', `collect:${id}`).executeTakeFirstOrThrow();
    const before = await collectThenKill(job.id, id);
    proxy.restore();
    await resumeInAnotherWorker(id);

    assertNothingRedone(before, await progress(job.id, id));
    const finished = await db.selectFrom('job').select(['status', 'attempts']).where('id', '=', job.id).executeTakeFirstOrThrow();
    assert.deepEqual(finished, { status: 'done', attempts: 2 }, 'claimed once more after the lease ran out');
    await assertCollectedOnce(db, fixture.catalog, id);
    for (const [dataset, reads] of await readsByDataset(db, id)) {
      // The killed worker's payments read was logged before the source was touched, and never ended.
      const attempts = dataset === 'utbetalningar.utbetalning' ? 2 : 1;
      assert.deepEqual([reads.attempts, reads.successes, reads.failures], [attempts, 1, 0], dataset);
    }
    const verified = await verifyProcessingLog(db, fixture.verificationKeys);
    assert.equal(verified.ok, true, JSON.stringify(verified.problem));
  });
});
