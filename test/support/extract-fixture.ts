// The whole extract pipeline on a real stack (see source-systems-fixture.ts): register an access
// request, let a real job worker collect it through the access layer, then read what was
// collected, review it, and produce the extract model. Insyn's own tables live in the log
// database (as in production, one database).
import { createSubjectSealer, type SubjectSealer } from '../../src/audit/subject-sealer.ts';
import type { ExtractLanguage, ExtractModel } from '../../src/documents/extract-model.ts';
import { parseIdentityNumber } from '../../src/domain/personnummer.ts';
import type { Backoff } from '../../src/engine/backoff.ts';
import { createWorker, type JobWorker } from '../../src/engine/worker.ts';
import { collectExtractJob } from '../../src/operations/extracts/collect-extract.ts';
import { produceExtract } from '../../src/operations/extracts/produce-extract.ts';
import { createContentSealer } from '../../src/audit/content-sealer.ts';
import { createRecordKeyer } from '../../src/audit/record-key.ts';
import { startAccessRequest } from '../../src/operations/extracts/start-access-request.ts';
import { listExtractParts, type ExtractPart } from '../../src/stores/extract-part-store.ts';
import { findRequest, type RequestRecord } from '../../src/stores/request-store.ts';
import { openSourceFixture, type FixtureOptions, type SourceFixture } from './source-systems-fixture.ts';

export const FIXED_CLOCK = () => new Date('2026-11-29T10:00:00.000Z');
/** Seals the requests' subjects; a worker process opening them must use the same secret. */
export const FIXTURE_SEALER_SECRET = 'extract-fixture-secret-'.repeat(2);

export interface ExtractFixtureOptions extends FixtureOptions {
  /** false: no worker in this process (e.g. worker processes of a test's own collect). */
  readonly worker?: boolean;
  /** The worker's wait after a failed attempt (default: the engine's, from 0.5–1 s). */
  readonly backoff?: Backoff;
}

export interface ExtractFixture extends SourceFixture {
  readonly sealer: SubjectSealer;
  /** Registers an access request for the personnummer (any stored form); resolves to its id. */
  request(personnummer: string, language?: ExtractLanguage): Promise<string>;
  /** Waits until the request is collected (review or ready), failed, or the time is up. */
  settle(id: string, timeoutMs?: number): Promise<RequestRecord>;
  parts(id: string): Promise<ExtractPart[]>;
  produce(id: string, language?: ExtractLanguage): Promise<ExtractModel>;
}

export async function openExtractFixture(options: ExtractFixtureOptions): Promise<ExtractFixture> {
  const base = await openSourceFixture(options);
  const db = base.logDatabase.db;
  const sealer = createSubjectSealer(FIXTURE_SEALER_SECRET);
  const worker: JobWorker | undefined = options.worker === false ? undefined : createWorker({
    db, workerId: 'extract-fixture', concurrency: 4, pollIntervalMs: 20, leaseMs: 30_000,
    ...(options.backoff ? { backoff: options.backoff } : {}),
    // Retries while a system is cut are expected here; the request's steps say what happened.
    onError: () => {},
    definitions: [collectExtractJob({ db, catalog: base.catalog, sealer, sources: async () => base.sources, processingLog: base.log })],
  });
  worker?.start();
  const deps = {
    db, catalog: base.catalog, processingLog: base.log, subjectKey: base.subjectKey, sealer,
    contentSealer: createContentSealer(FIXTURE_SEALER_SECRET), recordKeyer: createRecordKeyer(base.secret), clock: FIXED_CLOCK,
  };
  return {
    ...base,
    sealer,
    request: async (personnummer, language = 'sv') => (await startAccessRequest(deps, {
      subject: parseIdentityNumber(personnummer), channel: 'cli', language, actor: 'test',
    })).id,
    settle: async (id, timeoutMs = 30_000) => {
      const deadline = Date.now() + timeoutMs;
      for (;;) {
        const request = await findRequest(db, id);
        if (!request) throw new Error('no such request');
        if (['review', 'ready', 'completed', 'failed'].includes(request.status) || Date.now() > deadline) return request;
        await new Promise((resolve) => setTimeout(resolve, 20));
      }
    },
    parts: (id) => listExtractParts(db, id),
    produce: (id, language) => produceExtract(deps, id, { actor: 'test', ...(language ? { language } : {}) }),
    close: async () => {
      await worker?.stop();
      await base.close();
    },
  };
}
