// Bench: seed N demo persons (default 100,000) into fresh PostgreSQL + MariaDB databases and
// print time, persons/s, rows/s, peak memory and bytes per person, next to a baseline run in
// the same process: the same generated rows written with one INSERT per row (autocommit),
// for a small sample. The scratch databases are dropped afterwards.
//
//   node bench/demo-seed.ts [persons] [--baseline-persons 2000] [--chunk 2000]
import { parseArgs } from 'node:util';
import { createDemoSchema } from '../src/devservices/demo-agency/demo-schema.ts';
import { demoPopulation } from '../src/devservices/demo-agency/demo-population.ts';
import { writeDemoRows } from '../src/devservices/demo-agency/demo-person-rows.ts';
import type { DemoValue } from '../src/devservices/demo-agency/demo-row-sink.ts';
import { demoTable, type DemoTableName } from '../src/devservices/demo-agency/demo-tables.ts';
import type { DemoTargets } from '../src/devservices/demo-agency/demo-target.ts';
import { openDemoConnections } from '../src/devservices/demo-agency/open-demo-connections.ts';
import { seedDemoAgency } from '../src/devservices/demo-agency/seed-demo-agency.ts';
import { scratchMariadb, scratchPostgres, type ScratchDatabase } from '../test/support/test-databases.ts';

const { values, positionals } = parseArgs({
  allowPositionals: true,
  options: { 'baseline-persons': { type: 'string', default: '2000' }, chunk: { type: 'string', default: '2000' } },
});
const persons = Number(positionals[0] ?? 100_000);
const baselinePersons = Number(values['baseline-persons']);
const chunkSize = Number(values.chunk);
const noSkip = { skip: (why?: string) => { throw new Error(why ?? 'service missing'); } };
const mib = (bytes: number) => `${(bytes / 1024 / 1024).toFixed(0)} MiB`;
const count = (n: number) => Math.round(n).toLocaleString('en-US');

async function scratchPair(): Promise<{ targets: DemoTargets; drop: () => Promise<void> }> {
  const created: ScratchDatabase[] = [];
  const drop = async () => { for (const database of created) await database.drop(); };
  try {
    const postgres = await scratchPostgres(noSkip);
    if (postgres) created.push(postgres);
    const mariadb = await scratchMariadb(noSkip);
    if (mariadb) created.push(mariadb);
    if (!postgres || !mariadb) throw new Error('PostgreSQL and MariaDB are both needed');
    return { targets: { postgres: { kind: 'postgres', url: postgres.url }, mariadb: { kind: 'mariadb', url: mariadb.url } }, drop };
  } catch (error) {
    await drop();
    throw error;
  }
}

async function measureSeeder(): Promise<{ rowsPerSecond: number }> {
  const pair = await scratchPair();
  try {
    let nextTenth = 1;
    const result = await seedDemoAgency({
      persons, seed: 'bench', targets: pair.targets, chunkSize,
      onProgress: ({ done, total, rows }) => {
        if (done < (total * nextTenth) / 10) return;
        nextTenth = Math.floor((done / total) * 10) + 1;
        process.stderr.write(`  ${count(done)} persons, ${count(rows)} rows, ${(performance.now() / 1000).toFixed(0)} s\n`);
      },
    });
    const seconds = result.elapsedMs / 1000;
    const bytes = result.bytes.postgres + result.bytes.mariadb;
    const peak = process.resourceUsage().maxRSS * 1024;
    console.log(`seeder (COPY FROM STDIN + LOAD DATA LOCAL INFILE, chunks of ${count(chunkSize)} persons):`);
    console.log(`  persons          ${count(persons)}`);
    console.log(`  rows             ${count(result.totalRows)} (${(result.totalRows / persons).toFixed(1)} per person)`);
    for (const [table, n] of Object.entries(result.rows)) console.log(`    ${table.padEnd(20)} ${count(n).padStart(12)}`);
    console.log(`  time             ${seconds.toFixed(1)} s (including index builds and ANALYZE)`);
    console.log(`  persons/s        ${count(persons / seconds)}`);
    console.log(`  rows/s           ${count(result.totalRows / seconds)}`);
    console.log(`  peak RSS         ${mib(peak)}`);
    console.log(`  bytes            PostgreSQL ${mib(result.bytes.postgres)} + MariaDB ${mib(result.bytes.mariadb)} = ${mib(bytes)}`);
    console.log(`  bytes/person     ${count(bytes / persons)}`);
    return { rowsPerSecond: result.totalRows / seconds };
  } finally {
    await pair.drop();
  }
}

/** The naive way: the same rows, one parameterised INSERT per row, autocommit. */
async function measureBaseline(): Promise<{ rowsPerSecond: number }> {
  const pair = await scratchPair();
  try {
    await createDemoSchema(pair.targets);
    const rows: [DemoTableName, readonly DemoValue[]][] = [];
    writeDemoRows(demoPopulation('bench', baselinePersons), 0, baselinePersons, { row: (table, row) => rows.push([table, row]) });
    const connections = await openDemoConnections(pair.targets);
    const started = performance.now();
    try {
      for (const [name, row] of rows) {
        const table = demoTable(name);
        const columns = table.columns.map((column) => column.name);
        await connections.for(table.role).query(
          `INSERT INTO ${name} (${columns.join(', ')}) VALUES (${columns.map(() => '?').join(', ')})`, row,
        );
      }
    } finally {
      await connections.close();
    }
    const seconds = (performance.now() - started) / 1000;
    console.log(`baseline (one INSERT per row, autocommit, indexes in place), ${count(baselinePersons)} persons:`);
    console.log(`  rows             ${count(rows.length)} in ${seconds.toFixed(1)} s`);
    console.log(`  persons/s        ${count(baselinePersons / seconds)}`);
    console.log(`  rows/s           ${count(rows.length / seconds)}`);
    return { rowsPerSecond: rows.length / seconds };
  } finally {
    await pair.drop();
  }
}

const seeder = await measureSeeder();
const baseline = await measureBaseline();
console.log(`speed-up            ${(seeder.rowsPerSecond / baseline.rowsPerSecond).toFixed(1)}× rows/s over the baseline`);
