// Soak (issue 6): decided erasures carried out across two database engines while the worker is
// SIGKILLed at random moments, 100 times. On fresh databases on the machine's PostgreSQL (Insyn's
// own; the demo agency's PostgreSQL systems) and MariaDB (its MariaDB systems): the demo agency
// seeded, erasure requests of persons with contacts (kontakthistorik, PostgreSQL) and/or
// notification settings (mina-sidor, MariaDB) registered, planned and decided; then a worker
// process running only `changes.execute` (lease 1.5 s) is killed after a random 100–1500 ms of
// work and restarted at once, and after the last kill one more worker finishes. Every run must
// converge: see change-kill-checks.ts. Prints the seed; `--seed N` repeats a run's draws.
//
//   npm run soak -- change-kill            (or: node soak/change-kill.soak.ts [--seed N] [--kills 100]
//                                            [--persons 4500] [--requests 3000] [--lease-ms 1500])
import { randomInt } from 'node:crypto';
import { parseArgs } from 'node:util';
import { sql } from 'kysely';
import { verifyProcessingLog } from '../src/audit/verify-processing-log.ts';
import { EXECUTE_CHANGES_JOB } from '../src/operations/changes/execute-changes.ts';
import { checkItems, checkJobs, checkLog, checkNotifications, checkRows, checkRuns, loadItems } from './change-kill-checks.ts';
import { decideErasures, erasablePersons } from './change-kill-requests.ts';
import { openSoakStack, type SoakStack } from './change-kill-stack.ts';
import { snapshotDemo, type DemoSnapshot } from './demo-snapshot.ts';
import { finishWork, killRepeatedly } from './kill-loop.ts';
import { seededRandom, type SeededRandom } from './seeded-random.ts';
import { formatDuration, formatFigures, progress, reportSoak } from './soak-report.ts';

const { values: args } = parseArgs({
  options: {
    seed: { type: 'string' }, kills: { type: 'string', default: '100' }, persons: { type: 'string', default: '4500' },
    requests: { type: 'string', default: '3000' }, 'lease-ms': { type: 'string', default: '1500' }, concurrency: { type: 'string', default: '4' },
  },
});
const WORKER = 'soak/change-kill-worker.ts';
/** The checks' figures printed, in order (change-kill-checks.ts). */
const SHOWN = [
  'itemsErased', 'itemsKept', 'alreadyGone', 'eraseAttemptsUnfinished', 'eraseFailuresLogged', 'keptRecords', 'keptErasedByOwner', 'untouchedRows',
  'notifications', 'jobAttempts', 'logEvents',
] as const;
const random = seededRandom(args.seed === undefined ? randomInt(2 ** 31) : Number(args.seed));
const started = performance.now();
const elapsed = () => formatDuration(performance.now() - started);

async function workLeft(stack: SoakStack): Promise<number> {
  const { rows } = await sql<{ n: number }>`
    select count(*)::int as n from job where kind = ${EXECUTE_CHANGES_JOB} and status not in ('done', 'failed')`.execute(stack.fixture.deps.db);
  return rows[0]!.n;
}

async function interrupted(stack: SoakStack, workerId: string): Promise<number> {
  const { rows } = await sql<{ n: number }>`
    select count(*)::int as n from job where status = 'running' and locked_by = ${workerId}`.execute(stack.fixture.deps.db);
  return rows[0]!.n;
}

/** The requests, decided; resolves to their ids. */
async function prepare(stack: SoakStack, rng: SeededRandom): Promise<string[]> {
  const persons = rng.shuffle(await erasablePersons(stack, Number(args.persons))).slice(0, Number(args.requests));
  progress(`change-kill: seed ${rng.seed}; deciding ${persons.length} erasure requests (${elapsed()})`);
  return decideErasures(stack, persons, 8);
}

async function killAndFinish(stack: SoakStack, requests: number) {
  const env = stack.workerEnv({ SOAK_LEASE_MS: args['lease-ms'], SOAK_CONCURRENCY: args.concurrency });
  const killed = await killRepeatedly({
    script: WORKER, env, kills: Number(args.kills), random, minDelayMs: 100, maxDelayMs: 1500,
    workLeft: () => workLeft(stack), interrupted: (workerId) => interrupted(stack, workerId),
    onKill: async (kills) => {
      if (kills % 10 === 0) progress(`change-kill: ${kills} kills, ${requests - await workLeft(stack)}/${requests} runs done (${elapsed()})`);
    },
  });
  const finished = killed.problems.length > 0 ? [] : await finishWork({ script: WORKER, env, workLeft: () => workLeft(stack), timeoutMs: 300_000 });
  return { ...killed, problems: [...killed.problems, ...finished] };
}

async function verify(stack: SoakStack, requestIds: readonly string[], before: DemoSnapshot): Promise<{ problems: string[]; figures: Record<string, number> }> {
  const { db } = stack.fixture.deps;
  const after = await snapshotDemo(stack.demo);
  const items = await loadItems(db, stack.fixture.changework.contentSealer);
  const rows = checkRows(stack.fixture.sources.catalog, before, after, items);
  const log = await checkLog(db, items);
  const notifications = await checkNotifications(db);
  const jobs = await checkJobs(db, EXECUTE_CHANGES_JOB);
  const verified = await verifyProcessingLog(db, stack.fixture.sources.verificationKeys);
  const problems = [
    ...await checkRuns(db, requestIds), ...checkItems(items), ...rows.problems, ...log.problems, ...notifications.problems, ...jobs.problems,
    ...(verified.ok ? [] : [`the processing log does not verify: ${JSON.stringify(verified.problem)}`]),
  ];
  const applied = items.filter((item) => item.decision === 'apply');
  return {
    problems,
    figures: {
      itemsErased: applied.length, alreadyGone: applied.filter((item) => item.outcome === 'already-gone').length,
      itemsKept: items.length - applied.length, ...rows.figures, ...log.figures, ...notifications.figures, ...jobs.figures, logEvents: verified.events,
    },
  };
}

async function soak(): Promise<void> {
  const stack = await openSoakStack(Number(args.persons));
  try {
    const requestIds = await prepare(stack, random);
    const before = await snapshotDemo(stack.demo);
    progress(`change-kill: ${requestIds.length} runs due; killing the worker ${args.kills} times (${elapsed()})`);
    const run = await killAndFinish(stack, requestIds.length);
    progress(`change-kill: the last worker is done; checking (${elapsed()})`);
    const checked = await verify(stack, requestIds, before);
    const problems = [...run.problems, ...checked.problems];
    const figures = {
      kills: run.kills, killsMidJob: run.killsMidJob, jobsInterrupted: run.jobsInterrupted, workerRestarts: run.workersStarted, requests: requestIds.length,
      ...Object.fromEntries(SHOWN.map((name) => [name, checked.figures[name] ?? 0])), seed: random.seed, duration: elapsed(),
    };
    for (const problem of problems.slice(0, 30)) progress(`  problem: ${problem}`);
    if (problems.length > 30) progress(`  … and ${problems.length - 30} more problems`);
    progress(`change-kill ${problems.length === 0 ? 'OK' : 'FAIL'}: ${formatFigures(figures)}`);
    reportSoak({ ok: problems.length === 0, figures, problems: problems.slice(0, 100) });
  } finally {
    await stack.close();
  }
}

await soak().catch((error: unknown) => {
  progress(`change-kill FAIL: ${(error as Error).stack ?? String(error)}`);
  reportSoak({ ok: false, figures: { seed: random.seed, duration: elapsed() }, problems: [(error as Error).message] });
});
