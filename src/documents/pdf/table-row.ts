// One table row laid out: each cell's text wrapped to its column, and drawing a slice of the row's
// lines (all of them, or those that fit when a row taller than a page is split). A row drawn with
// structure elements is tagged content; without (a header repeated on a continuation page) it is
// a pagination artifact. Fills and rules are layout artifacts.
import type { PageFlow } from './page-flow.ts';
import { baselineOf, pageStyle, tableStyle, textStyles } from './page-style.ts';
import type { StructElement } from './structure-tree.ts';
import { wrapText } from './wrap-text.ts';

export interface TableGeometry {
  readonly lefts: readonly number[];
  readonly widths: readonly number[];
}

export interface TableRow {
  /** Wrapped lines of each cell. */
  readonly cells: readonly (readonly string[])[];
  readonly bold: readonly boolean[];
  readonly lines: number;
  readonly header: boolean;
  readonly lefts: readonly number[];
}

const style = textStyles.tableCell;

export function prepareRow(flow: PageFlow, texts: readonly string[], geometry: TableGeometry, bold: readonly boolean[], header: boolean): TableRow {
  let lines = 1;
  const cells = geometry.widths.map((width, column) => {
    const face = (bold[column] ? flow.fonts.bold : flow.fonts.regular).face;
    const wrapped = wrapText(texts[column] ?? '', face, style.size, width - 2 * tableStyle.paddingX);
    if (wrapped.length > lines) lines = wrapped.length;
    return wrapped;
  });
  return { cells, bold, lines, header, lefts: geometry.lefts };
}

export function rowHeight(row: TableRow, lines = row.lines): number {
  return lines * style.leading + 2 * tableStyle.paddingY;
}

/** Draws lines [from, from + count) of `row` at the cursor and moves the cursor below them. */
export function drawRowSlice(flow: PageFlow, row: TableRow, from: number, count: number, elements?: readonly StructElement[]): void {
  const height = rowHeight(row, count);
  const top = flow.y;
  flow.content.beginArtifact('Layout');
  if (row.header) flow.content.fillRect(pageStyle.left, top - height, pageStyle.right - pageStyle.left, height, tableStyle.headerFill);
  flow.content.horizontalRule(pageStyle.left, pageStyle.right, top - height, row.header ? 0.8 : 0.4, tableStyle.rule);
  flow.content.end();
  const baseline = baselineOf(top - tableStyle.paddingY, style);
  row.cells.forEach((lines, column) => {
    const slice = lines.slice(from, from + count);
    if (slice.every((line) => line === '')) return;
    const font = row.bold[column] ? flow.fonts.bold : flow.fonts.regular;
    const element = elements?.[column];
    if (element) flow.beginMarked(element.type, element);
    else flow.content.beginArtifact('Header');
    const x = row.lefts[column]! + tableStyle.paddingX;
    flow.content.textLines(font.resourceName, style.size, x, baseline, style.leading, slice.map((line) => font.encode(line)));
    flow.content.end();
  });
  flow.y -= height;
}
