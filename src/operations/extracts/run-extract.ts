// A register extract from request to files, as `insyn extract` runs it: register the request,
// let a worker collect (in this process), wait for it, then produce and write the extract.
import { mkdirSync } from 'node:fs';
import { join } from 'node:path';
import type { ExtractLanguage } from '../../documents/extract-model.ts';
import { InsynError } from '../../domain/error-catalogue.ts';
import type { IdentityNumber } from '../../domain/personnummer.ts';
import { findRequest, type RequestRecord } from '../../stores/request-store.ts';
import { listReviewItems } from '../../stores/review-store.ts';
import type { AppServices } from '../app-services.ts';
import { ensureDemoData } from '../demo/ensure-demo-data.ts';
import { closeRequest } from './close-request.ts';
import { produceExtract } from './produce-extract.ts';
import type { ReviewDependencies } from './review-extract.ts';
import { startAccessRequest } from './start-access-request.ts';
import { writeExtractFiles, type ExtractFormat } from './write-extract-files.ts';

export type { ExtractFormat };

const SETTLED = new Set(['review', 'ready', 'completed', 'failed']);

export async function requestExtract(services: AppServices, subject: IdentityNumber, language: ExtractLanguage, actor: string): Promise<string> {
  await ensureDemoData(services);
  const { id } = await startAccessRequest({
    db: services.database.db, catalog: services.catalog, processingLog: services.processingLog,
    subjectKey: services.subjectKey, sealer: services.subjectSealer, contentSealer: services.contentSealer, recordKeyer: services.recordKeyer,
    clock: services.clock,
    casework: services.config.casework, evesAreHolidays: services.config.deadlineEvesAreHolidays,
  }, { subject, channel: 'cli', language, actor });
  return id;
}

export interface WaitOptions {
  readonly timeoutMs: number;
  readonly pollMs?: number;
  /** Called once each time the set of systems the request waits for changes. */
  readonly onWaiting?: (systems: readonly string[]) => void;
}

/** Resolves with the request once collected (review, ready) or failed, or as it is when the time is up. */
export async function waitForRequest(services: AppServices, id: string, options: WaitOptions): Promise<RequestRecord> {
  const deadline = Date.now() + options.timeoutMs;
  let reported = '';
  for (;;) {
    const request = await findRequest(services.database.db, id);
    if (!request) throw new TypeError('the request vanished');
    if (SETTLED.has(request.status) || Date.now() >= deadline) return request;
    const waiting = request.status === 'waiting' ? request.waitingFor.join(',') : '';
    if (waiting !== reported) {
      reported = waiting;
      if (waiting) options.onWaiting?.(request.waitingFor);
    }
    await new Promise((resolve) => setTimeout(resolve, options.pollMs ?? 50));
  }
}

export async function pendingReviewCount(services: AppServices, id: string): Promise<number> {
  return (await listReviewItems(services.database.db, id)).filter((item) => !item.approvedBy).length;
}

/** Produces the extract, writes the files, completes the request and drops the collected copy. */
export async function completeExtract(
  services: AppServices, id: string, options: { readonly outDir: string; readonly formats: readonly ExtractFormat[]; readonly actor: string; readonly language?: ExtractLanguage },
): Promise<string[]> {
  const { db } = services.database;
  // The operator's command finishes only the requests it made; the others are answered with a
  // decision in the console (approved by a granskare where anything is withheld).
  const request = await findRequest(db, id);
  if (!request) throw new InsynError('REQUEST_NOT_FOUND', 'no such request');
  if (request.channel !== 'cli') throw new InsynError('REQUEST_TRANSITION_INVALID', 'a request from the e-service or staff is answered by a decision in the console');
  const model = await produceExtract({
    db, catalog: services.catalog, processingLog: services.processingLog, sealer: services.subjectSealer, clock: services.clock,
    contentSealer: services.contentSealer, recordKeyer: services.recordKeyer,
  }, id, { actor: options.actor, ...(options.language ? { language: options.language } : {}) });
  mkdirSync(options.outDir, { recursive: true });
  const files = await writeExtractFiles(model, join(options.outDir, `registerutdrag-${id}`), options.formats);
  await closeRequest({ db, catalog: services.catalog, processingLog: services.processingLog }, id, { status: 'completed', at: services.clock() }, options.actor);
  return files;
}

/** What the review operations need, from the services a command opened. */
export function reviewDependencies(services: AppServices): ReviewDependencies {
  return { db: services.database.db, catalog: services.catalog, clock: services.clock, processingLog: services.processingLog };
}
