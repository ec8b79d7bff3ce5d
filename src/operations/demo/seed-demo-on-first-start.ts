// `npm start` in embedded mode: seed the demo agency once, the first time the server starts.
// The caller passes the targets it shares with the connectors (the embedded demo PGlite,
// opened once per process); a seed that did not finish is redone from scratch.
import { isDemoSeeded } from '../../devservices/demo-agency/is-demo-seeded.ts';
import { seedDemoAgency, type DemoSeedResult } from '../../devservices/demo-agency/seed-demo-agency.ts';
import type { DemoTargets } from '../../devservices/demo-agency/demo-target.ts';

/** Seeds `persons` persons unless a completed seed is there; undefined when nothing was done. */
export async function seedDemoOnFirstStart(targets: DemoTargets, persons: number): Promise<DemoSeedResult | undefined> {
  if (persons === 0 || (await isDemoSeeded(targets))) return undefined;
  return seedDemoAgency({ persons, targets, reset: true });
}
