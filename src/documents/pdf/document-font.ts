// One face as one document uses it: glyphs get CIDs 0, 1, 2 … in order of first use (CID 0 is
// .notdef), which are also their glyph ids in the subset written at the end (CIDToGIDMap
// /Identity). Text is encoded for Identity-H as hex, so content-stream strings need no escaping;
// the Unicode text of each CID is kept for the ToUnicode CMap.
import type { FontFace } from './font-face.ts';

export class DocumentFont {
  readonly face: FontFace;
  /** Object number of the Type0 font dictionary, written at the end. */
  readonly ref: number;
  /** Name in page resources, e.g. F1. */
  readonly resourceName: string;
  readonly #cidOfGlyph: Int32Array;
  readonly #glyphs: number[] = [0];
  readonly #unicode: string[] = [''];
  readonly #hex: string[] = ['0000'];
  readonly #replacementGlyph: number;

  constructor(face: FontFace, ref: number, resourceName: string) {
    this.face = face;
    this.ref = ref;
    this.resourceName = resourceName;
    this.#cidOfGlyph = new Int32Array(face.numGlyphs).fill(-1);
    this.#cidOfGlyph[0] = 0;
    this.#replacementGlyph = face.glyphOf(0xfffd);
  }

  /** Original glyph ids in CID order. */
  get glyphs(): readonly number[] {
    return this.#glyphs;
  }

  /** The Unicode text of each CID ('' for .notdef). */
  get unicode(): readonly string[] {
    return this.#unicode;
  }

  /** The hex digits of `text` for a <…> string shown with Tj. */
  encode(text: string): string {
    let hex = '';
    for (let i = 0; i < text.length; i++) {
      const codePoint = text.codePointAt(i)!;
      if (codePoint > 0xffff) i++;
      const gid = this.face.glyphOf(codePoint);
      let cid = this.#cidOfGlyph[gid]!;
      if (cid < 0) cid = this.#addGlyph(gid, codePoint);
      hex += this.#hex[cid];
    }
    return hex;
  }

  /** Advance of `text` in 1/1000 em. */
  widthOf(text: string): number {
    let width = 0;
    for (let i = 0; i < text.length; i++) {
      const codePoint = text.codePointAt(i)!;
      if (codePoint > 0xffff) i++;
      width += this.face.widthOf(codePoint);
    }
    return width;
  }

  #addGlyph(gid: number, codePoint: number): number {
    const cid = this.#glyphs.push(gid) - 1;
    if (cid > 0xffff) throw new TypeError('more than 65,535 glyphs in one font');
    this.#cidOfGlyph[gid] = cid;
    const drawnAsReplacement = gid === this.#replacementGlyph && codePoint !== 0xfffd;
    this.#unicode.push(drawnAsReplacement ? '\ufffd' : String.fromCodePoint(codePoint));
    this.#hex.push(cid.toString(16).toUpperCase().padStart(4, '0'));
    return cid;
  }
}
