// Seeds the demo agency's source systems with synthetic persons, deterministically (same
// seed and count, same rows) and with flat memory: persons are generated and bulk-loaded a
// chunk at a time, the next chunk generated while the previous one is written. The demo
// agency plays the agency's own systems, so the seeder writes to them directly.
import { InsynError } from '../../domain/error-catalogue.ts';
import { generateChunk, type DemoChunk } from './demo-chunk.ts';
import type { DemoConnection } from './demo-connection.ts';
import { MARKER_TABLE } from './demo-ddl.ts';
import { DEFAULT_DEMO_SEED, demoPopulation, type DemoPopulation } from './demo-population.ts';
import {
  createDemoIndexes, createDemoTables, dropDemoIndexes, dropDemoTables, withDemoConnections,
} from './demo-schema.ts';
import type { DemoTargets } from './demo-target.ts';
import { tsvText } from './demo-tsv.ts';
import { demoTables, demoTablesFor, type DemoTableName, type DemoTargetRole } from './demo-tables.ts';
import type { DemoConnections } from './open-demo-connections.ts';

const DEFAULT_CHUNK_SIZE = 2000;
/** Chunks generated but not yet written by every lane: bounds memory. */
const MAX_CHUNKS_IN_FLIGHT = 3;
const ROLES: readonly DemoTargetRole[] = ['postgres', 'mariadb'];

export interface DemoSeedProgress {
  readonly done: number;
  readonly total: number;
  readonly rows: number;
}

export interface DemoSeedOptions {
  readonly persons: number;
  readonly seed?: string;
  readonly targets: DemoTargets;
  /** Drop the demo tables first; without it, tables that hold rows give DEMO_ALREADY_SEEDED. */
  readonly reset?: boolean;
  readonly chunkSize?: number;
  readonly onProgress?: (progress: DemoSeedProgress) => void;
}

export interface DemoSeedResult {
  readonly persons: number;
  readonly seed: string;
  readonly rows: Readonly<Record<DemoTableName, number>>;
  readonly totalRows: number;
  readonly elapsedMs: number;
  /** Bytes on disk of the demo tables with their indexes, per target role. */
  readonly bytes: { readonly postgres: number; readonly mariadb: number };
}

async function hasRows(connection: DemoConnection, table: string): Promise<boolean> {
  return (await connection.query(`SELECT 1 AS one FROM ${table} LIMIT 1`)).length > 0;
}

async function prepare(connection: DemoConnection, role: DemoTargetRole, reset: boolean): Promise<void> {
  // Demo data can be seeded again: a crash may lose the last commits, the load need not wait for each.
  if (connection.dialect === 'postgres') await connection.execute('SET synchronous_commit = off');
  if (reset) await dropDemoTables(connection, role);
  await createDemoTables(connection, role);
  for (const table of demoTablesFor(role)) {
    if (await hasRows(connection, table.name)) throw new InsynError('DEMO_ALREADY_SEEDED', `table ${table.name}`);
  }
  await connection.query(`DELETE FROM ${MARKER_TABLE} WHERE role = ?`, [role]);
  await dropDemoIndexes(connection, role);
}

async function writeRole(connection: DemoConnection, role: DemoTargetRole, chunk: DemoChunk): Promise<void> {
  for (const table of demoTablesFor(role)) {
    const lines = chunk.lines.get(table.name);
    if (lines && lines.length > 0) await connection.load(table, tsvText(lines));
  }
}

/**
 * Write lanes: one per connection, so that PostgreSQL and MariaDB each load at their own pace
 * (one lane when both roles share a connection).
 */
function lanesOf(connections: DemoConnections): readonly (readonly DemoTargetRole[])[] {
  return connections.shared ? [ROLES] : ROLES.map((role) => [role]);
}

async function writeLane(connections: DemoConnections, roles: readonly DemoTargetRole[], chunk: DemoChunk): Promise<void> {
  for (const role of roles) await writeRole(connections.for(role), role, chunk);
}

async function finish(connection: DemoConnection, role: DemoTargetRole, population: DemoPopulation): Promise<number> {
  await createDemoIndexes(connection, role);
  const names = demoTablesFor(role).map((table) => table.name);
  await connection.execute(connection.dialect === 'postgres' ? `ANALYZE ${names.join(', ')}` : `ANALYZE TABLE ${names.join(', ')}`);
  await connection.query(
    `INSERT INTO ${MARKER_TABLE} (role, persons, seed, seeded_at) VALUES (?, ?, ?, CURRENT_TIMESTAMP)`,
    [role, population.persons, population.seed],
  );
  return connection.tableBytes(names);
}

/** Index builds and statistics, on both targets at once when they are separate. */
async function finishAll(connections: DemoConnections, population: DemoPopulation): Promise<DemoSeedResult['bytes']> {
  if (connections.shared) {
    const postgres = await finish(connections.postgres, 'postgres', population);
    return { postgres, mariadb: await finish(connections.mariadb, 'mariadb', population) };
  }
  const [postgres, mariadb] = await Promise.all([
    finish(connections.postgres, 'postgres', population), finish(connections.mariadb, 'mariadb', population),
  ]);
  return { postgres, mariadb };
}

function emptyCounts(): Record<DemoTableName, number> {
  return Object.fromEntries(demoTables.map((table) => [table.name, 0])) as Record<DemoTableName, number>;
}

async function loadChunks(
  connections: DemoConnections, population: DemoPopulation, options: DemoSeedOptions, counts: Record<DemoTableName, number>,
): Promise<void> {
  const chunkSize = options.chunkSize ?? DEFAULT_CHUNK_SIZE;
  const lanes = lanesOf(connections);
  const tails: Promise<void>[] = lanes.map(() => Promise.resolve());
  const inFlight: Promise<void>[] = [];
  let rows = 0;
  for (let from = 0; from < population.persons; from += chunkSize) {
    const chunk = await generateChunk(population, from, Math.min(population.persons, from + chunkSize));
    for (const [table, lines] of chunk.lines) {
      counts[table] += lines.length;
      rows += lines.length;
    }
    const written = rows;
    const parts = lanes.map((roles, lane) => (tails[lane] = (tails[lane] as Promise<void>).then(() => writeLane(connections, roles, chunk))));
    const done = Promise.all(parts).then(() => {
      options.onProgress?.({ done: chunk.to, total: population.persons, rows: written });
    });
    done.catch(() => {}); // awaited (and thrown) below; never unhandled meanwhile
    inFlight.push(done);
    while (inFlight.length >= MAX_CHUNKS_IN_FLIGHT) await inFlight.shift();
  }
  await Promise.all(inFlight);
}

export async function seedDemoAgency(options: DemoSeedOptions): Promise<DemoSeedResult> {
  const started = performance.now();
  const seed = options.seed ?? DEFAULT_DEMO_SEED;
  const population = demoPopulation(seed, options.persons);
  const counts = emptyCounts();
  const bytes = await withDemoConnections(options.targets, async (connections) => {
    for (const role of ROLES) await prepare(connections.for(role), role, options.reset ?? false);
    await loadChunks(connections, population, options, counts);
    return finishAll(connections, population);
  });
  return {
    persons: population.persons, seed, rows: counts,
    totalRows: Object.values(counts).reduce((sum, n) => sum + n, 0),
    elapsedMs: performance.now() - started, bytes,
  };
}
