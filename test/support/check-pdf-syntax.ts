// Checks what pdf.js would silently repair: startxref points at the cross-reference stream, every
// type-1 entry at "N 0 obj", every type-2 entry into an object stream that lists it, and every
// directly written stream's /Length ends exactly at "endstream". Returns the problems found.
import { inflateSync } from 'node:zlib';

export function checkPdfSyntax(pdf: Buffer): string[] {
  const problems: string[] = [];
  const text = pdf.toString('latin1');
  const startxref = Number(/startxref\n(\d+)\n%%EOF\n$/.exec(text)?.[1] ?? -1);
  const xref = streamAt(pdf, text, startxref, problems);
  if (!xref) return [...problems, 'startxref does not point at a stream object'];
  const widths = /\/W \[(\d+) (\d+) (\d+)\]/.exec(xref.dictionary)!.slice(1).map(Number);
  const table = inflateSync(xref.data);
  const row = widths[0]! + widths[1]! + widths[2]!;
  const field = (at: number, size: number) => (size === 0 ? 0 : table.readUIntBE(at, size));
  for (let ref = 0; ref < table.length / row; ref++) {
    const at = ref * row;
    const [type, second, third] = [field(at, widths[0]!), field(at + widths[0]!, widths[1]!), field(at + widths[0]! + widths[1]!, widths[2]!)];
    if (type === 1 && !text.startsWith(`${ref} 0 obj`, second)) problems.push(`object ${ref}: offset ${second} is not "${ref} 0 obj"`);
    if (type === 1) streamAt(pdf, text, second, problems);
    if (type === 2) {
      const container = streamAt(pdf, text, offsetOf(table, row, widths, second), problems);
      const first = Number(/\/First (\d+)/.exec(container?.dictionary ?? '')?.[1]);
      const header = container ? inflateSync(container.data).subarray(0, first).toString('latin1').trim().split(/\s+/) : [];
      if (header[2 * third] !== String(ref)) problems.push(`object ${ref}: not at index ${third} of object stream ${second}`);
    }
  }
  return problems;
}

function offsetOf(table: Buffer, row: number, widths: number[], ref: number): number {
  return table.readUIntBE(ref * row + widths[0]!, widths[1]!);
}

function streamAt(pdf: Buffer, text: string, offset: number, problems: string[]): { dictionary: string; data: Buffer } | undefined {
  const head = /^(\d+) 0 obj\n<<((?:(?!endobj)[^])*?)>>\nstream\n/.exec(text.slice(offset, offset + 4000));
  if (!head) return undefined;
  const length = Number(/\/Length (\d+)/.exec(head[2]!)?.[1]);
  const start = offset + head[0].length;
  if (!text.startsWith('\nendstream', start + length)) problems.push(`object ${head[1]}: /Length ${length} does not end at endstream`);
  return { dictionary: head[2]!, data: pdf.subarray(start, start + length) };
}
