// `insyn demo seed`: fills the demo agency's source systems with synthetic persons. Opens only
// the demo targets (never Insyn's own database); the embedded PGlite under the data directory
// is locked like Insyn's own, so a running embedded server and the seeder cannot collide.
import type { Config } from '../../config/config.ts';
import { InsynError } from '../../domain/error-catalogue.ts';
import { PERSONA_COUNT } from '../../devservices/demo-agency/demo-persona-specs.ts';
import { MAX_DEMO_PERSONS } from '../../devservices/demo-agency/demo-population.ts';
import {
  seedDemoAgency, type DemoSeedProgress, type DemoSeedResult,
} from '../../devservices/demo-agency/seed-demo-agency.ts';
import type { DemoTargets } from '../../devservices/demo-agency/demo-target.ts';
import { openDemoTargets } from './open-demo-targets.ts';

export const MIN_DEMO_PERSONS = PERSONA_COUNT;
export { MAX_DEMO_PERSONS };

export interface SeedDemoRequest {
  readonly persons: number;
  readonly seed?: string;
  readonly reset?: boolean;
  readonly onProgress?: (progress: DemoSeedProgress) => void;
}

export interface SeedDemoReport extends DemoSeedResult {
  /** Where the rows went, without credentials: 'embedded PGlite', 'PostgreSQL', 'MariaDB'. */
  readonly targets: { readonly postgres: string; readonly mariadb: string };
  /** Peak resident memory of this process (process.resourceUsage().maxRSS) in bytes. */
  readonly peakRssBytes: number;
  readonly bytesPerPerson: number;
}

function describe(targets: DemoTargets) {
  const name = { pglite: 'embedded PGlite', postgres: 'PostgreSQL', mariadb: 'MariaDB' } as const;
  return { postgres: name[targets.postgres.kind], mariadb: name[targets.mariadb.kind] };
}

async function withTargets<T>(config: Config, work: (targets: DemoTargets) => Promise<T>): Promise<T> {
  const opened = await openDemoTargets(config, { dataDirLocked: false });
  try {
    return await work(opened.targets);
  } finally {
    await opened.close();
  }
}

export async function seedDemo(config: Config, request: SeedDemoRequest): Promise<SeedDemoReport> {
  if (config.mode === 'production') throw new InsynError('DEV_SERVICE_REFUSED', 'demo agency seeding');
  const { persons } = request;
  if (!Number.isInteger(persons) || persons < MIN_DEMO_PERSONS || persons > MAX_DEMO_PERSONS) {
    throw new InsynError('BAD_USAGE', `persons must be a whole number from ${MIN_DEMO_PERSONS} to ${MAX_DEMO_PERSONS}`);
  }
  return withTargets(config, async (targets) => {
    const result = await seedDemoAgency({ ...request, targets });
    const totalBytes = result.bytes.postgres + result.bytes.mariadb;
    return {
      ...result,
      targets: describe(targets),
      peakRssBytes: process.resourceUsage().maxRSS * 1024,
      bytesPerPerson: Math.round(totalBytes / result.persons),
    };
  });
}
