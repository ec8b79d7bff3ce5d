// One register extract through the real pipeline, timed stage by stage: register the request,
// let the in-process worker collect it, produce the model (processing-log summary included),
// write the PDF/A and the JSON copy as `insyn extract` does, and complete the request (the
// collected copy is deleted). A request that needs a secrecy review gets the two case handlers'
// decisions from the bench, timed apart: that is people's work, not the pipeline's.
import { readFile, rm } from 'node:fs/promises';
import { join } from 'node:path';
import type { ExtractModel } from '../src/documents/extract-model.ts';
import type { IdentityNumber } from '../src/domain/personnummer.ts';
import { writeExtractFiles } from '../src/operations/extracts/write-extract-files.ts';
import { closeRequest } from '../src/operations/extracts/close-request.ts';
import type { ExtractStack } from './extract-stack.ts';

export interface ExtractTiming {
  readonly status: string;
  readonly collectMs: number;
  readonly reviewMs: number;
  readonly modelMs: number;
  readonly pdfMs: number;
  readonly jsonMs: number;
  readonly completeMs: number;
  /** Everything but the review. */
  readonly pipelineMs: number;
  readonly pages: number;
  readonly pdfBytes: number;
  readonly items: number;
}

export interface ExtractRun {
  readonly timing: ExtractTiming;
  readonly model: ExtractModel | undefined;
}

/** Page objects in a PDF (`/Type /Page`, not `/Pages`). */
export function pageCount(pdf: Buffer): number {
  return pdf.toString('latin1').match(/\/Type \/Page(?![s\w])/g)?.length ?? 0;
}

function itemCount(model: ExtractModel): number {
  return model.systems.reduce((sum, system) => sum + system.datasets.reduce((n, dataset) => n + dataset.items.length, 0), 0);
}

const failedTiming = (status: string, collectMs: number): ExtractTiming => ({
  status, collectMs, reviewMs: 0, modelMs: 0, pdfMs: 0, jsonMs: 0, completeMs: 0, pipelineMs: collectMs, pages: 0, pdfBytes: 0, items: 0,
});

export async function runExtract(stack: ExtractStack, subject: IdentityNumber, outDir: string): Promise<ExtractRun> {
  const t0 = performance.now();
  const id = await stack.request(subject);
  const request = await stack.collect(id);
  const t1 = performance.now();
  if (request.status !== 'ready' && request.status !== 'review') return { timing: failedTiming(request.status, t1 - t0), model: undefined };
  if (request.status === 'review') await stack.review(id);
  const t2 = performance.now();
  const model = await stack.produce(id);
  const t3 = performance.now();
  const base = join(outDir, `registerutdrag-${id}`);
  await writeExtractFiles(model, base, ['pdf']);
  const t4 = performance.now();
  await writeExtractFiles(model, base, ['json']);
  const t5 = performance.now();
  await closeRequest({ db: stack.database.db, catalog: stack.catalog, processingLog: stack.log }, id, { status: 'completed', at: new Date() }, 'bench');
  const t6 = performance.now();
  const pdf = await readFile(`${base}.pdf`);
  await rm(`${base}.pdf`);
  await rm(`${base}.json`);
  return {
    model,
    timing: {
      status: request.status, collectMs: t1 - t0, reviewMs: t2 - t1, modelMs: t3 - t2, pdfMs: t4 - t3, jsonMs: t5 - t4, completeMs: t6 - t5,
      pipelineMs: t6 - t0 - (t2 - t1), pages: pageCount(pdf), pdfBytes: pdf.length, items: itemCount(model),
    },
  };
}
