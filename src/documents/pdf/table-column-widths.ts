// Column widths in proportion to content, like an HTML table's automatic layout: each column
// wants its widest cell on one line and needs at least its longest word. If every column can have
// what it wants, they share the spare width in proportion; if not even the needs fit, the needs are
// scaled down (long words then break anywhere); otherwise each column gets its need plus the same
// fraction of the difference between want and need.
import { cleanText } from './clean-text.ts';
import { measureText, type WidthSource } from './measure-text.ts';

export interface ColumnText {
  /** Rows of cells, the header row first. */
  readonly rows: Iterable<readonly string[]>;
  readonly columns: number;
  /** Face of the cell in row `row` (0 = header), column `column`. */
  faceOf(row: number, column: number): WidthSource;
}

export function tableColumnWidths(text: ColumnText, size: number, padding: number, available: number, minColumn: number): number[] {
  const { wanted, needed } = measureColumns(text, size);
  const want = wanted.map((w) => Math.max(w + 2 * padding, minColumn));
  const need = needed.map((w, i) => Math.min(Math.max(w + 2 * padding, minColumn), want[i]!));
  const [wantTotal, needTotal] = [sum(want), sum(need)];
  if (wantTotal <= available) return want.map((w) => (w * available) / wantTotal);
  if (needTotal >= available) return need.map((n) => (n * available) / needTotal);
  const share = (available - needTotal) / (wantTotal - needTotal);
  return need.map((n, i) => n + (want[i]! - n) * share);
}

function measureColumns(text: ColumnText, size: number): { wanted: number[]; needed: number[] } {
  const wanted = new Array<number>(text.columns).fill(0);
  const needed = new Array<number>(text.columns).fill(0);
  let row = 0;
  for (const cells of text.rows) {
    for (let column = 0; column < text.columns; column++) {
      const face = text.faceOf(row, column);
      const cell = cells[column] ?? '';
      for (const line of cleanText(cell).split('\n')) {
        const words = line.split(' ').filter((word) => word !== '');
        let lineWidth = Math.max(0, words.length - 1) * face.widthOf(0x20);
        for (const word of words) {
          const width = measureText(word, face);
          lineWidth += width;
          if (width > needed[column]!) needed[column] = width;
        }
        if (lineWidth > wanted[column]!) wanted[column] = lineWidth;
      }
    }
    row++;
  }
  const scale = size / 1000;
  return { wanted: wanted.map((w) => w * scale), needed: needed.map((w) => w * scale) };
}

function sum(values: readonly number[]): number {
  return values.reduce((a, b) => a + b, 0);
}
