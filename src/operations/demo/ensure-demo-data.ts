// `npm start` on a fresh clone: the first start in embedded mode seeds the demo agency, so a
// newcomer sees synthetic people without running anything else. Later starts find it seeded.
import { isDemoSeeded } from '../../devservices/demo-agency/is-demo-seeded.ts';
import { seedDemoAgency } from '../../devservices/demo-agency/seed-demo-agency.ts';
import type { AppServices } from '../app-services.ts';

/** Seeds the in-process demo agency when it is empty; resolves to the persons seeded (0 if none). */
export async function ensureDemoData(services: AppServices): Promise<number> {
  const { config } = services;
  if (config.mode !== 'embedded' || config.demoPersons === 0) return 0;
  const { demoTargets } = await services.sources();
  if (!demoTargets || (await isDemoSeeded(demoTargets))) return 0;
  const result = await seedDemoAgency({ persons: config.demoPersons, targets: demoTargets, reset: true });
  return result.persons;
}
