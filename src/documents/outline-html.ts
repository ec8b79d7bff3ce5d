// A document outline as an HTML fragment for a page (the e-service shows extracts and letters,
// the console previews them): headings shifted under the page's own, paragraphs, lists as <ul>,
// tables with <caption> and <th scope>; a page break is nothing, a window address is paragraph
// lines (return address, then the address). Every text goes through the escaping `html` tag; the
// fragment carries the document's language so an English document in a Swedish page is read
// aloud in English.
import { html, trustedHtml, type SafeHtml } from '../lib/html.ts';
import type { Block, DocumentOutline } from './document-outline.ts';

type Table = Extract<Block, { kind: 'table' }>;
type WindowAddress = Extract<Block, { kind: 'window-address' }>;

export interface OutlineHtmlOptions {
  /** Added to every heading level (0–3), e.g. 1 when the page has its own <h1>. */
  readonly headingOffset?: number;
}

function heading(level: number, text: string): SafeHtml {
  const tag = `h${level}`;
  return html`${trustedHtml(`<${tag}>`)}${text}${trustedHtml(`</${tag}>`)}`;
}

function row(cells: readonly string[], rowHeaders: boolean): SafeHtml {
  const [first = '', ...rest] = cells;
  const lead = rowHeaders ? html`<th scope="row">${first}</th>` : html`<td>${first}</td>`;
  return html`<tr>${lead}${rest.map((cell) => html`<td>${cell}</td>`)}</tr>`;
}

function table(block: Table): SafeHtml {
  const rowHeaders = block.rowHeaders === true;
  return html`<table><caption>${block.caption}</caption><thead><tr>${block.columns.map((column) => html`<th scope="col">${column}</th>`)}</tr></thead><tbody>${block.rows.map((cells) => row(cells, rowHeaders))}</tbody></table>`;
}

function windowAddress(block: WindowAddress): SafeHtml {
  const back = block.returnAddress && block.returnAddress.length > 0
    ? html`<p class="return-address">${block.returnAddress.join(', ')}</p>` : '';
  const lines = block.lines.map((line, i) => (i === 0 ? html`${line}` : html`<br>${line}`));
  return html`<div class="window-address">${back}<p>${lines}</p></div>`;
}

function renderBlock(block: Block, headingOffset: number): SafeHtml {
  switch (block.kind) {
    case 'heading': return heading(block.level + headingOffset, block.text);
    case 'paragraph': return html`<p>${block.text}</p>`;
    case 'list': return html`<ul>${block.items.map((item) => html`<li>${item}</li>`)}</ul>`;
    case 'table': return table(block);
    case 'page-break': return html``;
    case 'window-address': return windowAddress(block);
    default: {
      const unknown: never = block;
      throw new TypeError(`unknown block kind: ${String((unknown as { kind: unknown }).kind)}`);
    }
  }
}

/** The outline as `<div class="{className}" lang="…">…</div>`, everything escaped. */
export function outlineHtml(outline: DocumentOutline, className: 'extract' | 'letter', options: OutlineHtmlOptions = {}): SafeHtml {
  const headingOffset = options.headingOffset ?? 0;
  if (!Number.isInteger(headingOffset) || headingOffset < 0 || headingOffset > 3) {
    throw new TypeError('headingOffset must be an integer from 0 to 3');
  }
  const blocks = outline.blocks.map((block) => renderBlock(block, headingOffset));
  return html`<div class="${className}" lang="${outline.language}">${blocks}</div>`;
}
