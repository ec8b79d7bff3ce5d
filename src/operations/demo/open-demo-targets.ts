// The demo agency's targets as configuration names them; when a demo URL is unset, the one
// embedded PGlite under the data directory, which is locked like Insyn's own database
// unless the caller already holds that lock.
import type { Config } from '../../config/config.ts';
import { lockDataDir } from '../../db/data-dir-lock.ts';
import type { DemoTargets } from '../../devservices/demo-agency/demo-target.ts';
import { openDemoPglite } from '../../devservices/demo-agency/open-demo-pglite.ts';
import { needsEmbeddedDemoPglite, resolveDemoTargets } from '../../devservices/demo-agency/resolve-demo-targets.ts';

export interface OpenDemoTargets {
  readonly targets: DemoTargets;
  close(): Promise<void>;
}

export async function openDemoTargets(config: Config, options: { readonly dataDirLocked: boolean }): Promise<OpenDemoTargets> {
  if (!needsEmbeddedDemoPglite(config)) return { targets: resolveDemoTargets(config), close: async () => {} };
  const lock = options.dataDirLocked ? undefined : lockDataDir(config.dataDir);
  try {
    const pglite = await openDemoPglite(config.dataDir);
    return {
      targets: resolveDemoTargets(config, pglite),
      close: async () => {
        try {
          await pglite.close();
        } finally {
          lock?.release();
        }
      },
    };
  } catch (error) {
    lock?.release();
    throw error;
  }
}
