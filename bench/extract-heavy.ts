// The person with the most records (the heavy persona: thousands of payments, 100+ pages), each
// renderer in a child process of its own so that peak RSS (process.resourceUsage().maxRSS) is
// that work's alone: ours does the whole extract (collect, model, PDF streamed to a file, JSON);
// the baseline child renders the same outline with straightforward pdfkit.
import { spawnSync } from 'node:child_process';
import { mkdtempSync, readFileSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { parseIdentityNumber } from '../src/domain/personnummer.ts';
import type { DocumentOutline } from '../src/documents/document-outline.ts';
import { extractOutline } from '../src/documents/extract-outline.ts';
import { demoPersonas } from '../src/devservices/demo-agency/demo-personas.ts';
import { runExtract, type ExtractTiming } from './extract-run.ts';
import { openExtractStack, type StackLocation } from './extract-stack.ts';
import { renderWithPdfkit } from './pdfkit-render.ts';

export interface HeavyChildArgs {
  readonly location: StackLocation;
  /** Where the ours child leaves the outline for the pdfkit child. */
  readonly outlineFile: string;
}

export interface HeavyOurs {
  readonly timing: ExtractTiming;
  readonly payments: number;
  readonly rssBefore: number;
  readonly maxRss: number;
}

export interface HeavyPdfkit {
  readonly seconds: number;
  readonly bytes: number;
  readonly rssBefore: number;
  readonly maxRss: number;
}

const maxRss = () => process.resourceUsage().maxRSS * 1024;

/** In a child: the heavy persona's whole extract; prints HeavyOurs as JSON and leaves the outline in a file. */
export async function heavyChild(args: HeavyChildArgs): Promise<void> {
  const outDir = mkdtempSync(join(tmpdir(), 'insyn-bench-'));
  const stack = await openExtractStack(args.location, { workerId: 'bench-heavy' });
  try {
    const rssBefore = process.memoryUsage.rss();
    const { timing, model } = await runExtract(stack, parseIdentityNumber(demoPersonas().heavy.identityNumber), outDir);
    const peak = maxRss();
    if (!model) throw new Error(`the heavy persona's request ended ${timing.status}`);
    const payments = model.systems.flatMap((system) => system.datasets)
      .find((dataset) => dataset.id === 'utbetalningar.utbetalning')?.items.length ?? 0;
    writeFileSync(args.outlineFile, JSON.stringify(extractOutline(model)));
    process.stdout.write(JSON.stringify({ timing, payments, rssBefore, maxRss: peak } satisfies HeavyOurs));
  } finally {
    await stack.close();
    rmSync(outDir, { recursive: true, force: true });
  }
}

/** In a child: pdfkit renders the outline in `outlineFile` once. */
export async function pdfkitChild(outlineFile: string): Promise<void> {
  const outline = JSON.parse(readFileSync(outlineFile, 'utf8')) as DocumentOutline;
  const rssBefore = process.memoryUsage.rss();
  const started = performance.now();
  const bytes = await renderWithPdfkit(outline);
  const seconds = (performance.now() - started) / 1000;
  process.stdout.write(JSON.stringify({ seconds, bytes, rssBefore, maxRss: maxRss() } satisfies HeavyPdfkit));
}

function inChild<T>(script: string, kind: string, argument: string): T {
  const run = spawnSync(process.execPath, [script, '--child', kind, argument], { encoding: 'utf8', maxBuffer: 1 << 20, stdio: ['ignore', 'pipe', 'inherit'] });
  if (run.status !== 0) throw new Error(`${kind} child failed (exit ${run.status})`);
  return JSON.parse(run.stdout) as T;
}

export function measureHeavy(script: string, location: StackLocation): { ours: HeavyOurs; pdfkit: HeavyPdfkit } {
  const dir = mkdtempSync(join(tmpdir(), 'insyn-bench-outline-'));
  try {
    const outlineFile = join(dir, 'outline.json');
    const ours = inChild<HeavyOurs>(script, 'heavy', JSON.stringify({ location, outlineFile } satisfies HeavyChildArgs));
    const pdfkit = inChild<HeavyPdfkit>(script, 'pdfkit', outlineFile);
    return { ours, pdfkit };
  } finally {
    rmSync(dir, { recursive: true, force: true });
  }
}
