// Register extracts on the seeded demo agency (default 1,000,000 persons in PostgreSQL + MariaDB),
// each figure beside a baseline measured in the same run:
//   1. collection time per extract (p50, p99): a real request (register, in-process worker, access
//      layer and processing log, stored parts) and the access layer's reads alone, beside a
//      hand-written optimal set of queries (extract-baseline-queries.ts), whose EXPLAIN is printed;
//   2. rendering alone: a typical two-page extract, our streaming PDF writer and straightforward pdfkit;
//   3. pipeline throughput: collect + model + PDF + JSON in `--processes` worker processes (2 cores);
//   4. the heaviest person: time and peak RSS of the whole extract, beside pdfkit rendering its outline.
//
//   npm run bench:extract -- [--persons 1000000] [--sample 300] [--pipeline 200] [--processes 2] [--lanes 4]
//                           [--renders 100] [--database NAME] [--sections collection,render,pipeline,heavy]
//
// The demo agency is seeded into `<database>` on PostgreSQL and MariaDB (INSYN_TEST_POSTGRES_URL /
// INSYN_TEST_MARIADB_URL, default the local services) and reused while the count matches; the
// default name is `insyn_bench` for 1,000,000 persons and `insyn_bench_<N>` for other counts, so
// that a quick run does not replace the full seed;
// Insyn's own tables go to a fresh `<database>_insyn` on PostgreSQL. Exits 1 when an index the
// plan needs is missing, a baseline query's plan uses none, or the request's rows differ from the baseline's.
import { mkdtempSync, rmSync } from 'node:fs';
import { cpus, tmpdir } from 'node:os';
import { join } from 'node:path';
import { parseArgs } from 'node:util';
import { openPostgres } from '../src/db/database.ts';
import { migrateToLatest } from '../src/db/migrations.ts';
import { PERSONA_COUNT } from '../src/devservices/demo-agency/demo-persona-specs.ts';
import { demoPersonas } from '../src/devservices/demo-agency/demo-personas.ts';
import { DEFAULT_DEMO_SEED, demoPerson, demoPopulation } from '../src/devservices/demo-agency/demo-population.ts';
import { parseIdentityNumber } from '../src/domain/personnummer.ts';
import { prepareBenchDatabases } from './extract-bench-databases.ts';
import { identityKeys, openBaselinePools, type BaselinePools } from './extract-baseline-queries.ts';
import { measureAppend, measureCollection, type CollectionFigures } from './extract-collection.ts';
import { explainBaseline, scanCounters, scansBetween } from './extract-explain.ts';
import { measureHeavy, heavyChild, pdfkitChild } from './extract-heavy.ts';
import { checkPlanIndexes } from './extract-indexes.ts';
import { measurePipeline, pipelineChild, type PipelineFigures } from './extract-pipeline.ts';
import { measureRendering, type RenderFigures } from './extract-render.ts';
import { openExtractStack, type ExtractStack, type StackLocation } from './extract-stack.ts';

const say = (line = '') => process.stdout.write(`${line}\n`);
const row = (name: string, value: string) => say(`  ${name.padEnd(44)} ${value}`);
const ms = (n: number) => `${n.toFixed(1).padStart(7)} ms`;
const mb = (bytes: number) => `${(bytes / 2 ** 20).toFixed(0)} MB`;

function percentile(values: readonly number[], p: number): number {
  const sorted = [...values].sort((a, b) => a - b);
  return sorted[Math.min(sorted.length - 1, Math.max(0, Math.ceil((p / 100) * sorted.length) - 1))] ?? Number.NaN;
}

/** `count` distinct ordinary person indexes below `persons`, the same for every run (a fixed LCG). */
function sampleIndexes(persons: number, count: number, salt: number): number[] {
  const picked = new Set<number>();
  let state = (0x9e3779b9 ^ salt) >>> 0;
  const span = persons - PERSONA_COUNT;
  while (picked.size < Math.min(count, span)) {
    state = (Math.imul(state, 1664525) + 1013904223) >>> 0;
    picked.add(PERSONA_COUNT + Math.floor((state / 2 ** 32) * span));
  }
  return [...picked];
}

/** Identity numbers in a plan line, whatever their form, with their last four digits hidden. */
function maskIdentityNumbers(line: string): string {
  return line.replace(/\b(\d{6}|\d{8})([-+]?)\d{4}\b/g, '$1$2****');
}

