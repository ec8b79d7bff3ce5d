// DocumentOutline → tagged PDF/A-2a + PDF/UA-1, streamed: each page goes to `out` as soon as it is
// laid out; fonts, structure tree, parent tree, metadata and cross-reference stream follow the last page.
import type { DocumentOutline } from '../document-outline.ts';
import { DocumentFont } from './document-font.ts';
import { fontFace } from './font-face.ts';
import { layoutTable } from './layout-table.ts';
import { layoutTextBlock } from './layout-text-blocks.ts';
import { PageFlow } from './page-flow.ts';
import { ParentTree } from './parent-tree.ts';
import { PdfFileWriter, type PdfSink } from './pdf-file-writer.ts';
import { StructureTree } from './structure-tree.ts';
import { writeDocumentEnd } from './write-document-end.ts';

/**
 * Writes the PDF to `out` page by page, waiting whenever a Node stream asks to (back-pressure).
 * Does not end `out`; rejects if the stream fails or closes first.
 */
export async function writePdf(outline: DocumentOutline, out: PdfSink): Promise<void> {
  const writer = new PdfFileWriter(out);
  const fonts = {
    regular: new DocumentFont(fontFace('regular'), writer.allocate(), 'F1'),
    bold: new DocumentFont(fontFace('bold'), writer.allocate(), 'F2'),
  };
  const tree = new StructureTree(writer);
  const parentTree = new ParentTree(writer);
  const flow = new PageFlow(writer, fonts, tree, parentTree);
  for (const block of outline.blocks) {
    if (block.kind === 'table') await layoutTable(flow, block);
    else layoutTextBlock(flow, block);
    await writer.drained();
  }
  flow.finish();
  await writeDocumentEnd(outline, flow, parentTree);
}

/** The whole PDF in memory. */
export async function renderPdf(outline: DocumentOutline): Promise<Buffer> {
  const chunks: Uint8Array[] = [];
  await writePdf(outline, { write: (chunk: Uint8Array) => chunks.push(chunk) });
  return Buffer.concat(chunks);
}
