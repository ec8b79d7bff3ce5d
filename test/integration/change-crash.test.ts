// A crash at every step boundary of a multi-system erasure (issue 6, R18–R22): the heavy persona has
// records in seven of the eight systems (lakarintyg holds none of hers), erasable
// ones in kontakthistorik (PostgreSQL) and mina-sidor (MariaDB), and the run `changes.execute` is
// one step per erased record, then the steps `notify`, `lift` and `receipt`.
// Its worker dies at a boundary (after a step was stored, before the next began) and the job is run
// again with the same stored steps, as the engine resumes it. Whatever the boundary, the run ends
// as the run without a crash did: the same items done with the same outcomes, every erased record
// gone and every kept one untouched (the person's records read through the access layer), nothing
// erased twice, each erasure logged once, one receipt, each recipient told once.
//
// Every boundary is crashed at in one chain (each resumed run dies at the next boundary, the last
// runs to the end); on each backend one more run dies at one boundary and is then run to the end
// (a full run each: 296 records). Between runs the erased rows are put back as they were (the
// person's records are compared with those before any run). A crash inside a step is the soak's.
// On PGlite and on PostgreSQL + MariaDB, side by side.
import assert from 'node:assert/strict';
import { after, before, describe, test, type TestContext } from 'node:test';
import { planCollection } from '../../src/access/collection-plan.ts';
import { demoPersonas } from '../../src/devservices/demo-agency/demo-personas.ts';
import { openDemoConnections, type DemoConnections } from '../../src/devservices/demo-agency/open-demo-connections.ts';
import { demoTable, type DemoTableName } from '../../src/devservices/demo-agency/demo-tables.ts';
import { parseIdentityNumber } from '../../src/domain/personnummer.ts';
import { decideItem, HANDLER_DECIDES, proposeErasure } from '../../src/operations/changes/change-items.ts';
import { datasetOf } from '../../src/operations/changes/change-work.ts';
import { EXECUTE_MAX_ATTEMPTS, executeChangesJob } from '../../src/operations/changes/execute-changes.ts';
import { RIGHTS_PURPOSE } from '../../src/operations/requests/move-request.ts';
import { approveRequestDecision, proposeRequestDecision } from '../../src/operations/requests/decide-request.ts';
import { changeItemsOf, findChangeExecution, type ChangeItemRecord } from '../../src/stores/change-item-store.ts';
import { listLetters } from '../../src/stores/letter-store.ts';
import { requestNotifications } from '../../src/stores/recipient-notification-store.ts';
import { changeBackends, SERVICES_MISSING, type ChangeBackend } from '../support/change-backends.ts';
import { attemptJob, crashingSteps, type ChangeFixture } from '../support/change-fixture.ts';

const heavy = parseIdentityNumber(demoPersonas().heavy.identityNumber);
const handler = 'staff:hanna';
/** The erasable datasets and their demo tables. */
const ERASABLE: Readonly<Record<string, DemoTableName>> = { 'kontakthistorik.kontakt': 'kontakt', 'mina-sidor.avisering': 'avisering' };
/** The systems holding records of hers (lakarintyg holds none). */
const HER_SYSTEMS = ['arenden', 'dokumentarkiv', 'folkbokforing', 'kontakthistorik', 'mina-sidor', 'utbetalningar', 'utlamnanden'];

/** Every record held on the person (by identity and through references), as `dataset, key, values` lines, sorted. */
async function recordsOf(fixture: ChangeFixture): Promise<string[]> {
  const found = new Map<string, readonly Readonly<Record<string, unknown>>[]>();
  const lines: string[] = [];
  for (const stage of planCollection(fixture.sources.catalog, RIGHTS_PURPOSE).stages) {
    for (const step of stage) {
      const dataset = step.dataset.qualifiedId;
      const via = step.via.map((link) => ({ field: link.field, values: [...new Set((found.get(link.from) ?? []).map((row) => String(row[link.key] ?? '')))].filter(Boolean) }))
        .filter((condition) => condition.values.length > 0);
      if (step.identityFields.length === 0 && via.length === 0) continue;
      const { rows } = await fixture.sources.sources.access.readSubject({
        actor: { id: handler }, purpose: RIGHTS_PURPOSE, subject: heavy, dataset, identityFields: step.identityFields.map((field) => field.field), via,
      });
      found.set(dataset, rows);
      for (const row of rows) lines.push(`${recordName(dataset, step.dataset.primaryKey, row)}\t${JSON.stringify(row)}`);
    }
  }
  return lines.sort();
}

