// Headings, paragraphs and bulleted lists. A heading is kept with the first lines after it; a
// list is L > LI > (Lbl, LBody), the bullet being the item's label (Lbl), as PDF/UA expects.
import type { Block } from '../document-outline.ts';
import type { PageFlow } from './page-flow.ts';
import { baselineOf, listIndent, pageStyle, textStyles, type TextStyle } from './page-style.ts';
import { placeLines } from './place-lines.ts';
import { wrapText } from './wrap-text.ts';

type TextBlock = Extract<Block, { kind: 'heading' | 'paragraph' | 'list' }>;

const textWidth = pageStyle.right - pageStyle.left;
/** Lines of body text a heading must be followed by on its page. */
const keepWithNext = 2 * textStyles.paragraph.leading;

export function layoutTextBlock(flow: PageFlow, block: TextBlock): void {
  if (block.kind === 'list') layoutList(flow, block.items);
  else if (block.kind === 'paragraph') layoutText(flow, 'P', textStyles.paragraph, block.text, 0);
  else layoutText(flow, `H${block.level}`, textStyles[`h${block.level}`], block.text, keepWithNext);
}

function layoutText(flow: PageFlow, type: string, style: TextStyle, text: string, keep: number): void {
  const lines = wrapText(text, face(flow, style), style.size, textWidth);
  spaceBefore(flow, style, Math.min(lines.length, 3) * style.leading + keep);
  const element = flow.tree.open(flow.tree.document, type);
  placeLines(flow, element, style, pageStyle.left, lines);
  flow.tree.close(element);
  flow.y -= style.after;
}

function layoutList(flow: PageFlow, items: readonly string[]): void {
  const style = textStyles.listItem;
  const list = flow.tree.open(flow.tree.document, 'L', '/A <</O /List /ListNumbering /Disc>>');
  const bullet = flow.fonts.regular.encode('•');
  for (const item of items) {
    const lines = wrapText(item, face(flow, style), style.size, textWidth - listIndent);
    spaceBefore(flow, style, style.leading);
    const li = flow.tree.open(list, 'LI');
    const label = flow.tree.open(li, 'Lbl');
    flow.beginMarked('Lbl', label);
    flow.content.textLines(flow.fonts.regular.resourceName, style.size, pageStyle.left + 3, baselineOf(flow.y, style), 0, [bullet]);
    flow.endMarked();
    flow.tree.close(label);
    const body = flow.tree.open(li, 'LBody');
    placeLines(flow, body, style, pageStyle.left + listIndent, lines);
    flow.tree.close(body);
    flow.tree.close(li);
    flow.y -= style.after;
  }
  flow.tree.close(list);
  flow.y -= textStyles.paragraph.after - style.after;
}

/** Adds the space above a block, or starts a new page when `needed` points do not fit. */
function spaceBefore(flow: PageFlow, style: TextStyle, needed: number): void {
  const before = flow.atTop ? 0 : style.before;
  if (flow.room < before + needed && !flow.atTop) {
    flow.newPage();
    return;
  }
  flow.y -= before;
}

function face(flow: PageFlow, style: TextStyle) {
  return (style.bold ? flow.fonts.bold : flow.fonts.regular).face;
}
