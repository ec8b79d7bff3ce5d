// `insyn demo seed --persons N [--seed S] [--reset]`: fills the demo agency's source systems
// with synthetic persons; progress on stderr, figures on stdout. Refused in production.
import type { Command } from './command.ts';
import { parseOptions } from './parse-options.ts';
import { formatCount, progressReporter } from './progress-reporter.ts';
import { InsynError } from '../domain/error-catalogue.ts';
import {
  MAX_DEMO_PERSONS, MIN_DEMO_PERSONS, seedDemo, type SeedDemoReport,
} from '../operations/demo/seed-demo.ts';

function parsePersons(value: string | undefined): number {
  if (value === undefined) throw new InsynError('BAD_USAGE', '--persons is required');
  const persons = /^\d[\d_]*$/.test(value) ? Number(value.replaceAll('_', '')) : Number.NaN;
  if (!Number.isSafeInteger(persons) || persons < MIN_DEMO_PERSONS || persons > MAX_DEMO_PERSONS) {
    throw new InsynError('BAD_USAGE', `--persons must be a whole number from ${MIN_DEMO_PERSONS} to ${formatCount(MAX_DEMO_PERSONS)}`);
  }
  return persons;
}

function megabytes(bytes: number): string {
  return `${(bytes / 1024 / 1024).toFixed(1)} MiB`;
}

export function formatSeedReport(report: SeedDemoReport): string {
  const seconds = report.elapsedMs / 1000;
  const width = Math.max(...Object.keys(report.rows).map((table) => table.length));
  const rows = Object.entries(report.rows).map(([table, n]) => `  ${table.padEnd(width)}  ${formatCount(n).padStart(12)}`);
  const total = report.bytes.postgres + report.bytes.mariadb;
  return [
    `Seeded the demo agency: ${formatCount(report.persons)} persons (seed "${report.seed}")`,
    ...rows,
    `  ${'total rows'.padEnd(width)}  ${formatCount(report.totalRows).padStart(12)}`,
    `Elapsed: ${seconds.toFixed(1)} s (${formatCount(report.persons / Math.max(seconds, 0.001))} persons/s)`,
    `Peak memory: ${megabytes(report.peakRssBytes)} (maxRSS)`,
    `Database: ${megabytes(report.bytes.postgres)} in ${report.targets.postgres} + ${megabytes(report.bytes.mariadb)} in `
      + `${report.targets.mariadb} = ${megabytes(total)}, ${formatCount(report.bytesPerPerson)} bytes per person`,
  ].join('\n') + '\n';
}

export const demoSeedCommand: Command = {
  name: 'demo seed',
  summary: "Fill the demo agency's source systems with synthetic persons (not in production).",
  usage: '--persons N [--seed S] [--reset]\n\n'
    + `  --persons N  how many persons (${MIN_DEMO_PERSONS} to ${formatCount(MAX_DEMO_PERSONS)}); the first ${MIN_DEMO_PERSONS} are the well-known personas\n`
    + '  --seed S     the seed (default insyn-demo): the same seed and N give the same data\n'
    + '  --reset      drop the demo tables first (otherwise tables that hold data are refused)\n\n'
    + 'Writes to INSYN_DEMO_POSTGRES_URL and INSYN_DEMO_MARIADB_URL, or to the embedded PGlite\n'
    + 'database INSYN_DATA_DIR/demo-agency. Needs no Insyn database.',
  async run({ args, io, config }) {
    const { values } = parseOptions(args, {
      persons: { type: 'string' }, seed: { type: 'string' }, reset: { type: 'boolean' },
    });
    const persons = parsePersons(values.persons);
    const progress = progressReporter(io.err, 'persons');
    let report: SeedDemoReport;
    try {
      report = await seedDemo(config, {
        persons, reset: values.reset ?? false,
        ...(values.seed === undefined ? {} : { seed: values.seed }),
        onProgress: ({ done, total, rows }) => progress.update(done, total, `${formatCount(rows)} rows`),
      });
    } finally {
      progress.finish();
    }
    io.out.write(formatSeedReport(report));
    return 0;
  },
};
