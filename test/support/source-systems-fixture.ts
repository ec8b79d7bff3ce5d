// A whole, real stack for access-layer tests: the demo catalog, the demo agency seeded into
// its targets (embedded PGlite, or PostgreSQL + MariaDB), its HTTP archive, the connectors,
// a processing log in a database of its own, and the access layer.
import { mkdtempSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { deriveChainHashKeys } from '../../src/audit/chain-hash-keys.ts';
import { createProcessingLog, type ProcessingLog } from '../../src/audit/processing-log.ts';
import { loadCheckpointSigner, loadSubjectKeySecret } from '../../src/audit/signing-keys.ts';
import { readVerificationKeys, type VerificationKeys } from '../../src/audit/verification-keys.ts';
import { createSubjectKeyer, type SubjectKeyer } from '../../src/audit/subject-key.ts';
import { loadCatalog } from '../../src/catalog/load-catalog.ts';
import type { Catalog } from '../../src/catalog/catalog-types.ts';
import { loadConfig } from '../../src/config/load-config.ts';
import type { DatabaseHandle } from '../../src/db/database.ts';
import { seedDemoAgency } from '../../src/devservices/demo-agency/seed-demo-agency.ts';
import { openSourceSystems, type SourceSystems } from '../../src/operations/source-systems.ts';
import { changeValuesStore } from '../../src/operations/changes/change-values.ts';
import { restrictionRegister } from '../../src/operations/changes/restriction-register.ts';
import { createRecordKeyer } from '../../src/audit/record-key.ts';
import { createContentSealer } from '../../src/audit/content-sealer.ts';
import { projectRoot } from './run-insyn.ts';

export interface SourceFixture {
  readonly catalog: Catalog;
  /** The subject-key secret of this fixture (content sealing of change values uses it too). */
  readonly secret: string;
  readonly sources: SourceSystems;
  readonly log: ProcessingLog;
  readonly logDatabase: DatabaseHandle;
  readonly subjectKey: SubjectKeyer;
  /** What `insyn audit verify` would trust for this log. */
  readonly verificationKeys: VerificationKeys;
  /** INSYN_DATA_DIR (the log's keys): a worker process given it signs and hashes as this fixture does. */
  readonly dataDir: string;
  close(): Promise<void>;
}

export interface FixtureOptions {
  readonly logDatabase: DatabaseHandle;
  /** INSYN_DEMO_POSTGRES_URL / INSYN_DEMO_MARIADB_URL; unset: embedded PGlite. */
  readonly demoPostgresUrl?: string;
  readonly demoMariadbUrl?: string;
  readonly persons?: number;
  /** Systems bound elsewhere than the demo agency, by catalog id (as INSYN_SYSTEM_<ID>_URL would). */
  readonly systemUrls?: Readonly<Record<string, string>>;
  /** Insyn's own registers in the log database: the values of changes (sealed) and the restriction register. */
  readonly registers?: boolean;
  /** The demo catalog changed for a test (e.g. a dataset erased by anonymisation). */
  readonly catalog?: (catalog: Catalog) => Catalog;
}

function systemUrlEnv(urls: Readonly<Record<string, string>>): Record<string, string> {
  return Object.fromEntries(Object.entries(urls).map(([id, url]) => [`INSYN_SYSTEM_${id.toUpperCase().replaceAll('-', '_')}_URL`, url]));
}

export async function openSourceFixture(options: FixtureOptions): Promise<SourceFixture> {
  const dataDir = mkdtempSync(join(tmpdir(), 'insyn-sources-'));
  const env: Record<string, string> = { INSYN_DATA_DIR: dataDir, INSYN_CATALOG_DIR: join(projectRoot, 'catalog') };
  if (options.demoPostgresUrl) env.INSYN_DEMO_POSTGRES_URL = options.demoPostgresUrl;
  if (options.demoMariadbUrl) env.INSYN_DEMO_MARIADB_URL = options.demoMariadbUrl;
  Object.assign(env, systemUrlEnv(options.systemUrls ?? {}));
  const config = loadConfig(env);
  const catalog = options.catalog ? options.catalog(loadCatalog(config.catalogDir)) : loadCatalog(config.catalogDir);
  const secret = loadSubjectKeySecret(config);
  const subjectKey = createSubjectKeyer(secret);
  const log = createProcessingLog({
    db: options.logDatabase.db, signer: loadCheckpointSigner(config), hashKeys: deriveChainHashKeys(secret), checkpointIntervalMs: 0,
  });
  const registers = options.registers
    ? { changes: changeValuesStore(options.logDatabase.db, createContentSealer(secret)), restrictions: restrictionRegister(options.logDatabase.db, createRecordKeyer(secret)) }
    : {};
  const sources = await openSourceSystems({ config, catalog, processingLog: log, subjectKey, ...registers });
  await seedDemoAgency({ persons: options.persons ?? 120, targets: sources.demoTargets! });
  return {
    catalog, secret, sources, log, logDatabase: options.logDatabase, subjectKey, verificationKeys: readVerificationKeys(config), dataDir,
    close: async () => {
      await log.close();
      await sources.close();
      await options.logDatabase.close();
      rmSync(dataDir, { recursive: true, force: true });
    },
  };
}