async function printIndexesAndPlans(stack: ExtractStack, pools: BaselinePools): Promise<void> {
  say('Indexes on every field the collection plan reads by:');
  const missing = (await checkPlanIndexes(pools, stack.catalog)).filter((check) => !check.indexed);
  say(missing.length === 0 ? '  all present' : `  MISSING: ${missing.map((check) => `${check.table}.${check.field}`).join(', ')}`);
  if (missing.length > 0) process.exitCode = 1;
  const subject = parseIdentityNumber(demoPersonas().ordinaryAdult.identityNumber);
  const [arende] = await Promise.all([pools.query('arenden', 'postgres', 'select case_id from arende where pnr = $1', [identityKeys(subject).pnr12dash])]);
  const keys = identityKeys(subject, (arende ?? []).map((found) => String(found.case_id)));
  say(`\nEXPLAIN of the baseline queries (persona ordinaryAdult, ${keys.caseIds.length} cases):`);
  for (const query of await explainBaseline(pools, keys)) {
    const verdict = query.usesIndex === undefined ? 'scan of a small table' : query.usesIndex ? 'uses an index' : 'NO INDEX USED';
    say(`  ${query.dataset} (${query.engine}, ~${Math.round(query.tableRows).toLocaleString('en')} rows): ${verdict}`);
    // The plans carry the persona's (synthetic) number as a literal: printed masked all the same.
    for (const line of query.plan) say(`      ${maskIdentityNumbers(line)}`);
    if (query.usesIndex === false) process.exitCode = 1;
  }
}

function printCollection(figures: CollectionFigures, scans: ReturnType<typeof scansBetween>, appends: readonly number[]): void {
  const base = { p50: percentile(figures.baseline, 50), p99: percentile(figures.baseline, 99) };
  const append = percentile(appends, 50);
  say(`\n1. Collection per extract (${figures.request.length} random persons, ${(figures.rows / figures.request.length).toFixed(1)} rows each on average), p50 / p99:`);
  row('hand-written queries (baseline)', `${ms(base.p50)} / ${ms(base.p99)}`);
  for (const [name, values] of [['access layer reads only (log events incl.)', figures.access], ['whole request (register + worker job)', figures.request]] as const) {
    const p50 = percentile(values, 50);
    const p99 = percentile(values, 99);
    row(name, `${ms(p50)} / ${ms(p99)}   ratio ${(p50 / base.p50).toFixed(2)} / ${(p99 / base.p99).toFixed(2)}`);
  }
  const logged = { p50: percentile(figures.logged, 50), p99: percentile(figures.logged, 99) };
  row('hand-written queries + the log events the law requires', `${ms(logged.p50)} / ${ms(logged.p99)}`);
  for (const [name, values] of [['  access layer against that', figures.access], ['  whole request against that', figures.request]] as const) {
    row(name, `ratio ${(percentile(values, 50) / logged.p50).toFixed(2)} / ${(percentile(values, 99) / logged.p99).toFixed(2)}`);
  }
  row('one processing-log append, idle (p50)', `${ms(append)}: the plan's 2 stages wait for 4 in a row`);
  row('floor: baseline + 4 appends', `${ms(base.p50 + 4 * append)}          ratio ${((base.p50 + 4 * append) / base.p50).toFixed(2)}`);
  row('row counts request vs baseline', figures.mismatches.length === 0 ? 'equal for every person and dataset' : `DIFFER in ${figures.mismatches.join(', ')}`);
  if (figures.failed > 0) row('requests that failed', String(figures.failed));
  if (figures.mismatches.length > 0 || figures.failed > 0) process.exitCode = 1;
  row('PostgreSQL seq scans of big tables', scans.postgres.length === 0 ? 'none' : scans.postgres.join(', '));
  row('MariaDB rows read by full scans', `${scans.mariadbRows.toLocaleString('en')} (server-wide)`);
}

function printRendering(all: readonly RenderFigures[]): void {
  say('\n2. Rendering alone, one core, renders/s:');
  for (const figures of all) {
    say(`  ${figures.name}: ${figures.pages} pages, ${figures.items} records (${figures.oursBytes.toLocaleString('en')} bytes ours, ${figures.pdfkitBytes.toLocaleString('en')} pdfkit)`);
    row('  pdfkit, tagged PDF/A-2a (baseline)', `${figures.pdfkitPerSecond.toFixed(1).padStart(7)} renders/s`);
    row('  streaming writer (ours)', `${figures.oursPerSecond.toFixed(1).padStart(7)} renders/s   ratio ${(figures.oursPerSecond / figures.pdfkitPerSecond).toFixed(1)}×`);
  }
}

