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
import { createRequire } from 'node:module';
import PDFDocument from 'pdfkit';
import type { Block, DocumentOutline } from '../src/documents/document-outline.ts';
import { writePdf } from '../src/documents/pdf/write-pdf.ts';
import { heavyOutline, typicalOutline } from '../test/support/outline-fixtures.ts';

type Renderer = (outline: DocumentOutline) => Promise<number>;

const require = createRequire(import.meta.url);
const fontPaths = {
  regular: require.resolve('dejavu-fonts-ttf/ttf/DejaVuSans.ttf'),
  bold: require.resolve('dejavu-fonts-ttf/ttf/DejaVuSans-Bold.ttf'),
};

/** Ours: bytes counted as they stream out. */
const ours: Renderer = async (outline) => {
  let bytes = 0;
  await writePdf(outline, { write: (chunk: Uint8Array) => (bytes += chunk.length) });
  return bytes;
};

/** The baseline: tagged pdfkit, PDF/A-2a, embedded DejaVu, text / list / table helpers. */
const pdfkit: Renderer = (outline) => new Promise((resolve, reject) => {
  const doc = new PDFDocument({
    pdfVersion: '1.7', subset: 'PDF/A-2a', tagged: true, lang: outline.language, displayTitle: true, size: 'A4', margin: 57,
    info: { Title: outline.title, Author: outline.author, CreationDate: new Date(outline.createdAt) },
  });
  let bytes = 0;
  doc.on('data', (chunk: Buffer) => (bytes += chunk.length));
  doc.on('end', () => resolve(bytes));
  doc.on('error', reject);
  doc.registerFont('regular', fontPaths.regular);
  doc.registerFont('bold', fontPaths.bold);
  const root = doc.struct('Document');
  doc.addStructure(root);
  for (const block of outline.blocks) pdfkitBlock(doc, root, block);
  root.end();
  doc.end();
});

function pdfkitBlock(doc: PDFKit.PDFDocument, root: PDFKit.PDFStructureElement, block: Block): void {
  const sizes = { 1: 18, 2: 14, 3: 11.5 } as const;
  if (block.kind === 'heading') {
    doc.font('bold').fontSize(sizes[block.level]);
    root.add(doc.struct(`H${block.level}`, {}, () => doc.text(block.text)));
  } else if (block.kind === 'paragraph') {
    doc.font('regular').fontSize(10);
    root.add(doc.struct('P', {}, () => doc.text(block.text)));
  } else if (block.kind === 'list') {
    const list = doc.struct('L');
    root.add(list);
    doc.font('regular').fontSize(10).list([...block.items], { structParent: list } as PDFKit.Mixins.TextOptions);
    list.end();
  } else {
    doc.font('bold').fontSize(10);
    root.add(doc.struct('P', {}, () => doc.text(block.caption)));
    pdfkitTable(doc, root, block);
  }
}

/** A simple table: equal columns, doc.text per cell, rows moved whole to the next page, header repeated as an artifact. */
function pdfkitTable(doc: PDFKit.PDFDocument, root: PDFKit.PDFStructureElement, block: Extract<Block, { kind: 'table' }>): void {
  const table = doc.struct('Table');
  root.add(table);
  const left = doc.page.margins.left;
  const width = (doc.page.width - left - doc.page.margins.right) / block.columns.length;
  const bottom = () => doc.page.height - doc.page.margins.bottom;
  const drawRow = (cells: readonly string[], bold: boolean, row?: PDFKit.PDFStructureElement, type = 'TD') => {
    doc.font(bold ? 'bold' : 'regular').fontSize(8.5);
    const height = Math.max(...cells.map((cell) => doc.heightOfString(cell, { width: width - 8 }))) + 6;
    if (doc.y + height > bottom()) {
      doc.addPage();
      doc.markContent('Artifact', { type: 'Pagination' });
      drawRow(block.columns, true);
      doc.endMarkedContent();
      doc.font(bold ? 'bold' : 'regular').fontSize(8.5);
    }
    const top = doc.y;
    cells.forEach((cell, i) => doc.text(cell, left + i * width + 4, top + 3, { width: width - 8, ...(row ? { structParent: row, structType: type } : {}) }));
    doc.x = left;
    doc.y = top + height;
  };
  const row = (cells: readonly string[], type: string) => {
    const tr = doc.struct('TR');
    table.add(tr);
    drawRow(cells, type === 'TH', tr, type);
    tr.end();
  };
  row(block.columns, 'TH');
  for (const cells of block.rows) row(cells, 'TD');
  table.end();
  doc.moveDown();
}

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
