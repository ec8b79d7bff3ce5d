// The raw table directory and glyph locations of a TrueType file, read once so that subsets can
// copy glyph bytes and tables without decoding them.

export interface TrueTypeTables {
  readonly data: Uint8Array;
  readonly view: DataView;
  readonly tables: ReadonlyMap<string, { readonly offset: number; readonly length: number }>;
  /** Byte offset of each glyph in glyf (numGlyphs + 1 entries). */
  readonly glyphOffsets: Uint32Array;
  readonly numberOfHMetrics: number;
}

export function readTrueTypeTables(data: Uint8Array): TrueTypeTables {
  const view = new DataView(data.buffer, data.byteOffset, data.byteLength);
  const tables = new Map<string, { offset: number; length: number }>();
  const count = view.getUint16(4);
  for (let i = 0; i < count; i++) {
    const at = 12 + 16 * i;
    const tag = String.fromCharCode(data[at]!, data[at + 1]!, data[at + 2]!, data[at + 3]!);
    tables.set(tag, { offset: view.getUint32(at + 8), length: view.getUint32(at + 12) });
  }
  const table = (tag: string) => {
    const found = tables.get(tag);
    if (!found) throw new TypeError(`TrueType font has no ${tag} table`);
    return found;
  };
  const numGlyphs = view.getUint16(table('maxp').offset + 4);
  const longLoca = view.getInt16(table('head').offset + 50) === 1;
  const loca = table('loca').offset;
  const glyphOffsets = new Uint32Array(numGlyphs + 1);
  for (let i = 0; i <= numGlyphs; i++) {
    glyphOffsets[i] = longLoca ? view.getUint32(loca + 4 * i) : 2 * view.getUint16(loca + 2 * i);
  }
  const numberOfHMetrics = view.getUint16(table('hhea').offset + 34);
  return { data, view, tables, glyphOffsets, numberOfHMetrics };
}
