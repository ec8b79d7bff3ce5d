// Rendering alone, on one core, by our streaming writer and by the straightforward pdfkit
// baseline, each outline rendered again and again: the two-page extract of the PDF tests'
// fixtures (the "typical two-page extract") and a real seeded person's extract with the
// median page count of the sampled persons.
import type { DocumentOutline } from '../src/documents/document-outline.ts';
import { extractOutline } from '../src/documents/extract-outline.ts';
import { renderPdf, writePdf } from '../src/documents/pdf/write-pdf.ts';
import type { IdentityNumber } from '../src/domain/personnummer.ts';
import { typicalOutline } from '../test/support/outline-fixtures.ts';
import { pageCount, runExtract } from './extract-run.ts';
import type { ExtractStack } from './extract-stack.ts';
import { renderWithPdfkit } from './pdfkit-render.ts';

export interface RenderFigures {
  readonly name: string;
  readonly pages: number;
  readonly items: number;
  readonly oursBytes: number;
  readonly pdfkitBytes: number;
  readonly oursPerSecond: number;
  readonly pdfkitPerSecond: number;
}

type Renderer = (outline: DocumentOutline) => Promise<number>;

const ours: Renderer = async (outline) => {
  let bytes = 0;
  await writePdf(outline, { write: (chunk: Uint8Array) => (bytes += chunk.length) });
  return bytes;
};

async function rate(render: Renderer, outline: DocumentOutline, count: number): Promise<number> {
  for (let i = 0; i < 3; i++) await render(outline);
  const started = performance.now();
  for (let i = 0; i < count; i++) await render(outline);
  return count / ((performance.now() - started) / 1000);
}

interface Sample {
  readonly name: string;
  readonly outline: DocumentOutline;
  readonly pages: number;
  readonly items: number;
}

/** The extract of median page count among the candidates'. */
async function medianExtract(stack: ExtractStack, candidates: readonly IdentityNumber[], outDir: string): Promise<Sample> {
  const runs: Sample[] = [];
  for (const subject of candidates) {
    const { timing, model } = await runExtract(stack, subject, outDir);
    if (model) runs.push({ name: 'a seeded person\'s extract of median length', outline: extractOutline(model), pages: timing.pages, items: timing.items });
  }
  const sorted = runs.sort((a, b) => a.pages - b.pages);
  const median = sorted[Math.floor((sorted.length - 1) / 2)];
  if (!median) throw new Error('no sampled person gave an extract');
  return median;
}

function tableRows(outline: DocumentOutline): number {
  return outline.blocks.reduce((sum, block) => sum + (block.kind === 'table' ? block.rows.length : 0), 0);
}

async function measure(sample: Sample, renders: number): Promise<RenderFigures> {
  const pdfkitPerSecond = await rate(renderWithPdfkit, sample.outline, Math.max(10, Math.round(renders / 3)));
  const oursPerSecond = await rate(ours, sample.outline, renders);
  return {
    name: sample.name, pages: sample.pages, items: sample.items, oursPerSecond, pdfkitPerSecond,
    oursBytes: await ours(sample.outline), pdfkitBytes: await renderWithPdfkit(sample.outline),
  };
}

export async function measureRendering(
  stack: ExtractStack, candidates: readonly IdentityNumber[], outDir: string, renders: number,
): Promise<RenderFigures[]> {
  const fixture = typicalOutline();
  const fixturePages = pageCount(await renderPdf(fixture));
  return [
    await measure({ name: 'the two-page extract of the PDF tests (test/support/outline-fixtures.ts)', outline: fixture, pages: fixturePages, items: tableRows(fixture) }, renders),
    await measure(await medianExtract(stack, candidates, outDir), renders),
  ];
}
