// A table: Table > Caption, TR > TH (scope Column, or Row for row headers) / TD. Caption, header
// and first row start on the same page; a row moves to the next page whole unless it is taller
// than a page, and then it is split between lines. After every page break inside the table the
// header row is drawn again as an artifact.
import type { Block } from '../document-outline.ts';
import type { PageFlow } from './page-flow.ts';
import { pageStyle, tableStyle, textStyles } from './page-style.ts';
import { placeLines } from './place-lines.ts';
import type { StructElement } from './structure-tree.ts';
import { tableColumnWidths } from './table-column-widths.ts';
import { drawRowSlice, prepareRow, rowHeight, type TableGeometry, type TableRow } from './table-row.ts';
import { wrapText } from './wrap-text.ts';

type TableBlock = Extract<Block, { kind: 'table' }>;

const textWidth = pageStyle.right - pageStyle.left;
const cell = textStyles.tableCell;
const columnHeader = '/A <</O /Table /Scope /Column>>';
const rowHeader = '/A <</O /Table /Scope /Row>>';

export async function layoutTable(flow: PageFlow, block: TableBlock): Promise<void> {
  const columns = block.columns.length || (block.rows[0]?.length ?? 0);
  const geometry = tableGeometry(flow, block, columns);
  const header = prepareRow(flow, block.columns, geometry, block.columns.map(() => true), true);
  const bodyBold = Array.from({ length: columns }, (_, i) => i === 0 && block.rowHeaders === true);
  const first = block.rows[0] ? prepareRow(flow, block.rows[0], geometry, bodyBold, false) : undefined;
  const table = flow.tree.open(flow.tree.document, 'Table');
  placeCaption(flow, table, block.caption, rowHeight(header) + (first ? rowHeight(first) : 0));
  const hasHeader = block.columns.length > 0;
  if (hasHeader) placeRow(flow, table, header, block.columns.map(() => ['TH', columnHeader]), 0);
  flow.onPageStart = hasHeader ? () => drawRowSlice(flow, header, 0, header.lines) : undefined;
  const types = bodyBold.map((bold): [string, string] => (bold ? ['TH', rowHeader] : ['TD', '']));
  const headerHeight = hasHeader ? rowHeight(header) : 0;
  for (let i = 0; i < block.rows.length; i++) {
    const row = i === 0 && first ? first : prepareRow(flow, block.rows[i]!, geometry, bodyBold, false);
    placeRow(flow, table, row, types, headerHeight);
    if (flow.writer.backPressured) await flow.writer.drained();
  }
  flow.onPageStart = undefined;
  flow.tree.close(table);
  flow.y -= tableStyle.after;
}

function tableGeometry(flow: PageFlow, block: TableBlock, columns: number): TableGeometry {
  const { regular, bold } = flow.fonts;
  const rows = block.columns.length > 0 ? [block.columns, ...block.rows] : block.rows;
  const offset = block.columns.length > 0 ? 0 : 1;
  const widths = columns === 0 ? [] : tableColumnWidths({
    rows,
    columns,
    faceOf: (row, column) => (row + offset === 0 || (column === 0 && block.rowHeaders) ? bold.face : regular.face),
  }, cell.size, tableStyle.paddingX, textWidth, tableStyle.minColumn);
  const lefts: number[] = [];
  widths.reduce((left, width) => (lefts.push(left), left + width), pageStyle.left);
  return { lefts, widths };
}

/** The caption, on a new page if it and the first rows (`following` points) do not fit. */
function placeCaption(flow: PageFlow, table: StructElement, caption: string, following: number): void {
  const style = textStyles.caption;
  const lines = caption.trim() === '' ? [] : wrapText(caption, flow.fonts.bold.face, style.size, textWidth);
  const needed = (flow.atTop ? 0 : style.before) + lines.length * style.leading + style.after + following;
  if (flow.room < needed && !flow.atTop) flow.newPage();
  else if (!flow.atTop) flow.y -= style.before;
  if (lines.length === 0) return;
  const element = flow.tree.open(table, 'Caption');
  placeLines(flow, element, style, pageStyle.left, lines);
  flow.tree.close(element);
  flow.y -= style.after;
}

function placeRow(flow: PageFlow, table: StructElement, row: TableRow, types: readonly [string, string][], headerHeight: number): void {
  const height = rowHeight(row);
  const pageBody = pageStyle.top - pageStyle.bottom - headerHeight;
  if (height > flow.room && height <= pageBody) flow.newPage();
  const tr = flow.tree.open(table, 'TR');
  const elements = types.map(([type, attributes]) => flow.tree.open(tr, type, attributes));
  let from = 0;
  while (from < row.lines) {
    if (flow.room < rowHeight(row, 1)) flow.newPage();
    const fit = Math.floor((flow.room - 2 * tableStyle.paddingY) / cell.leading);
    const count = Math.max(1, Math.min(row.lines - from, fit));
    drawRowSlice(flow, row, from, count, elements);
    from += count;
  }
  for (const element of elements) flow.tree.close(element);
  flow.tree.close(tr);
}
