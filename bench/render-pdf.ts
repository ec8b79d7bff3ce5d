// Extract PDF rendering: our streaming tagged PDF/A-2a writer against the baseline, a
// straightforward tagged pdfkit document (PDF/A-2a, embedded DejaVu, doc.text / doc.list /
// doc.table), both in this run.
//
//   node bench/render-pdf.ts [renders=200] [rows=5000]
//
// (a) a typical two-page extract rendered `renders` times in this process: renders per second.
// (b) one outline with a `rows`-row, 8-column table, each renderer in a child process of its own
//     so that peak RSS (process.resourceUsage().maxRSS) is that renderer's alone.
import { spawnSync } from 'node:child_process';
import type { DocumentOutline } from '../src/documents/document-outline.ts';
import { writePdf } from '../src/documents/pdf/write-pdf.ts';
import { heavyOutline, typicalOutline } from '../test/support/outline-fixtures.ts';
import { renderWithPdfkit } from './pdfkit-render.ts';

type Renderer = (outline: DocumentOutline) => Promise<number>;

/** Ours: bytes counted as they stream out. */
const ours: Renderer = async (outline) => {
  let bytes = 0;
  await writePdf(outline, { write: (chunk: Uint8Array) => (bytes += chunk.length) });
  return bytes;
};

/** The baseline: tagged pdfkit, PDF/A-2a, embedded DejaVu, text / list / table helpers. */
const pdfkit: Renderer = renderWithPdfkit;

async function rate(render: Renderer, outline: DocumentOutline, count: number): Promise<number> {
  await render(outline);
  const started = performance.now();
  for (let i = 0; i < count; i++) await render(outline);
  return count / ((performance.now() - started) / 1000);
}

/** In a child: render the heavy outline once, print JSON with time, bytes and RSS. */
async function child(name: string, rows: number): Promise<void> {
  const outline = heavyOutline(rows);
  const rssBefore = process.memoryUsage.rss();
  const started = performance.now();
  const bytes = await (name === 'ours' ? ours : pdfkit)(outline);
  const seconds = (performance.now() - started) / 1000;
  process.stdout.write(JSON.stringify({ seconds, bytes, maxRss: process.resourceUsage().maxRSS * 1024, rssBefore }));
}

function inChild(name: string, rows: number): { seconds: number; bytes: number; maxRss: number; rssBefore: number } {
  const run = spawnSync(process.execPath, [import.meta.filename, '--child', name, String(rows)], { encoding: 'utf8', maxBuffer: 1 << 20 });
  if (run.status !== 0) throw new Error(`${name} child failed: ${run.stderr}`);
  return JSON.parse(run.stdout);
}

async function main(): Promise<void> {
  const renders = Number(process.argv[2] ?? 200);
  const rows = Number(process.argv[3] ?? 5000);
  const typical = typicalOutline();
  const baseline = await rate(pdfkit, typical, Math.max(10, Math.round(renders / 5)));
  const mine = await rate(ours, typical, renders);
  const mb = (bytes: number) => `${(bytes / 2 ** 20).toFixed(0)} MB`;
  const line = (name: string, value: string) => `  ${name.padEnd(34)} ${value}\n`;
  process.stdout.write(`(a) typical two-page extract (${(await ours(typical)).toLocaleString('en')} bytes ours, ${(await pdfkit(typical)).toLocaleString('en')} pdfkit)\n`);
  process.stdout.write(line('pdfkit, tagged PDF/A-2a (baseline)', `${baseline.toFixed(1).padStart(8)} renders/s`));
  process.stdout.write(line('streaming writer', `${mine.toFixed(1).padStart(8)} renders/s`));
  process.stdout.write(line('ratio', `${(mine / baseline).toFixed(1).padStart(8)}×`));
  process.stdout.write(`\n(b) ${rows.toLocaleString('en')}-row, 8-column table, one render per child process\n`);
  const heavyBaseline = inChild('pdfkit', rows);
  const heavyMine = inChild('ours', rows);
  for (const [name, run] of [['pdfkit, tagged PDF/A-2a (baseline)', heavyBaseline], ['streaming writer', heavyMine]] as const) {
    process.stdout.write(line(name, `${run.seconds.toFixed(2).padStart(8)} s   peak RSS ${mb(run.maxRss).padStart(7)} (${mb(run.rssBefore)} before rendering)   ${mb(run.bytes)} PDF`));
  }
  process.stdout.write(line('ratio (time)', `${(heavyBaseline.seconds / heavyMine.seconds).toFixed(1).padStart(8)}× faster`));
  process.stdout.write(line('ratio (peak RSS)', `${(heavyBaseline.maxRss / heavyMine.maxRss).toFixed(1).padStart(8)}× less`));
}

if (process.argv[2] === '--child') await child(process.argv[3]!, Number(process.argv[4]));
else await main();
