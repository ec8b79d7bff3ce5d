// Writes one document font at the end of the file: the subset program (FontFile2), its
// descriptor, the CIDFontType2 with /W widths and /CIDToGIDMap /Identity, the ToUnicode CMap and
// the Type0 dictionary that pages refer to. The subset tag comes from a hash of the glyph list,
// so the same text gives the same name.
import { createHash } from 'node:crypto';
import { deflateSync } from 'node:zlib';
import type { DocumentFont } from './document-font.ts';
import type { PdfFileWriter } from './pdf-file-writer.ts';
import { toUnicodeCmap } from './to-unicode-cmap.ts';
import { subsetTrueType } from './truetype-subset.ts';

export function writeFontObjects(writer: PdfFileWriter, font: DocumentFont): void {
  const tag = subsetTag(font.glyphs);
  const baseFont = `${tag}+${font.face.postscriptName}`;
  const subset = subsetTrueType(font.face.tables, font.glyphs, { ...font.face.names, postscriptName: baseFont });
  const [fileRef, descriptorRef, cidFontRef, toUnicodeRef] = [writer.allocate(), writer.allocate(), writer.allocate(), writer.allocate()];
  // Level 1: font programs barely compress further at 6 (about 1 %), which costs twice the time.
  writer.writeStream(fileRef, `/Filter /FlateDecode /Length1 ${subset.bytes.length}`, deflateSync(subset.bytes, { level: 1 }));
  const m = font.face.metrics;
  writer.writeObject(descriptorRef, `<</Type /FontDescriptor /FontName /${baseFont} /Flags 32 /FontBBox [${m.bbox.join(' ')}] `
    + `/ItalicAngle ${m.italicAngle} /Ascent ${m.ascent} /Descent ${m.descent} /CapHeight ${m.capHeight} /StemV ${m.stemV} `
    + `/FontFile2 ${fileRef} 0 R>>`);
  const widths = subset.glyphs.map((gid) => font.face.glyphWidths[gid]).join(' ');
  writer.writeObject(cidFontRef, `<</Type /Font /Subtype /CIDFontType2 /BaseFont /${baseFont} `
    + '/CIDSystemInfo <</Registry (Adobe) /Ordering (Identity) /Supplement 0>> '
    + `/FontDescriptor ${descriptorRef} 0 R /DW 1000 /W [0 [${widths}]] /CIDToGIDMap /Identity>>`);
  writer.writeStream(toUnicodeRef, '/Filter /FlateDecode', deflateSync(toUnicodeCmap(font.unicode)));
  writer.writeObject(font.ref, `<</Type /Font /Subtype /Type0 /BaseFont /${baseFont} /Encoding /Identity-H `
    + `/DescendantFonts [${cidFontRef} 0 R] /ToUnicode ${toUnicodeRef} 0 R>>`);
}

/** Six capital letters, as PDF requires for a subset's name prefix. */
function subsetTag(glyphs: readonly number[]): string {
  const digest = createHash('sha256').update(Uint16Array.from(glyphs)).digest();
  let tag = '';
  for (let i = 0; i < 6; i++) tag += String.fromCharCode(65 + (digest[i]! % 26));
  return tag;
}