function recordName(dataset: string, primaryKey: readonly string[], row: Readonly<Record<string, unknown>>): string {
  return `${dataset}\t${JSON.stringify(primaryKey.map((name) => String(row[name] ?? '')))}`;
}

/** The item's record named as `recordsOf` names it. */
function itemRecord(fixture: ChangeFixture, item: ChangeItemRecord): string {
  const key = fixture.changework.contentSealer.openJson<Record<string, string>>(item.keySealed!, `${item.id}/key`);
  return recordName(item.dataset, datasetOf(fixture.sources.catalog, item.dataset).primaryKey, key);
}

/** A new erasure request of the heavy persona, its items proposed and the decision sent (the run is due). */
async function decidedErasure(fixture: ChangeFixture): Promise<string> {
  const requestId = await fixture.register('erasure', heavy);
  await proposeErasure(fixture.changework, { requestId, actor: handler });
  // Her drafts are reached only through her cases: kept with the case they belong to, in the case handler's words.
  for (const item of await changeItemsOf(fixture.deps.db, requestId)) {
    if (item.decision !== 'keep' || !HANDLER_DECIDES.has(item.reason ?? '')) continue;
    await decideItem(fixture.deps.db, fixture.changework, {
      requestId, itemId: item.id, decision: 'keep', ground: 'gdpr-17-3-b', reasons: 'Utkastet hör till ett ärende och gallras med det.', actor: handler,
    });
  }
  if (await proposeRequestDecision(fixture.deps, { requestId, decision: { items: [] }, actor: handler }) === 'approval') {
    await approveRequestDecision(fixture.deps, { requestId, actor: 'staff:greta' });
  }
  return requestId;
}

/**
 * Attempt `number` of the request's `changes.execute` job with its stored steps, in a worker that dies at boundary `crashAt`.
 * (The engine counts every claim, a dead worker's too, and gives up on a job after EXECUTE_MAX_ATTEMPTS; the chain below
 * goes on past that: it tests the resumption from each boundary, not one job's life.)
 */
function attempt(fixture: ChangeFixture, requestId: string, stored: Map<string, unknown>, crashAt: number, number: number) {
  const steps = crashingSteps(stored, crashAt);
  const context = { jobId: 1, attempt: number, lastAttempt: number >= EXECUTE_MAX_ATTEMPTS, step: steps.step };
  const run = executeChangesJob(fixture.changework).run(context, { requestId });
  return { outcome: attemptJob(run, steps), asked: steps.asked };
}

/** What a run ended with, in terms that do not depend on the request (its items named by dataset and key). */
interface RunEnd {
  readonly items: readonly string[];
  readonly records: readonly string[];
  readonly notifications: readonly string[];
}

/** The end of a run, checked for what must hold after any run: done, one receipt, each erasure logged once, each recipient told once. */
async function endOf(fixture: ChangeFixture, requestId: string): Promise<RunEnd> {
  const db = fixture.deps.db;
  const items = await changeItemsOf(db, requestId);
  const execution = await findChangeExecution(db, requestId);
  const receipts = (await listLetters(db, requestId)).filter((letter) => letter.kind === 'receipt');
  assert.deepEqual([execution?.status, execution?.errorCode, receipts.length], ['done', null, 1], 'the run is done and sent one receipt');
  assert.equal(execution?.receiptLetterId, receipts[0]!.id);
  const carriedOut = await db.selectFrom('request_event').select('id').where('request_id', '=', requestId).where('kind', '=', 'changes-carried-out').execute();
  assert.equal(carriedOut.length, 1, 'the request\'s history says once that the changes were carried out');

  const erased = items.filter((item) => item.decision === 'apply');
  const events = await db.selectFrom('processing_log').select(['id', 'datasets', 'outcome', 'outcome_of', 'detail'])
    .where('step_id', '=', requestId).where('kind', '=', 'erase').orderBy('id').execute();
  const attempts = events.filter((event) => event.outcome === null);
  const outcomes = events.filter((event) => event.outcome !== null);
  assert.equal(attempts.length, erased.length, 'one logged erasure per erased record');
  assert.deepEqual(outcomes.map((event) => [event.outcome, (event.detail as Record<string, unknown>).result]), erased.map(() => ['success', 'deleted']),
    'each erasure deleted its record, none found it gone');
  assert.deepEqual(outcomes.map((event) => event.outcome_of), attempts.map((event) => event.id), 'each outcome answers its own attempt');
  for (const [dataset] of Object.entries(ERASABLE)) {
    assert.equal(attempts.filter((event) => event.datasets.includes(dataset)).length, erased.filter((item) => item.dataset === dataset).length, dataset);
  }

  const notifications = (await requestNotifications(db, requestId)).map((notification) => `${notification.recipient} ${notification.kind}`);
  assert.equal(new Set(notifications).size, notifications.length, 'each recipient told once of each kind of change');
  return {
    items: items.map((item) => [itemRecord(fixture, item), item.decision, item.reason, item.status, item.outcome, item.errorCode].join('\t')).sort(),
    records: await recordsOf(fixture),
    notifications: notifications.sort(),
  };
}

