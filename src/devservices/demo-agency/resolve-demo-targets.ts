// Which demo targets the configuration names: INSYN_DEMO_POSTGRES_URL and
// INSYN_DEMO_MARIADB_URL, each falling back to the one embedded PGlite database.
import type { Config } from '../../config/config.ts';
import type { DemoPglite, DemoTarget, DemoTargets } from './demo-target.ts';

type DemoUrls = Pick<Config, 'demoPostgresUrl' | 'demoMariadbUrl'>;

/** True when at least one demo role falls back to the embedded PGlite database. */
export function needsEmbeddedDemoPglite(config: DemoUrls): boolean {
  return !config.demoPostgresUrl || !config.demoMariadbUrl;
}

/** The targets; `embedded` (from openDemoPglite) is required when needsEmbeddedDemoPglite. */
export function resolveDemoTargets(config: DemoUrls, embedded?: DemoPglite): DemoTargets {
  const fallback = (): DemoTarget => {
    if (!embedded) throw new TypeError('the embedded demo PGlite is needed: a demo URL is unset');
    return { kind: 'pglite', pglite: embedded };
  };
  return {
    postgres: config.demoPostgresUrl ? { kind: 'postgres', url: config.demoPostgresUrl } : fallback(),
    mariadb: config.demoMariadbUrl ? { kind: 'mariadb', url: config.demoMariadbUrl } : fallback(),
  };
}
