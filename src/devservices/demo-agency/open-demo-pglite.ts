// The embedded database that holds every demo system when no demo server is configured
// (embedded mode, or development without INSYN_DEMO_POSTGRES_URL / INSYN_DEMO_MARIADB_URL).
// Open it once per process and share the instance: PGlite is one connection.
import { mkdirSync } from 'node:fs';
import { join } from 'node:path';
import { PGlite } from '@electric-sql/pglite';

export function demoPgliteDir(dataDir: string): string {
  return join(dataDir, 'demo-agency');
}

/** Opens (creating if needed) the demo agency's PGlite database under `dataDir`; in memory without one. */
export async function openDemoPglite(dataDir?: string): Promise<PGlite> {
  let pglite: PGlite;
  if (dataDir) {
    mkdirSync(dataDir, { recursive: true });
    pglite = new PGlite(demoPgliteDir(dataDir));
  } else {
    pglite = new PGlite();
  }
  await pglite.waitReady;
  return pglite;
}
