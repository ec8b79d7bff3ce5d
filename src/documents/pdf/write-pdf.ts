// DocumentOutline → tagged PDF/A-2a + PDF/UA-1, streamed: each page goes to `out` as soon as it is
// laid out; fonts, structure tree, parent tree, metadata and cross-reference stream follow the last page.
// A page break takes effect before the next block, so a trailing one adds no empty page.
import type { DocumentOutline } from '../document-outline.ts';
import { DocumentFont } from './document-font.ts';
import { fontFace } from './font-face.ts';
import { layoutTable } from './layout-table.ts';
import { layoutTextBlock } from './layout-text-blocks.ts';
import { layoutWindowAddress } from './layout-window-address.ts';
import { PageFlow } from './page-flow.ts';
import { ParentTree } from './parent-tree.ts';
import { PdfFileWriter, type PdfSink } from './pdf-file-writer.ts';
import { StructureTree } from './structure-tree.ts';
import { writeDocumentEnd } from './write-document-end.ts';

export interface WrittenPdf {
  /** Pages in the file. */
  readonly pages: number;
}

/**
 * Writes the PDF to `out` page by page, waiting whenever a Node stream asks to (back-pressure).
 * Does not end `out`; rejects if the stream fails or closes first.
 */
export async function writePdf(outline: DocumentOutline, out: PdfSink): Promise<WrittenPdf> {
  const writer = new PdfFileWriter(out);
  const fonts = {
    regular: new DocumentFont(fontFace('regular'), writer.allocate(), 'F1'),
    bold: new DocumentFont(fontFace('bold'), writer.allocate(), 'F2'),
  };
  const tree = new StructureTree(writer);
  const parentTree = new ParentTree(writer);
  const flow = new PageFlow(writer, fonts, tree, parentTree);
  let breakBefore = false;
  for (const block of outline.blocks) {
    if (block.kind === 'page-break') {
      breakBefore = true;
      continue;
    }
    if (breakBefore && !flow.atTop) flow.newPage();
    breakBefore = false;
    if (block.kind === 'table') await layoutTable(flow, block);
    else if (block.kind === 'window-address') layoutWindowAddress(flow, block);
    else layoutTextBlock(flow, block);
    await writer.drained();
  }
  flow.finish();
  await writeDocumentEnd(outline, flow, parentTree);
  return { pages: flow.pages.length };
}

/** The whole PDF in memory and its page count. */
export async function renderPdfWithPageCount(outline: DocumentOutline): Promise<{ pdf: Buffer; pages: number }> {
  const chunks: Uint8Array[] = [];
  const { pages } = await writePdf(outline, { write: (chunk: Uint8Array) => chunks.push(chunk) });
  return { pdf: Buffer.concat(chunks), pages };
}

/** The whole PDF in memory. */
export async function renderPdf(outline: DocumentOutline): Promise<Buffer> {
  return (await renderPdfWithPageCount(outline)).pdf;
}