/** The erased rows kept aside in tables of their own (beside their tables), to be put back between runs. */
async function keepAside(connections: DemoConnections, keys: ReadonlyMap<string, readonly string[]>): Promise<() => Promise<void>> {
  const tables = Object.entries(ERASABLE).map(([dataset, name]) => ({ table: demoTable(name), ids: keys.get(dataset) ?? [] }));
  for (const { table, ids } of tables) {
    assert.ok(ids.length > 0 && ids.every((id) => /^\d+$/.test(id)), `${table.name}: numeric keys`);
    const connection = connections.for(table.role);
    await connection.execute(`DROP TABLE IF EXISTS crash_kept_${table.name}`);
    await connection.execute(`CREATE TABLE crash_kept_${table.name} AS SELECT * FROM ${table.name} WHERE ${table.primaryKey} IN (${ids.join(', ')})`);
  }
  return async () => {
    for (const { table } of tables) await connections.for(table.role).execute(`INSERT INTO ${table.name} SELECT * FROM crash_kept_${table.name}`);
  };
}

interface Bench {
  readonly fixture: ChangeFixture;
  readonly connections: DemoConnections;
  /** The person's records before any run. */
  readonly records: readonly string[];
  putBack?: () => Promise<void>;
  reference?: RunEnd & {
    /** The run's steps in order. */
    readonly order: readonly string[];
    readonly steps: number;
    /** The step of the first record of the second system. */
    readonly secondSystem: number;
  };
}

type Boundary = readonly [where: string, at: (reference: NonNullable<Bench['reference']>) => number];

