// Places wrapped lines at the cursor, moving to a new page when the next line does not fit. The
// lines on each page form one marked-content sequence owned by `element`.
import type { PageFlow } from './page-flow.ts';
import { baselineOf, type TextStyle } from './page-style.ts';
import type { StructElement } from './structure-tree.ts';

export function placeLines(flow: PageFlow, element: StructElement, style: TextStyle, x: number, lines: readonly string[]): void {
  const font = style.bold ? flow.fonts.bold : flow.fonts.regular;
  let next = 0;
  while (next < lines.length) {
    if (flow.room < style.leading) flow.newPage();
    const count = Math.max(1, Math.min(lines.length - next, Math.floor(flow.room / style.leading)));
    const hex = lines.slice(next, next + count).map((line) => font.encode(line));
    flow.beginMarked(element.type, element);
    flow.content.textLines(font.resourceName, style.size, x, baselineOf(flow.y, style), style.leading, hex);
    flow.endMarked();
    flow.y -= count * style.leading;
    next += count;
  }
}
