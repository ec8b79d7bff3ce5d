// The binary table of a cross-reference stream (PDF 1.5+), /W [1 4 2]: for each object number
// its type (0 free, 1 at a byte offset, 2 inside an object stream) and two fields.

export interface CrossReferenceEntry {
  /** Object stream that holds the object, or 0 when it is written directly. */
  readonly container: number;
  /** Byte offset (direct) or index within the object stream. */
  readonly position: number;
}

export function crossReferenceTable(entries: readonly CrossReferenceEntry[]): Uint8Array {
  const table = new Uint8Array(7 * entries.length);
  const view = new DataView(table.buffer);
  entries.forEach((entry, ref) => {
    const at = 7 * ref;
    if (ref === 0) {
      view.setUint16(at + 5, 0xffff);
      return;
    }
    const packed = entry.container !== 0;
    view.setUint8(at, packed ? 2 : 1);
    view.setUint32(at + 1, packed ? entry.container : entry.position);
    view.setUint16(at + 5, packed ? entry.position : 0);
  });
  return table;
}
