// A TrueType subset for embedding as FontFile2: the glyphs asked for, in that order (so a glyph's
// new id is its index: CIDToGIDMap /Identity), then any components of composite glyphs, with the
// tables a PDF needs (head hhea maxp loca glyf hmtx cvt fpgm prep) plus OS/2, a format-3 post and
// a small name table (some font parsers refuse a font without one). Glyph outlines and hinting
// tables are copied as bytes, never decoded.
import type { TrueTypeTables } from './truetype-tables.ts';

export interface TrueTypeSubset {
  readonly bytes: Uint8Array;
  /** Original glyph ids in subset order: the requested ones, then composite components. */
  readonly glyphs: readonly number[];
}

export interface FontNames {
  readonly family: string;
  readonly subfamily: string;
  readonly postscriptName: string;
}

const copiedTables = ['cvt ', 'fpgm', 'prep', 'OS/2'];

export function subsetTrueType(font: TrueTypeTables, requested: readonly number[], names: FontNames): TrueTypeSubset {
  const glyphs = [...requested];
  const newId = new Map(glyphs.map((gid, i) => [gid, i]));
  const include = (gid: number) => {
    let id = newId.get(gid);
    if (id === undefined) {
      id = glyphs.push(gid) - 1;
      newId.set(gid, id);
    }
    return id;
  };
  const outlines: Uint8Array[] = [];
  for (let i = 0; i < glyphs.length; i++) outlines.push(glyphBytes(font, glyphs[i]!, include));
  const tables = new Map<string, Uint8Array>();
  const { glyf, loca } = glyfAndLoca(outlines);
  tables.set('glyf', glyf);
  tables.set('loca', loca);
  tables.set('hmtx', horizontalMetrics(font, glyphs));
  tables.set('head', patched(font, 'head', (view) => { view.setUint32(8, 0); view.setInt16(50, 1); }));
  tables.set('hhea', patched(font, 'hhea', (view) => view.setUint16(34, glyphs.length)));
  tables.set('maxp', patched(font, 'maxp', (view) => view.setUint16(4, glyphs.length)));
  tables.set('post', postFormat3(font));
  tables.set('name', nameTable(names));
  for (const tag of copiedTables) if (font.tables.has(tag)) tables.set(tag, tableBytes(font, tag).slice());
  return { bytes: assemble(tables), glyphs };
}

/** The glyph's bytes; a composite glyph's component ids are rewritten to subset ids. */
function glyphBytes(font: TrueTypeTables, gid: number, include: (gid: number) => number): Uint8Array {
  const glyf = font.tables.get('glyf')!.offset;
  const start = glyf + font.glyphOffsets[gid]!;
  const end = glyf + font.glyphOffsets[gid + 1]!;
  if (end - start < 10 || font.view.getInt16(start) >= 0) return font.data.subarray(start, end);
  const bytes = font.data.slice(start, end);
  const view = new DataView(bytes.buffer);
  let at = 10;
  for (;;) {
    const flags = view.getUint16(at);
    view.setUint16(at + 2, include(view.getUint16(at + 2)));
    at += 4 + (flags & 0x0001 ? 4 : 2);
    if (flags & 0x0008) at += 2;
    else if (flags & 0x0040) at += 4;
    else if (flags & 0x0080) at += 8;
    if (!(flags & 0x0020)) return bytes;
  }
}

function glyfAndLoca(outlines: readonly Uint8Array[]): { glyf: Uint8Array; loca: Uint8Array } {
  const loca = new Uint8Array(4 * (outlines.length + 1));
  const locaView = new DataView(loca.buffer);
  let size = 0;
  outlines.forEach((outline, i) => {
    locaView.setUint32(4 * i, size);
    size += align4(outline.length);
  });
  locaView.setUint32(4 * outlines.length, size);
  const glyf = new Uint8Array(size);
  outlines.forEach((outline, i) => glyf.set(outline, locaView.getUint32(4 * i)));
  return { glyf, loca };
}

