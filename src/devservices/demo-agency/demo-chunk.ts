// One chunk of demo persons, generated into tab-separated lines per table, ready for a bulk
// load. Chunks are independent: a chunk holds only the rows of its own persons.
import { setImmediate as yieldToIo } from 'node:timers/promises';
import { writeDemoRows } from './demo-person-rows.ts';
import type { DemoPopulation } from './demo-population.ts';
import type { DemoRowSink } from './demo-row-sink.ts';
import type { DemoTableName } from './demo-tables.ts';
import { tsvLine } from './demo-tsv.ts';

export interface DemoChunk {
  readonly from: number;
  readonly to: number;
  /** Lines per table; a table without rows in the chunk is absent. */
  readonly lines: ReadonlyMap<DemoTableName, readonly string[]>;
}

/** Persons generated between two turns of the event loop, so loads in flight keep flowing. */
const SLICE = 250;

export async function generateChunk(population: DemoPopulation, from: number, to: number): Promise<DemoChunk> {
  const lines = new Map<DemoTableName, string[]>();
  const sink: DemoRowSink = {
    row(table, values) {
      let tableLines = lines.get(table);
      if (!tableLines) lines.set(table, (tableLines = []));
      tableLines.push(tsvLine(values));
    },
  };
  for (let start = from; start < to; start += SLICE) {
    writeDemoRows(population, start, Math.min(to, start + SLICE), sink);
    await yieldToIo();
  }
  return { from, to, lines };
}
