// Everything after the last page: page-number forms, fonts, structure tree, parent tree, page
// tree, output intent (sRGB), XMP metadata, catalog and Info, then the cross-reference stream. Info and XMP
// get the very same strings and instant.
import { deflateSync } from 'node:zlib';
import type { DocumentOutline } from '../document-outline.ts';
import { writePageFooters } from './page-footers.ts';
import type { PageFlow } from './page-flow.ts';
import type { ParentTree } from './parent-tree.ts';
import { pdfDate } from './pdf-date.ts';
import { pdfTextString } from './pdf-text-string.ts';
import { srgbIccProfile } from './srgb-icc-profile.ts';
import { writeFontObjects } from './write-font-objects.ts';
import { xmpMetadata } from './xmp-metadata.ts';

const producer = 'Insyn';
const outputCondition = 'sRGB IEC61966-2.1';

export async function writeDocumentEnd(outline: DocumentOutline, flow: PageFlow, parentTree: ParentTree): Promise<void> {
  const writer = flow.writer;
  writePageFooters(writer, flow.pages, flow.fonts.regular, outline.language);
  writeFontObjects(writer, flow.fonts.regular);
  writeFontObjects(writer, flow.fonts.bold);
  flow.tree.finish(parentTree.ref, parentTree.nextKey);
  parentTree.write();
  writer.writeObject(flow.pagesRef, `<</Type /Pages /Kids [${flow.pages.map((p) => `${p.ref} 0 R`).join(' ')}] /Count ${flow.pages.length}>>`);
  const iccRef = writer.allocate();
  writer.writeStream(iccRef, '/N 3 /Filter /FlateDecode', deflateSync(srgbIccProfile()));
  const fields = { title: plain(outline.title), author: plain(outline.author), date: pdfDate(outline.createdAt) };
  const metadataRef = writer.allocate();
  writer.writeStream(metadataRef, '/Type /Metadata /Subtype /XML', xmpMetadata({
    title: fields.title, author: fields.author, language: outline.language, creatorTool: producer, producer, date: fields.date.xmp,
  }));
  const catalogRef = writer.allocate();
  writer.writeObject(catalogRef, `<</Type /Catalog /Pages ${flow.pagesRef} 0 R /Metadata ${metadataRef} 0 R `
    + `/StructTreeRoot ${flow.tree.rootRef} 0 R /MarkInfo <</Marked true>> /Lang ${pdfTextString(outline.language)} `
    + '/ViewerPreferences <</DisplayDocTitle true>> '
    + `/OutputIntents [<</Type /OutputIntent /S /GTS_PDFA1 /OutputConditionIdentifier (${outputCondition}) `
    + `/Info (${outputCondition}) /DestOutputProfile ${iccRef} 0 R>>]>>`);
  const infoRef = writer.allocate();
  writer.writeObject(infoRef, `<</Title ${pdfTextString(fields.title)} /Author ${pdfTextString(fields.author)} `
    + `/Creator (${producer}) /Producer (${producer}) /CreationDate (${fields.date.info}) /ModDate (${fields.date.info})>>`);
  await writer.finish(catalogRef, infoRef);
}

/** One line of text without control characters, the same in Info and XMP. */
function plain(text: string): string {
  return text.normalize('NFC').replace(/\p{Cc}+/gu, ' ').trim();
}
