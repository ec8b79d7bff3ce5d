// Column widths in proportion to content, like an HTML table's automatic layout: each column
// wants its widest cell on one line and needs at least its longest word (capped, since long words
// can break anywhere). If everything fits the columns share the spare width in proportion; if not,
// each gets its minimum plus a share of what is left in proportion to how much more it wants.
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
  const want = wanted.map((w) => w + 2 * padding);
  const fair = available / text.columns;
  const need = needed.map((w, i) => Math.min(Math.max(w + 2 * padding, minColumn), fair, want[i]!));
  const wantTotal = sum(want);
  if (wantTotal <= available) return want.map((w) => (w * available) / wantTotal);
  const spare = available - sum(need);
  const extra = want.map((w, i) => w - need[i]!);
  const extraTotal = sum(extra);
  return need.map((n, i) => n + (extraTotal > 0 ? (spare * extra[i]!) / extraTotal : spare / text.columns));
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
        let lineWidth = 0;
        for (const word of line.split(' ')) {
          const width = measureText(word, face);
          lineWidth += width + face.widthOf(0x20);
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
