// `insyn serve`: opens the services, builds the HTTP server, listens on HOST:PORT and shuts
// down gracefully on SIGINT or SIGTERM (the server first; the dispatcher then closes the
// services). The server builder is passed in from main.ts, since cli/ sits below http/.
import type { AppServices } from '../operations/app-services.ts';
import { InsynError } from '../domain/error-catalogue.ts';
import type { Command, CommandIo } from './command.ts';
import { parseOptions } from './parse-options.ts';

/** The part of the HTTP server that `serve` uses. */
export interface ListeningServer {
  listen(options: { host: string; port: number }): Promise<string>;
  close(): Promise<void>;
}

export interface ServeDependencies {
  readonly buildServer: (services: AppServices) => Promise<ListeningServer>;
  /**
   * Runs after the services are open and before the server listens: the seam for work at
   * first start, such as seeding the demo agency in embedded mode.
   */
  readonly beforeListen?: (services: AppServices, io: CommandIo) => Promise<void>;
  /** Resolves with the signal's name when the server should stop; default: SIGINT or SIGTERM. */
  readonly untilShutdown?: () => Promise<string>;
}

export function untilSignal(signals: readonly NodeJS.Signals[] = ['SIGINT', 'SIGTERM']): Promise<string> {
  return new Promise((resolve) => {
    const handlers = signals.map((signal) => {
      const handler = () => {
        // Removing the handlers lets a second Ctrl+C end a shutdown that hangs.
        for (const [other, otherHandler] of handlers) process.off(other, otherHandler);
        resolve(signal);
      };
      process.on(signal, handler);
      return [signal, handler] as const;
    });
  });
}

function port(text: string | undefined, fallback: number): number {
  if (text === undefined) return fallback;
  const value = Number(text);
  if (!/^\d+$/.test(text) || value > 65535) throw new InsynError('BAD_USAGE', `--port must be 0–65535, not ${text}`);
  return value;
}

export function serveCommand(deps: ServeDependencies): Command {
  return {
    name: 'serve',
    summary: 'Run the HTTP server (public pages, API, probes) until SIGINT or SIGTERM.',
    usage: '[--host HOST] [--port PORT]\n\n'
      + '  --host HOST  interface to bind (default: HOST, 127.0.0.1)\n'
      + '  --port PORT  TCP port, 0 for any free port (default: PORT, 3000)',
    async run({ args, io, config, services: openServices }) {
      const { values } = parseOptions(args, { host: { type: 'string' }, port: { type: 'string' } });
      const listenOn = { host: values.host ?? config.host, port: port(values.port, config.port) };
      const services = await openServices();
      await deps.beforeListen?.(services, io);
      const server = await deps.buildServer(services);
      try {
        const address = await server.listen(listenOn);
        io.out.write(`Insyn is running on ${address}/ (${config.mode} mode). Stop it with Ctrl+C.\n`);
        const signal = await (deps.untilShutdown ?? untilSignal)();
        io.out.write(`Received ${signal}; shutting down.\n`);
      } finally {
        await server.close();
      }
      return 0;
    },
  };
}
