import assert from 'node:assert/strict';
import { describe, it } from 'node:test';
import { fontFace } from './font-face.ts';
import { parseFontkitFont } from './fontkit-font.ts';
import { subsetTrueType } from './truetype-subset.ts';

// fontkit is the reference: the subset must parse, and each glyph must have the original's
// advance and outline.
describe('subsetTrueType', () => {
  const face = fontFace('regular');
  const original = parseFontkitFont(face.tables.data);
  const text = 'Åsa Öberg – ärende é fi';
  const requested = [0, ...new Set([...text].map((char) => face.glyphOf(char.codePointAt(0)!)))];
  const names = { family: 'DejaVu Sans', subfamily: 'Book', postscriptName: 'ABCDEF+DejaVuSans' };

  it('keeps the requested glyphs at their indices, then the components of composite glyphs', () => {
    const subset = subsetTrueType(face.tables, requested, names);
    assert.deepEqual(subset.glyphs.slice(0, requested.length), requested);
    assert.ok(subset.glyphs.length > requested.length, 'Å, Ö, ä and é are composites in DejaVu Sans');
    const font = parseFontkitFont(subset.bytes);
    assert.equal(font.numGlyphs, subset.glyphs.length);
    assert.equal(font.postscriptName, 'ABCDEF+DejaVuSans');
    assert.equal(font.familyName, 'DejaVu Sans');
    subset.glyphs.forEach((gid, id) => {
      const [mine, theirs] = [font.getGlyph(id), original.getGlyph(gid)] as unknown as { advanceWidth: number; path: { toSVG(): string } }[];
      assert.equal(mine!.advanceWidth, theirs!.advanceWidth);
      assert.equal(mine!.path.toSVG(), theirs!.path.toSVG(), `outline of glyph ${gid}`);
    });
  });

  it('writes a valid sfnt: table checksums and the whole-file checkSumAdjustment', () => {
    const { bytes } = subsetTrueType(face.tables, requested, names);
    const view = new DataView(bytes.buffer, bytes.byteOffset, bytes.byteLength);
    const sum = (offset: number, length: number) => {
      let total = 0;
      for (let at = offset; at < offset + ((length + 3) & ~3); at += 4) total = (total + view.getUint32(at)) >>> 0;
      return total;
    };
    const tags: string[] = [];
    for (let i = 0; i < view.getUint16(4); i++) {
      const at = 12 + 16 * i;
      const tag = String.fromCharCode(...bytes.subarray(at, at + 4));
      tags.push(tag);
      if (tag !== 'head') assert.equal(view.getUint32(at + 4), sum(view.getUint32(at + 8), view.getUint32(at + 12)), `${tag} checksum`);
    }
    assert.deepEqual(tags, [...tags].sort());
    for (const tag of ['glyf', 'head', 'hhea', 'hmtx', 'loca', 'maxp', 'cvt ', 'fpgm', 'prep', 'name', 'post']) assert.ok(tags.includes(tag), tag);
    assert.equal(sum(0, bytes.length), 0xB1B0AFBA);
    assert.ok(bytes.length < 40_000, `${bytes.length} bytes for ${requested.length} glyphs`);
  });
});