function horizontalMetrics(font: TrueTypeTables, glyphs: readonly number[]): Uint8Array {
  const hmtx = font.tables.get('hmtx')!.offset;
  const last = font.numberOfHMetrics - 1;
  const bytes = new Uint8Array(4 * glyphs.length);
  const view = new DataView(bytes.buffer);
  glyphs.forEach((gid, i) => {
    const advance = font.view.getUint16(hmtx + 4 * Math.min(gid, last));
    const bearing = gid <= last
      ? font.view.getInt16(hmtx + 4 * gid + 2)
      : font.view.getInt16(hmtx + 4 * font.numberOfHMetrics + 2 * (gid - font.numberOfHMetrics));
    view.setUint16(4 * i, advance);
    view.setInt16(4 * i + 2, bearing);
  });
  return bytes;
}

function postFormat3(font: TrueTypeTables): Uint8Array {
  const bytes = tableBytes(font, 'post').slice(0, 32);
  new DataView(bytes.buffer).setUint32(0, 0x00030000);
  return bytes;
}

/** Format 0, Windows platform, Unicode BMP, US English: family, subfamily, full and PostScript name. */
function nameTable(names: FontNames): Uint8Array {
  const records: [number, string][] = [[1, names.family], [2, names.subfamily], [4, `${names.family} ${names.subfamily}`], [6, names.postscriptName]];
  const storage = 6 + 12 * records.length;
  const size = storage + records.reduce((total, [, text]) => total + 2 * text.length, 0);
  const bytes = new Uint8Array(size);
  const view = new DataView(bytes.buffer);
  view.setUint16(2, records.length);
  view.setUint16(4, storage);
  let offset = 0;
  records.forEach(([id, text], i) => {
    const at = 6 + 12 * i;
    [3, 1, 0x409, id, 2 * text.length, offset].forEach((value, k) => view.setUint16(at + 2 * k, value));
    for (let c = 0; c < text.length; c++) view.setUint16(storage + offset + 2 * c, text.charCodeAt(c));
    offset += 2 * text.length;
  });
  return bytes;
}

function patched(font: TrueTypeTables, tag: string, patch: (view: DataView) => void): Uint8Array {
  const bytes = tableBytes(font, tag).slice();
  patch(new DataView(bytes.buffer));
  return bytes;
}

function tableBytes(font: TrueTypeTables, tag: string): Uint8Array {
  const { offset, length } = font.tables.get(tag)!;
  return font.data.subarray(offset, offset + length);
}

/** The sfnt file: directory sorted by tag, 4-byte aligned tables, checksums, checkSumAdjustment. */
function assemble(tables: ReadonlyMap<string, Uint8Array>): Uint8Array {
  const tags = [...tables.keys()].sort();
  let size = 12 + 16 * tags.length;
  const offsets = tags.map((tag) => {
    const at = size;
    size += align4(tables.get(tag)!.length);
    return at;
  });
  const bytes = new Uint8Array(size);
  const view = new DataView(bytes.buffer);
  const log2 = Math.floor(Math.log2(tags.length));
  view.setUint32(0, 0x00010000);
  view.setUint16(4, tags.length);
  view.setUint16(6, 16 * 2 ** log2);
  view.setUint16(8, log2);
  view.setUint16(10, 16 * tags.length - 16 * 2 ** log2);
  tags.forEach((tag, i) => {
    const data = tables.get(tag)!;
    const at = 12 + 16 * i;
    for (let k = 0; k < 4; k++) bytes[at + k] = tag.charCodeAt(k);
    bytes.set(data, offsets[i]!);
    view.setUint32(at + 4, checksum(view, offsets[i]!, data.length));
    view.setUint32(at + 8, offsets[i]!);
    view.setUint32(at + 12, data.length);
  });
  const head = offsets[tags.indexOf('head')]!;
  view.setUint32(head + 8, (0xB1B0AFBA - checksum(view, 0, size)) >>> 0);
  return bytes;
}

function checksum(view: DataView, offset: number, length: number): number {
  let sum = 0;
  const end = offset + align4(length);
  for (let at = offset; at < end; at += 4) sum = (sum + view.getUint32(at)) >>> 0;
  return sum;
}

function align4(n: number): number {
  return (n + 3) & ~3;
}
