// Column widths in proportion to content, like an HTML table's automatic layout: each column
// wants its widest cell on one line and needs at least its longest word. If every column can have
// what it wants, they share the spare width in proportion; if not even the needs fit, the widest
// needs are capped (their long words then break anywhere); otherwise each column gets its need plus
// the same fraction of the difference between want and need.
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
  const need = capped(needed.map((w, i) => Math.min(Math.max(w + 2 * padding, minColumn), want[i]!)), available);
  const [wantTotal, needTotal] = [sum(want), sum(need)];
  if (wantTotal <= available) return want.map((w) => (w * available) / wantTotal);
  if (needTotal >= available - 1e-9) return need;
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

/**
 * Needs that together exceed `available` are capped at one level chosen so that they add up to it:
 * narrow columns keep their longest word, only the widest ones give way (their words will break).
 */
function capped(need: readonly number[], available: number): number[] {
  if (sum(need) <= available) return [...need];
  let remaining = available;
  let left = need.length;
  let cap = 0;
  for (const n of [...need].sort((a, b) => a - b)) {
    cap = remaining / left;
    if (n > cap) break;
    remaining -= n;
    left--;
  }
  return need.map((n) => Math.min(n, cap));
}

function sum(values: readonly number[]): number {
  return values.reduce((a, b) => a + b, 0);
}
