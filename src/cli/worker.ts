// `insyn worker`: runs a job worker as a process of its own until SIGINT or SIGTERM, then stops
// claiming, waits for the jobs in flight and exits. Any number of worker processes may share a
// PostgreSQL database; embedded mode (PGlite) allows one process per data directory.
import { InsynError } from '../domain/error-catalogue.ts';
import type { Command } from './command.ts';
import { parseOptions } from './parse-options.ts';
import { untilSignal } from './serve.ts';

export interface WorkerCommandDependencies {
  /** Resolves with the signal's name when the worker should stop; default: SIGINT or SIGTERM. */
  readonly untilShutdown?: () => Promise<string>;
}

function concurrency(text: string | undefined): number | undefined {
  if (text === undefined) return undefined;
  const value = Number(text);
  if (!/^\d+$/.test(text) || value < 1 || value > 256) throw new InsynError('BAD_USAGE', `--concurrency must be 1–256, not ${text}`);
  return value;
}

export function workerCommand(deps: WorkerCommandDependencies = {}): Command {
  return {
    name: 'worker',
    summary: 'Run durable jobs (extracts and other background work) until SIGINT or SIGTERM.',
    usage: '[--concurrency N]\n\n'
      + '  --concurrency N  jobs run at once by this process (default 4)',
    async run({ args, io, services: openServices }) {
      const { values } = parseOptions(args, { concurrency: { type: 'string' } });
      const jobsAtOnce = concurrency(values.concurrency);
      const services = await openServices();
      const worker = services.startWorker({ concurrency: jobsAtOnce });
      try {
        io.out.write(`Insyn worker ${worker.id} is running (${worker.concurrency} jobs at a time). Stop it with Ctrl+C.\n`);
        const signal = await (deps.untilShutdown ?? untilSignal)();
        io.out.write(`Received ${signal}; finishing the jobs in flight.\n`);
      } finally {
        await worker.stop();
      }
      io.out.write('Worker stopped.\n');
      return 0;
    },
  };
}
