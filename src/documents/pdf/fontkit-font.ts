// The part of fontkit this renderer uses, typed here because fontkit ships no types: parse a
// TrueType file, map code points to glyphs, read advance widths and the metrics a PDF font
// descriptor needs. Subsetting is done on the raw tables (truetype-subset.ts).
import { createRequire } from 'node:module';

export interface FontkitGlyph {
  readonly id: number;
  readonly advanceWidth: number;
  readonly bbox: { readonly minY: number; readonly maxY: number };
}

export interface FontkitFont {
  readonly postscriptName: string;
  readonly familyName: string;
  readonly subfamilyName: string;
  readonly unitsPerEm: number;
  readonly ascent: number;
  readonly descent: number;
  readonly italicAngle: number;
  readonly numGlyphs: number;
  readonly bbox: { readonly minX: number; readonly minY: number; readonly maxX: number; readonly maxY: number };
  readonly 'OS/2': { readonly usWeightClass: number };
  hasGlyphForCodePoint(codePoint: number): boolean;
  glyphForCodePoint(codePoint: number): FontkitGlyph;
  getGlyph(id: number): FontkitGlyph;
}

interface Fontkit {
  create(data: Uint8Array): FontkitFont;
}

const require = createRequire(import.meta.url);

export function parseFontkitFont(data: Uint8Array): FontkitFont {
  const fontkit = require('fontkit') as Fontkit;
  return fontkit.create(data);
}
