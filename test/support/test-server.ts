// The real HTTP server for tests, built on the demo agency's catalog: inject() for unit tests,
// listen() on port 0 for the browser tests. Closed when the test ends.
import { fileURLToPath } from 'node:url';
import type { FastifyInstance } from 'fastify';
import type { Catalog } from '../../src/catalog/catalog-types.ts';
import { loadCatalog } from '../../src/catalog/load-catalog.ts';
import { buildServer, type ServerDependencies } from '../../src/http/build-server.ts';
import type { ReadinessReport } from '../../src/operations/check-readiness.ts';

export const demoCatalogDir = fileURLToPath(new URL('../../catalog/', import.meta.url));

export function demoCatalog(): Catalog {
  return loadCatalog(demoCatalogDir);
}

export const alwaysReady = async (): Promise<ReadinessReport> => ({
  status: 'ready', checks: [{ name: 'database', status: 'ok', durationMs: 1 }],
});

export interface TestServerOptions extends Partial<Omit<ServerDependencies, 'log'>> {
  /** Collects the server's log lines (parsed JSON); logging is silent without it. */
  readonly logLines?: Record<string, unknown>[];
}

export interface ClosableContext {
  after(fn: () => Promise<void>): void;
}

/** A server with the demo catalog (or `options.catalog`), closed after the test. */
export async function testServer(t: ClosableContext, options: TestServerOptions = {}): Promise<FastifyInstance> {
  const lines = options.logLines;
  const app = await buildServer({
    config: options.config ?? { mode: 'embedded', logLevel: 'info' },
    catalog: options.catalog ?? demoCatalog(),
    ready: options.ready ?? alwaysReady,
    log: lines
      ? { level: 'info', destination: { write: (line) => { lines.push(JSON.parse(line) as Record<string, unknown>); } } }
      : { level: 'silent' },
  });
  t.after(() => app.close());
  return app;
}
