// The worker process of the change-kill soak (soak/change-kill.soak.ts), which SIGKILLs it at
// random moments. Opens Insyn's stack from its environment as `insyn worker` does (DATABASE_URL,
// INSYN_DATA_DIR with the secret and the log's keys, the demo agency's INSYN_DEMO_*_URL) and runs
// only `changes.execute` jobs (WorkerOptions.kinds: the letters and notifications the runs queue
// are left pending, not failed as unknown), with a lease of SOAK_LEASE_MS so that a killed
// worker's jobs are soon claimed again. Prints `started <workerId>` once it claims; SIGTERM stops it.
import { createContentSealer } from '../src/audit/content-sealer.ts';
import { deriveChainHashKeys } from '../src/audit/chain-hash-keys.ts';
import { createProcessingLog } from '../src/audit/processing-log.ts';
import { createRecordKeyer } from '../src/audit/record-key.ts';
import { loadCheckpointSigner, loadSubjectKeySecret } from '../src/audit/signing-keys.ts';
import { createSubjectKeyer } from '../src/audit/subject-key.ts';
import { createSubjectSealer } from '../src/audit/subject-sealer.ts';
import { loadCatalog } from '../src/catalog/load-catalog.ts';
import { loadConfig } from '../src/config/load-config.ts';
import { openDatabase } from '../src/db/database.ts';
import { exponentialBackoff } from '../src/engine/backoff.ts';
import { createWorker } from '../src/engine/worker.ts';
import type { ChangeworkDependencies } from '../src/operations/changes/change-work.ts';
import { changeValuesStore } from '../src/operations/changes/change-values.ts';
import { EXECUTE_CHANGES_JOB, executeChangesJob } from '../src/operations/changes/execute-changes.ts';
import { restrictionRegister } from '../src/operations/changes/restriction-register.ts';
import { addSupplementaryStatement } from '../src/operations/changes/supplementary-statements.ts';
import { openSourceSystems } from '../src/operations/source-systems.ts';

const config = loadConfig(process.env);
const catalog = loadCatalog(config.catalogDir);
const secret = loadSubjectKeySecret(config);
const subjectKey = createSubjectKeyer(secret);
const contentSealer = createContentSealer(secret);
const recordKeyer = createRecordKeyer(secret);
const database = await openDatabase(config);
const { db } = database;
const log = createProcessingLog({ db, signer: loadCheckpointSigner(config), hashKeys: deriveChainHashKeys(secret) });
const sources = await openSourceSystems({
  config, catalog, processingLog: log, subjectKey, changes: changeValuesStore(db, contentSealer), restrictions: restrictionRegister(db, recordKeyer),
});
const clock = () => new Date();
const changework: ChangeworkDependencies = {
  db, catalog, contentSealer, sealer: createSubjectSealer(secret), subjectKey, keyed: recordKeyer, access: async () => sources.access, clock,
  erasureWaitMs: config.casework.erasureWaitMs,
  supplement: async (input) => {
    await addSupplementaryStatement(db, { catalog, sealer: contentSealer, recordKeyer, subjectKey, clock }, input);
  },
};
const workerId = `soak-change:${process.pid}`;
const worker = createWorker({
  db, definitions: [executeChangesJob(changework)], kinds: [EXECUTE_CHANGES_JOB], workerId,
  concurrency: Number(process.env.SOAK_CONCURRENCY ?? 4), pollIntervalMs: 20, leaseMs: Number(process.env.SOAK_LEASE_MS ?? 1500),
  backoff: exponentialBackoff({ baseMs: 50, capMs: 500 }),
  onError: (jobId, code) => process.stdout.write(`job ${jobId} attempt failed with ${code}\n`),
});
worker.start();
process.stdout.write(`started ${workerId}\n`);
process.once('SIGTERM', () => {
  void (async () => {
    await worker.stop();
    await sources.close();
    await log.close();
    await database.close();
    process.exit(0);
  })();
});
