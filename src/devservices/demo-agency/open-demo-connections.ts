// Opens one connection per demo target role; when both roles name the same target (one
// embedded PGlite, or the same URL) they share a single connection.
import type { DemoConnection } from './demo-connection.ts';
import type { DemoTarget, DemoTargets } from './demo-target.ts';
import type { DemoTargetRole } from './demo-tables.ts';
import { openMariadbDemoConnection } from './mariadb-demo-connection.ts';
import { pgliteDemoConnection } from './pglite-demo-connection.ts';
import { openPostgresDemoConnection } from './postgres-demo-connection.ts';

export interface DemoConnections {
  readonly postgres: DemoConnection;
  readonly mariadb: DemoConnection;
  /** Both roles use one connection: their writes must not overlap. */
  readonly shared: boolean;
  for(role: DemoTargetRole): DemoConnection;
  close(): Promise<void>;
}

export function openDemoConnection(target: DemoTarget): Promise<DemoConnection> {
  switch (target.kind) {
    case 'postgres': return openPostgresDemoConnection(target.url);
    case 'mariadb': return openMariadbDemoConnection(target.url);
    case 'pglite': return Promise.resolve(pgliteDemoConnection(target.pglite));
    default: throw new TypeError('unknown demo target kind');
  }
}

function sameTarget(a: DemoTarget, b: DemoTarget): boolean {
  if (a.kind === 'pglite') return b.kind === 'pglite' && a.pglite === b.pglite;
  return b.kind !== 'pglite' && a.kind === b.kind && a.url === b.url;
}

export async function openDemoConnections(targets: DemoTargets): Promise<DemoConnections> {
  const shared = sameTarget(targets.postgres, targets.mariadb);
  const postgres = await openDemoConnection(targets.postgres);
  let mariadb = postgres;
  if (!shared) {
    try {
      mariadb = await openDemoConnection(targets.mariadb);
    } catch (error) {
      await postgres.close();
      throw error;
    }
  }
  return {
    postgres, mariadb, shared,
    for: (role) => (role === 'postgres' ? postgres : mariadb),
    close: async () => {
      await postgres.close();
      if (!shared) await mariadb.close();
    },
  };
}
