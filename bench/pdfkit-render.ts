// The rendering baseline, shared by the PDF and extract benches: a straightforward tagged
// pdfkit document (PDF/A-2a, embedded DejaVu, doc.text / doc.list and a simple table drawn cell by
// cell) of a document outline. Resolves to the bytes written.
import { createRequire } from 'node:module';
import PDFDocument from 'pdfkit';
import type { Block, DocumentOutline } from '../src/documents/document-outline.ts';

const require = createRequire(import.meta.url);
const fontPaths = {
  regular: require.resolve('dejavu-fonts-ttf/ttf/DejaVuSans.ttf'),
  bold: require.resolve('dejavu-fonts-ttf/ttf/DejaVuSans-Bold.ttf'),
};

/** The baseline: tagged pdfkit, PDF/A-2a, embedded DejaVu, text / list / table helpers. */
export const renderWithPdfkit = (outline: DocumentOutline): Promise<number> => new Promise((resolve, reject) => {
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
  } else if (block.kind === 'table') {
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