function printPipeline(figures: PipelineFigures, { processes, lanes }: Pick<Options, 'processes' | 'lanes'>, renders: readonly RenderFigures[]): void {
  const render = renders.at(-1);
  const done = figures.timings.filter((timing) => timing.status === 'ready' || timing.status === 'review');
  const mean = (pick: (timing: PipelineFigures['timings'][number]) => number) => done.reduce((sum, t) => sum + pick(t), 0) / done.length;
  const rate = figures.extracts / figures.seconds;
  say(`\n3. Pipeline (collect + model + PDF + JSON), ${figures.extracts} random persons, ${processes} worker processes × ${lanes} extracts in flight:`);
  row('extracts/s', `${rate.toFixed(1).padStart(7)}   (${figures.seconds.toFixed(1)} s wall)`);
  if (render) row('beside rendering alone (median extract)', `${(rate / render.pdfkitPerSecond).toFixed(2)}× pdfkit's, ${(rate / render.oursPerSecond).toFixed(2)}× our writer's renders/s on one core`);
  const servers = figures.serverCpu.reduce((sum, [, seconds]) => sum + seconds, 0);
  row('CPU busy (both cores)', `${(figures.machineBusy * 100).toFixed(0)} % = ${figures.busySeconds.toFixed(1)} CPU-s`);
  row('  of which bench workers / database servers', `${figures.nodeCpuSeconds.toFixed(1)} / ${figures.serverCpu.map(([name, s]) => `${name} ${s.toFixed(1)}`).join(' + ')} CPU-s`);
  row('  of which anything else on the machine', `${Math.max(0, figures.busySeconds - figures.nodeCpuSeconds - servers).toFixed(1)} CPU-s`);
  row('per extract, mean: collect', ms(mean((t) => t.collectMs)));
  row('  model (incl. log summary)', ms(mean((t) => t.modelMs)));
  row('  PDF', ms(mean((t) => t.pdfMs)));
  row('  JSON', ms(mean((t) => t.jsonMs)));
  row('  complete (status, delete parts)', ms(mean((t) => t.completeMs)));
  row('  whole pipeline p50 / p99', `${ms(percentile(done.map((t) => t.pipelineMs), 50))} / ${ms(percentile(done.map((t) => t.pipelineMs), 99))}`);
  row('pages p50 / max; in review; failed', `${percentile(done.map((t) => t.pages), 50)} / ${Math.max(...done.map((t) => t.pages))}; ${done.filter((t) => t.status === 'review').length}; ${figures.extracts - done.length}`);
}

function printHeavy({ ours, pdfkit }: ReturnType<typeof measureHeavy>): void {
  const t = ours.timing;
  say(`\n4. Heaviest person (persona heavy): ${ours.payments.toLocaleString('en')} payments, ${t.items.toLocaleString('en')} records, ${t.pages} pages, ${mb(t.pdfBytes)} PDF`);
  row('pdfkit render of its outline (baseline)', `${pdfkit.seconds.toFixed(2)} s   peak RSS ${mb(pdfkit.maxRss)} (${mb(pdfkit.rssBefore)} with the outline loaded)`);
  row('ours: collect + model + PDF', `${((t.collectMs + t.modelMs + t.pdfMs) / 1000).toFixed(2)} s   (collect ${(t.collectMs / 1000).toFixed(2)}, model ${(t.modelMs / 1000).toFixed(2)}, PDF ${(t.pdfMs / 1000).toFixed(2)}; JSON ${(t.jsonMs / 1000).toFixed(2)})`);
  row('ours: peak RSS of the whole extract', `${mb(ours.maxRss)} (${mb(ours.rssBefore)} with the stack open)   ${(pdfkit.maxRss / ours.maxRss).toFixed(1)}× less than pdfkit`);
}

async function migrateFresh(url: string): Promise<void> {
  const handle = openPostgres(url, 2);
  try {
    await migrateToLatest(handle.db);
  } finally {
    await handle.close();
  }
}

interface Options {
  readonly persons: number;
  readonly sample: number;
  readonly pipeline: number;
  readonly processes: number;
  readonly lanes: number;
  readonly renders: number;
  readonly database: string;
  readonly sections: ReadonlySet<string>;
}