/** `boundaries`: where a run dies once and is then run to the end (each costs a whole run; the chain crashes at every boundary). */
function crashSuite(backend: ChangeBackend, boundaries: readonly Boundary[]): void {
  describe(backend.name, { concurrency: 1 }, () => {
    let bench: Bench | undefined;
    before(async () => {
      const fixture = await backend.open({ persons: 13 });
      if (!fixture) return;
      bench = { fixture, connections: await openDemoConnections(fixture.sources.sources.demoTargets!), records: await recordsOf(fixture) };
    });
    after(async () => {
      await bench?.connections.close();
      await bench?.fixture.close();
    });
    const on = (title: string, run: (t: TestContext, bench: Bench) => Promise<void>) => test(title, (t) => {
      if (!bench) return t.skip(SERVICES_MISSING);
      return run(t, bench);
    });

    /** A fresh start: the erased rows are back, the person's records exactly as before any run. */
    async function freshStart(opened: Bench): Promise<string> {
      if (opened.putBack) await opened.putBack();
      assert.deepEqual(await recordsOf(opened.fixture), opened.records, 'the records are back as they were');
      return decidedErasure(opened.fixture);
    }

    function sameEnd(opened: Bench, end: RunEnd): void {
      const reference = opened.reference;
      assert.ok(reference, 'the run without a crash ran first');
      assert.deepEqual(end.items, reference.items, 'the same items done with the same outcomes');
      assert.deepEqual(end.records, reference.records, 'the same records erased, the kept ones untouched');
      assert.deepEqual(end.notifications, reference.notifications, 'the same recipients told');
    }

    on('without a crash: every erasable record erased in both systems, every kept record as it was; a worker dying after the last step changes nothing', async (t, opened) => {
      const { fixture } = opened;
      const requestId = await decidedErasure(fixture);
      const items = await changeItemsOf(fixture.deps.db, requestId);
      const erase = items.filter((item) => item.decision === 'apply');
      const keys = new Map<string, string[]>();
      for (const item of erase) keys.set(item.dataset, [...(keys.get(item.dataset) ?? []), ...JSON.parse(itemRecord(fixture, item).split('\t')[1]!) as string[]]);
      assert.deepEqual([...keys.keys()].sort(), Object.keys(ERASABLE), 'erasable records in two systems');
      assert.deepEqual([...new Set(items.map((item) => item.dataset.split('.')[0]))].sort(), HER_SYSTEMS, 'records in every system that holds any of hers');
      opened.putBack = await keepAside(opened.connections, keys);

      const stored = new Map<string, unknown>();
      const run = attempt(fixture, requestId, stored, Number.POSITIVE_INFINITY, 1);
      assert.equal(await run.outcome, 'finished');
      const steps = run.asked();
      assert.equal(steps, erase.length + 3, 'a step per erased record, then three');
      assert.deepEqual([...stored.keys()].slice(-3).sort(), ['lift', 'notify', 'receipt']);
      // Boundary N: the worker died after the last step, before the job was marked done; the engine runs it again.
      assert.equal(await attempt(fixture, requestId, stored, 0, 2).outcome, 'finished');
      const end = await endOf(fixture, requestId);
      const erased = new Set(erase.map((item) => itemRecord(fixture, item)));
      const kept = opened.records.filter((line) => !erased.has(line.split('\t', 2).join('\t')));
      assert.equal(kept.length, opened.records.length - erase.length, 'each erased record was one record read before');
      assert.deepEqual(end.records, kept, 'exactly the erased records are gone; every other is as it was');
      opened.reference = { ...end, order: [...stored.keys()], steps, secondSystem: erase.findIndex((item) => item.dataset !== erase[0]!.dataset) };
      t.diagnostic(`${steps} steps: ${erase.length} erased, ${items.length - erase.length} kept, ${end.notifications.length} notifications`);
    });

    on('a crash at every boundary in turn, each resumed run dying at the next: the last ends as the run without a crash', async (t, opened) => {
      const steps = opened.reference?.steps ?? 0;
      assert.ok(steps > 0, 'the run without a crash ran first');
      const requestId = await freshStart(opened);
      const stored = new Map<string, unknown>();
      let crashes = 0;
      for (let number = 1; number <= steps + 1; number += 1) {
        // The first attempt dies before its first step; every later one runs one step and dies before the next.
        if (await attempt(opened.fixture, requestId, stored, number === 1 ? 0 : 1, number).outcome === 'finished') break;
        crashes += 1;
      }
      assert.equal(crashes, steps, 'a crash at boundaries 0 to N-1 (boundary N: the run without a crash)');
      assert.equal(stored.size, steps);
      sameEnd(opened, await endOf(opened.fixture, requestId));
      t.diagnostic(`${crashes} crashes`);
    });

    for (const [where, at] of boundaries) {
      on(`a crash ${where}, the job run again to the end`, async (t, opened) => {
        const reference = opened.reference;
        assert.ok(reference, 'the run without a crash ran first');
        const crashAt = at(reference);
        const requestId = await freshStart(opened);
        const stored = new Map<string, unknown>();
        assert.equal(await attempt(opened.fixture, requestId, stored, crashAt, 1).outcome, 'crashed');
        assert.equal(stored.size, crashAt, `died at boundary ${crashAt}`);
        const done = (await changeItemsOf(opened.fixture.deps.db, requestId)).filter((item) => item.decision === 'apply' && item.status === 'done');
        assert.equal(done.length, Math.min(crashAt, reference.steps - 3), 'the records before the boundary were erased, none after');
        assert.equal(await attempt(opened.fixture, requestId, stored, Number.POSITIVE_INFINITY, 2).outcome, 'finished');
        sameEnd(opened, await endOf(opened.fixture, requestId));
        t.diagnostic(`boundary ${crashAt} of ${reference.steps}`);
      });
    }
  });
}

// The two backends side by side: PGlite keeps a core busy, PostgreSQL and MariaDB mostly wait for their disks.
describe('a crash at every step boundary of an erasure in every system', { concurrency: 2 }, () => {
  const [pglite, services] = changeBackends;
  crashSuite(pglite!, [['between the two systems', (reference) => reference.secondSystem]]);
  crashSuite(services!, [['before the recipients are told', (reference) => reference.order.indexOf('notify')]]);
});
