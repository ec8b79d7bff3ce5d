// A window-address block: the return address (small type, its lines joined by ', ') and the
// recipient's lines, placed at the fixed coordinates of the envelope window (envelope-window.ts)
// at the top of a page. Tagged as Div > P (return address), P (address), so a screen reader reads
// the address sheet like any other page. Refuses (VALIDATION_FAILED, without the text) an address
// that would not fit the window: too many lines, or a line too wide even at the smallest size —
// shrinking or wrapping an address silently could put part of it outside the window.
import { InsynError } from '../../domain/error-catalogue.ts';
import type { Block } from '../document-outline.ts';
import { cleanText } from './clean-text.ts';
import { addressZone, windowRect, windowType } from './envelope-window.ts';
import { measureText } from './measure-text.ts';
import type { PageFlow } from './page-flow.ts';
import { baselineOf, type TextStyle } from './page-style.ts';
import type { StructElement } from './structure-tree.ts';
import { wrapText } from './wrap-text.ts';

type WindowAddress = Extract<Block, { kind: 'window-address' }>;

const zoneWidth = addressZone.right - addressZone.left;
const zoneHeight = addressZone.top - addressZone.bottom;

function refuse(detail: string): InsynError {
  return new InsynError('VALIDATION_FAILED', `window address: ${detail}`);
}

function style(size: number, leading: number): TextStyle {
  return { bold: false, size, leading, before: 0, after: 0 };
}

/** One line as drawn: clean, spaces collapsed. */
function addressLine(line: string): string {
  return cleanText(line).replace(/\s+/g, ' ').trim();
}

export function layoutWindowAddress(flow: PageFlow, block: WindowAddress): void {
  const face = flow.fonts.regular.face;
  const lines = block.lines.map(addressLine);
  if (lines.length === 0 || lines.some((line) => line === '')) throw refuse('no lines, or a blank line');
  const back = block.returnAddress?.map(addressLine).filter((line) => line !== '') ?? [];
  const small = windowType.returnAddress;
  const returnLines = back.length === 0 ? [] : wrapText(back.join(', '), face, small.size, zoneWidth);
  if (returnLines.length > small.maxLines) throw refuse(`the return address needs more than ${small.maxLines} lines`);
  const returnHeight = returnLines.length === 0 ? 0 : returnLines.length * small.leading + windowType.gap;
  const size = windowType.addressSizes.find((candidate) => lines.every((line) => (measureText(line, face) * candidate) / 1000 <= zoneWidth));
  if (size === undefined) throw refuse('a line is wider than the envelope window');
  const addressStyle = style(size, size * windowType.addressLeading);
  if (returnHeight + lines.length * addressStyle.leading > zoneHeight) throw refuse(`${lines.length} lines do not fit the envelope window`);

  if (!flow.atTop) flow.newPage();
  const div = flow.tree.open(flow.tree.document, 'Div');
  if (returnLines.length > 0) place(flow, div, style(small.size, small.leading), addressZone.top, returnLines);
  place(flow, div, addressStyle, addressZone.top - returnHeight, lines);
  flow.tree.close(div);
  flow.y = windowRect.bottom - windowType.after;
}

function place(flow: PageFlow, parent: StructElement, lineStyle: TextStyle, top: number, lines: readonly string[]): void {
  const font = flow.fonts.regular;
  const element = flow.tree.open(parent, 'P');
  flow.beginMarked('P', element);
  flow.content.textLines(font.resourceName, lineStyle.size, addressZone.left, baselineOf(top, lineStyle), lineStyle.leading, lines.map((line) => font.encode(line)));
  flow.endMarked();
  flow.tree.close(element);
}