function options(): Options {
  const { values } = parseArgs({ options: {
    persons: { type: 'string', default: '1000000' }, sample: { type: 'string', default: '300' }, pipeline: { type: 'string', default: '200' },
    processes: { type: 'string', default: '2' }, lanes: { type: 'string', default: '4' }, renders: { type: 'string', default: '100' }, database: { type: 'string' },
    sections: { type: 'string', default: 'collection,render,pipeline,heavy' },
  } });
  return {
    persons: Number(values.persons), sample: Number(values.sample), pipeline: Number(values.pipeline), processes: Number(values.processes),
    lanes: Number(values.lanes),
    renders: Number(values.renders), sections: new Set(values.sections.split(',')),
    database: values.database ?? (Number(values.persons) === 1_000_000 ? 'insyn_bench' : `insyn_bench_${Number(values.persons)}`),
  };
}

async function retriedJobs(stack: ExtractStack): Promise<string> {
  const rows = await stack.database.db.selectFrom('job').select(['attempts', 'status']).execute();
  return `${rows.filter((job) => job.attempts > 1).length} retried, ${rows.filter((job) => job.status !== 'done').length} not done`;
}

async function sections(opts: Options, stack: ExtractStack, pools: BaselinePools, location: StackLocation, outDir: string): Promise<void> {
  const population = demoPopulation(DEFAULT_DEMO_SEED, opts.persons);
  const idsOf = (indexes: readonly number[]) => indexes.map((index) => demoPerson(population, index).id);
  if (opts.sections.has('collection')) {
    await printIndexesAndPlans(stack, pools);
    const before = await scanCounters(pools);
    const collection = await measureCollection(stack, pools, idsOf(sampleIndexes(opts.persons, opts.sample + 10, 1)), 10);
    await new Promise((resolve) => setTimeout(resolve, 1500)); // PostgreSQL publishes table statistics about once a second
    printCollection(collection, scansBetween(before, await scanCounters(pools)), await measureAppend(stack, 100));
  }
  const render = opts.sections.has('render') ? await measureRendering(stack, idsOf(sampleIndexes(opts.persons, 15, 2)), outDir, opts.renders) : [];
  if (render.length > 0) printRendering(render);
  if (opts.sections.has('pipeline')) {
    const indexes = sampleIndexes(opts.persons, opts.pipeline + 3 * opts.processes, 3);
    const warmup = indexes.splice(0, 3 * opts.processes);
    printPipeline(await measurePipeline(import.meta.filename, { location, persons: opts.persons, lanes: opts.lanes }, indexes, warmup, opts.processes), opts, render);
  }
  if (opts.sections.has('heavy')) printHeavy(measureHeavy(import.meta.filename, location));
  say(`\nJobs: ${await retriedJobs(stack)}`);
}

async function main(): Promise<void> {
  const opts = options();
  const prepared = await prepareBenchDatabases(opts.database, opts.persons, (line) => say(line));
  await migrateFresh(prepared.insynUrl);
  const dataDir = mkdtempSync(join(tmpdir(), 'insyn-bench-data-'));
  const location: StackLocation = { demoPostgresUrl: prepared.targets.postgres.url, demoMariadbUrl: prepared.targets.mariadb.url, insynUrl: prepared.insynUrl, dataDir };
  const stack = await openExtractStack(location, { workerId: 'bench-main' });
  const pools = openBaselinePools({ postgres: location.demoPostgresUrl, mariadb: location.demoMariadbUrl }, stack.sources.connectors.get('dokumentarkiv'));
  const outDir = mkdtempSync(join(tmpdir(), 'insyn-bench-out-'));
  try {
    say(`\nMachine: ${cpus().length} cores, Node ${process.version}; ${opts.persons.toLocaleString('en')} seeded persons in ${opts.database}\n`);
    await sections(opts, stack, pools, location, outDir);
  } finally {
    await pools.close();
    await stack.close();
    rmSync(outDir, { recursive: true, force: true });
    rmSync(dataDir, { recursive: true, force: true });
  }
}

const [flag, kind, argument] = process.argv.slice(2);
if (flag === '--child' && kind === 'pipeline') await pipelineChild(JSON.parse(argument!));
else if (flag === '--child' && kind === 'heavy') await heavyChild(JSON.parse(argument!));
else if (flag === '--child' && kind === 'pdfkit') await pdfkitChild(argument!);
else await main();
