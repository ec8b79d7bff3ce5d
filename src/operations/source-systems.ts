// Opens the agency's source systems for the access layer: every catalog system bound to a
// connector. Bindings come from configuration (INSYN_SYSTEM_<ID>_URL); outside production an
// unbound system falls back to the demo agency running in this process (its PostgreSQL or
// MariaDB target, or the embedded PGlite, and the demo document archive over HTTP).
import { createAccessLayer, type AccessLayer } from '../access/access-layer.ts';
import type { ChangeValuesPort } from '../access/change-record.ts';
import type { RestrictionPort } from '../access/restricted-read.ts';
import type { ProcessingLog } from '../audit/processing-log.ts';
import type { SubjectKeyer } from '../audit/subject-key.ts';
import type { Catalog, System } from '../catalog/catalog-types.ts';
import type { Config } from '../config/config.ts';
import { connectSystems, type ConnectorRegistry, type SystemBinding } from '../connectors/connect-systems.ts';
import { startDemoArchive, type DemoArchive } from '../devservices/demo-agency/demo-archive.ts';
import { openDemoArchiveStore } from '../devservices/demo-agency/demo-archive-store.ts';
import type { DemoTarget, DemoTargets } from '../devservices/demo-agency/demo-target.ts';
import { openDemoTargets } from './demo/open-demo-targets.ts';

export interface SourceSystems {
  readonly connectors: ConnectorRegistry;
  readonly access: AccessLayer;
  /** The demo agency's targets when it runs in this process (never in production). */
  readonly demoTargets: DemoTargets | undefined;
  close(): Promise<void>;
}

export interface SourceSystemDependencies {
  readonly config: Config;
  readonly catalog: Catalog;
  readonly processingLog: ProcessingLog;
  readonly subjectKey: SubjectKeyer;
  /** Where the values before and after a change are kept; without it the access layer changes nothing. */
  readonly changes?: ChangeValuesPort;
  /** The restriction register every read consults; without it nothing counts as restricted. */
  readonly restrictions?: RestrictionPort;
}

interface DemoAgency {
  readonly targets: DemoTargets;
  readonly archive: DemoArchive;
  close(): Promise<void>;
}

async function openDemoAgency(config: Config): Promise<DemoAgency> {
  const closers: (() => Promise<void> | void)[] = [];
  const close = async () => {
    for (const closer of closers.reverse()) await closer();
  };
  try {
    // Embedded mode already holds the data directory through Insyn's own database.
    const opened = await openDemoTargets(config, { dataDirLocked: config.mode === 'embedded' });
    closers.push(() => opened.close());
    const { targets } = opened;
    const store = await openDemoArchiveStore(targets.postgres);
    closers.push(() => store.close());
    const archive = await startDemoArchive({ mode: config.mode, store, port: 0 });
    closers.push(() => archive.close());
    return { targets, archive, close };
  } catch (error) {
    await close();
    throw error;
  }
}

function demoBinding(target: DemoTarget): SystemBinding {
  return target.kind === 'pglite' ? { kind: 'pglite', pglite: target.pglite } : { kind: 'url', url: target.url };
}

function bindingFor(system: System, config: Config, demo: DemoAgency | undefined): SystemBinding | undefined {
  const url = config.systemUrls[system.id];
  if (url) return { kind: 'url', url, ...config.systemOptions[system.id] };
  if (!demo) return undefined;
  if (system.engine === 'http') return { kind: 'url', url: demo.archive.url };
  return demoBinding(system.engine === 'postgresql' ? demo.targets.postgres : demo.targets.mariadb);
}

/** Binds every catalog system; SYSTEM_NOT_BOUND names a system that has no connection. */
export async function openSourceSystems(deps: SourceSystemDependencies): Promise<SourceSystems> {
  const { config, catalog } = deps;
  const needsDemo = config.devServices && catalog.systems.some((system) => !config.systemUrls[system.id]);
  const demo = needsDemo ? await openDemoAgency(config) : undefined;
  try {
    const bindings: Record<string, SystemBinding> = {};
    for (const system of catalog.systems) {
      const binding = bindingFor(system, config, demo);
      if (binding) bindings[system.id] = binding;
    }
    const connectors = connectSystems(catalog.systems, bindings);
    const access = createAccessLayer({
      catalog, log: deps.processingLog, connectors, subjectKey: deps.subjectKey,
      ...(deps.changes ? { changes: deps.changes } : {}), ...(deps.restrictions ? { restrictions: deps.restrictions } : {}),
    });
    return {
      connectors,
      access,
      demoTargets: demo?.targets,
      close: async () => {
        await connectors.close();
        await demo?.close();
      },
    };
  } catch (error) {
    await demo?.close();
    throw error;
  }
}
