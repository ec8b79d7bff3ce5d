import assert from 'node:assert/strict';
import { test } from 'node:test';
import { loadCatalog } from '../catalog/load-catalog.ts';
import { loadConfig } from '../config/load-config.ts';
import { isInsynError } from '../domain/error-catalogue.ts';
import { openSourceSystems } from './source-systems.ts';
import type { ProcessingLog } from '../audit/processing-log.ts';
import { productionOidcEnv } from '../../test/support/production-env.ts';

const catalog = loadCatalog(new URL('../../catalog', import.meta.url).pathname);
const production = {
  INSYN_MODE: 'production', DATABASE_URL: 'postgres://insyn@127.0.0.1:1/insyn',
  INSYN_SUBJECT_KEY_SECRET: 's'.repeat(40), INSYN_CHECKPOINT_SIGNING_KEY: 'k'.repeat(40), ...productionOidcEnv,
};
// Opening source systems appends nothing; a log that refuses every call proves it.
const unusedLog = new Proxy({}, { get: () => () => { throw new TypeError('the log is not used here'); } }) as ProcessingLog;
const subjectKey = () => 'f'.repeat(64);

test('production never falls back to the demo agency: an unbound system is SYSTEM_NOT_BOUND', async () => {
  const config = loadConfig(production);
  await assert.rejects(
    openSourceSystems({ config, catalog, processingLog: unusedLog, subjectKey }),
    (error) => isInsynError(error, 'SYSTEM_NOT_BOUND'));
});

function everySystemBound(): Record<string, string> {
  const urls: Record<string, string> = {};
  for (const system of catalog.systems) {
    const key = `INSYN_SYSTEM_${system.id.toUpperCase().replaceAll('-', '_')}_URL`;
    urls[key] = { postgresql: 'postgres://x@127.0.0.1:1/x', mariadb: 'mysql://x@127.0.0.1:1/x', http: 'https://archive.invalid/api' }[system.engine];
  }
  return urls;
}

test('production with every system bound starts no development service', async () => {
  const urls = everySystemBound();
  const sources = await openSourceSystems({ config: loadConfig({ ...production, ...urls }), catalog, processingLog: unusedLog, subjectKey });
  try {
    assert.equal(sources.demoTargets, undefined);
    assert.deepEqual(sources.connectors.all().map((connector) => connector.engine).sort(),
      catalog.systems.map((system) => system.engine).sort());
  } finally {
    await sources.close();
  }
});

test('a binding whose engine contradicts the catalog is refused', async () => {
  const config = loadConfig({ ...production, ...everySystemBound(), INSYN_SYSTEM_ARENDEN_URL: 'mysql://x@127.0.0.1:1/x' });
  await assert.rejects(
    openSourceSystems({ config, catalog, processingLog: unusedLog, subjectKey }),
    (error) => isInsynError(error, 'CONFIG_INVALID') && error.message.includes('arenden'));
});
