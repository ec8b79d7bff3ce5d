// A worker process for the extract kill test (test/integration/extract-resilience.test.ts): opens
// Insyn's stack from its environment (DATABASE_URL, INSYN_DATA_DIR with the log's keys, the demo
// agency's URLs and INSYN_SYSTEM_<ID>_URL bindings) and runs `extract.collect` jobs with a lease
// of INSYN_TEST_LEASE_MS, so that a job of a killed process is soon claimed again. Requests are
// sealed as the extract fixture seals them. SIGTERM stops it gracefully.
import { deriveChainHashKeys } from '../../src/audit/chain-hash-keys.ts';
import { createProcessingLog } from '../../src/audit/processing-log.ts';
import { loadCheckpointSigner, loadSubjectKeySecret } from '../../src/audit/signing-keys.ts';
import { createSubjectKeyer } from '../../src/audit/subject-key.ts';
import { createSubjectSealer } from '../../src/audit/subject-sealer.ts';
import { loadCatalog } from '../../src/catalog/load-catalog.ts';
import { loadConfig } from '../../src/config/load-config.ts';
import { openDatabase } from '../../src/db/database.ts';
import { exponentialBackoff } from '../../src/engine/backoff.ts';
import { createWorker } from '../../src/engine/worker.ts';
import { collectExtractJob } from '../../src/operations/extracts/collect-extract.ts';
import { openSourceSystems } from '../../src/operations/source-systems.ts';
import { FIXTURE_SEALER_SECRET } from './extract-fixture.ts';

const config = loadConfig(process.env);
const catalog = loadCatalog(config.catalogDir);
const secret = loadSubjectKeySecret(config);
const database = await openDatabase(config);
const log = createProcessingLog({
  db: database.db, signer: loadCheckpointSigner(config), hashKeys: deriveChainHashKeys(secret), checkpointIntervalMs: 0,
});
const sources = await openSourceSystems({ config, catalog, processingLog: log, subjectKey: createSubjectKeyer(secret) });
const worker = createWorker({
  db: database.db,
  definitions: [collectExtractJob({ db: database.db, catalog, sealer: createSubjectSealer(FIXTURE_SEALER_SECRET), sources: async () => sources, processingLog: log })],
  workerId: `extract-kill-test:${process.pid}`,
  pollIntervalMs: 20,
  leaseMs: Number(process.env.INSYN_TEST_LEASE_MS ?? 60_000),
  backoff: exponentialBackoff({ baseMs: 50, capMs: 200 }),
  onError: (jobId, code) => process.stdout.write(`job ${jobId} failed with ${code}\n`),
});
worker.start();
process.stdout.write('started\n');
process.once('SIGTERM', () => {
  void (async () => {
    await worker.stop();
    await sources.close();
    await log.close();
    await database.close();
    process.exit(0);
  })();
});
