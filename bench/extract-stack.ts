// The whole extract stack in this process, as `insyn serve` with an embedded worker runs it:
// the demo catalog, the source systems bound to the bench's demo databases (the demo archive
// over HTTP on a free port), Insyn's own tables and the processing log in PostgreSQL, the
// access layer and a job worker for extract.collect. Unlike test/support's fixture it never
// seeds: the bench's databases are seeded once and reused.
import { join } from 'node:path';
import { deriveChainHashKeys } from '../src/audit/chain-hash-keys.ts';
import { createProcessingLog, type ProcessingLog } from '../src/audit/processing-log.ts';
import { loadCheckpointSigner, loadSubjectKeySecret } from '../src/audit/signing-keys.ts';
import { createSubjectKeyer } from '../src/audit/subject-key.ts';
import { createSubjectSealer } from '../src/audit/subject-sealer.ts';
import type { Catalog } from '../src/catalog/catalog-types.ts';
import { loadCatalog } from '../src/catalog/load-catalog.ts';
import { loadConfig } from '../src/config/load-config.ts';
import { openPostgres, type DatabaseHandle } from '../src/db/database.ts';
import type { ExtractModel } from '../src/documents/extract-model.ts';
import type { IdentityNumber } from '../src/domain/personnummer.ts';
import { createWorker, type JobWorker } from '../src/engine/worker.ts';
import { collectExtractJob } from '../src/operations/extracts/collect-extract.ts';
import { produceExtract } from '../src/operations/extracts/produce-extract.ts';
import { createContentSealer } from '../src/audit/content-sealer.ts';
import { createRecordKeyer } from '../src/audit/record-key.ts';
import { startAccessRequest } from '../src/operations/extracts/start-access-request.ts';
import { openSourceSystems, type SourceSystems } from '../src/operations/source-systems.ts';
import { findRequest, type RequestRecord } from '../src/stores/request-store.ts';
import { approveProposals, listReviewItems, proposeReview } from '../src/stores/review-store.ts';
import { projectRoot } from '../test/support/run-insyn.ts';

/** Where the stack's pieces live; children get it as JSON. */
export interface StackLocation {
  readonly demoPostgresUrl: string;
  readonly demoMariadbUrl: string;
  readonly insynUrl: string;
  /** Holds the generated subject-key secret and checkpoint key, shared by parent and children. */
  readonly dataDir: string;
}

export interface ExtractStack {
  readonly catalog: Catalog;
  readonly sources: SourceSystems;
  readonly log: ProcessingLog;
  readonly database: DatabaseHandle;
  readonly subjectKey: (normalized: string) => string;
  /** Registers an access request: request row, its log event and the collect job in one transaction. */
  request(subject: IdentityNumber): Promise<string>;
  /** Lets this process's worker run due collect jobs until the request is settled. */
  collect(id: string): Promise<RequestRecord>;
  /** Stands in for the two case handlers: proposes release of every marked item, another approves. */
  review(id: string): Promise<number>;
  produce(id: string): Promise<ExtractModel>;
  close(): Promise<void>;
}

const SETTLED = new Set(['review', 'ready', 'completed', 'failed']);
const clock = () => new Date();

/**
 * Runs due jobs until the request is settled. Another process's worker may have claimed this
 * request's job (then this one waits for it), or may have taken the job this worker meant to
 * run, leaving this request's job to be claimed on a later round; a retried job is due later.
 */
async function settle(database: DatabaseHandle, worker: JobWorker, id: string): Promise<RequestRecord> {
  for (;;) {
    await worker.runOnce();
    const request = await findRequest(database.db, id);
    if (!request) throw new Error('the request vanished');
    if (SETTLED.has(request.status)) return request;
    await new Promise((resolve) => setTimeout(resolve, 2));
  }
}

export async function openExtractStack(location: StackLocation, options: { readonly workerId: string }): Promise<ExtractStack> {
  const config = loadConfig({
    INSYN_DATA_DIR: location.dataDir, INSYN_CATALOG_DIR: join(projectRoot, 'catalog'),
    INSYN_DEMO_POSTGRES_URL: location.demoPostgresUrl, INSYN_DEMO_MARIADB_URL: location.demoMariadbUrl,
  });
  const catalog = loadCatalog(config.catalogDir);
  const secret = loadSubjectKeySecret(config);
  const subjectKey = createSubjectKeyer(secret);
  const sealer = createSubjectSealer(secret);
  const database = openPostgres(location.insynUrl);
  const db = database.db;
  const log = createProcessingLog({ db, signer: loadCheckpointSigner(config), hashKeys: deriveChainHashKeys(secret), checkpointIntervalMs: 0 });
  const sources = await openSourceSystems({ config, catalog, processingLog: log, subjectKey });
  const worker: JobWorker = createWorker({
    db, workerId: options.workerId, concurrency: 1, pollIntervalMs: 1000, leaseMs: 60_000,
    definitions: [collectExtractJob({ db, catalog, sealer, sources: async () => sources, processingLog: log })],
  });
  const deps = { db, catalog, processingLog: log, subjectKey, sealer, contentSealer: createContentSealer(secret), recordKeyer: createRecordKeyer(secret), clock };
  return {
    catalog, sources, log, database, subjectKey,
    request: async (subject) => (await startAccessRequest(deps, { subject, channel: 'cli', language: 'sv', actor: 'bench' })).id,
    collect: (id) => settle(database, worker, id),
    review: async (id) => {
      const items = await listReviewItems(db, id);
      for (const item of items) await proposeReview(db, id, item, { decision: 'release' }, 'bench-handler', clock());
      return approveProposals(db, id, 'bench-reviewer', clock());
    },
    produce: (id) => produceExtract(deps, id, { actor: 'bench' }),
    close: async () => {
      await worker.stop();
      await log.close();
      await sources.close();
      await database.close();
    },
  };
}
