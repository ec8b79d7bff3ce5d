// The two faces an extract uses, DejaVu Sans and DejaVu Sans Bold, each read and parsed once per
// process: code point → glyph and advance widths in PDF text space units (1/1000 em, rounded as
// the /W array writes them, so measuring and drawing agree). Code points the face lacks are drawn
// as U+FFFD, never as .notdef (PDF/A forbids showing .notdef).
import { readFileSync } from 'node:fs';
import { createRequire } from 'node:module';
import { parseFontkitFont, type FontkitFont } from './fontkit-font.ts';
import { readTrueTypeTables, type TrueTypeTables } from './truetype-tables.ts';

export type FontStyle = 'regular' | 'bold';

export interface FontDescriptorMetrics {
  readonly bbox: readonly [number, number, number, number];
  readonly ascent: number;
  readonly descent: number;
  readonly capHeight: number;
  readonly italicAngle: number;
  readonly stemV: number;
}

export interface FontFace {
  readonly postscriptName: string;
  readonly names: { readonly family: string; readonly subfamily: string };
  readonly numGlyphs: number;
  readonly tables: TrueTypeTables;
  readonly metrics: FontDescriptorMetrics;
  /** Advance of each glyph in 1/1000 em. */
  readonly glyphWidths: Uint16Array;
  glyphOf(codePoint: number): number;
  widthOf(codePoint: number): number;
}

const files: Record<FontStyle, string> = {
  regular: 'dejavu-fonts-ttf/ttf/DejaVuSans.ttf',
  bold: 'dejavu-fonts-ttf/ttf/DejaVuSans-Bold.ttf',
};
const faces = new Map<FontStyle, FontFace>();

export function fontFace(style: FontStyle): FontFace {
  let face = faces.get(style);
  if (!face) {
    const data = readFileSync(createRequire(import.meta.url).resolve(files[style]));
    face = createFontFace(new Uint8Array(data.buffer, data.byteOffset, data.byteLength), style === 'bold');
    faces.set(style, face);
  }
  return face;
}

function createFontFace(data: Uint8Array, bold: boolean): FontFace {
  const font = parseFontkitFont(data);
  const tables = readTrueTypeTables(data);
  const scale = 1000 / font.unitsPerEm;
  const glyphWidths = new Uint16Array(font.numGlyphs);
  const hmtx = tables.tables.get('hmtx')!.offset;
  for (let gid = 0; gid < font.numGlyphs; gid++) {
    const advance = tables.view.getUint16(hmtx + 4 * Math.min(gid, tables.numberOfHMetrics - 1));
    glyphWidths[gid] = Math.round(advance * scale);
  }
  const glyphOf = glyphLookup(font);
  return {
    postscriptName: font.postscriptName,
    names: { family: font.familyName, subfamily: font.subfamilyName },
    numGlyphs: font.numGlyphs,
    tables,
    metrics: descriptorMetrics(font, scale, bold),
    glyphWidths,
    glyphOf,
    widthOf: (codePoint) => glyphWidths[glyphOf(codePoint)]!,
  };
}

function glyphLookup(font: FontkitFont): (codePoint: number) => number {
  const replacement = font.glyphForCodePoint(0xfffd).id;
  const basic = new Int32Array(0x10000).fill(-1);
  const astral = new Map<number, number>();
  const lookUp = (codePoint: number) => (font.hasGlyphForCodePoint(codePoint) ? font.glyphForCodePoint(codePoint).id : replacement);
  return (codePoint) => {
    if (codePoint < 0x10000) {
      let gid = basic[codePoint]!;
      if (gid < 0) basic[codePoint] = gid = lookUp(codePoint);
      return gid;
    }
    let gid = astral.get(codePoint);
    if (gid === undefined) astral.set(codePoint, gid = lookUp(codePoint));
    return gid;
  };
}

function descriptorMetrics(font: FontkitFont, scale: number, bold: boolean): FontDescriptorMetrics {
  const s = (n: number) => Math.round(n * scale);
  const { minX, minY, maxX, maxY } = font.bbox;
  return {
    bbox: [s(minX), s(minY), s(maxX), s(maxY)],
    ascent: s(font.ascent),
    descent: s(font.descent),
    capHeight: s(font.glyphForCodePoint(0x48).bbox.maxY),
    italicAngle: font.italicAngle,
    stemV: bold ? 140 : 80,
  };
}
