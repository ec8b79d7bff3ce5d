import assert from 'node:assert/strict';
import { describe, it } from 'node:test';
import type { Block, DocumentOutline } from '../document-outline.ts';
import { outlineHtml } from '../outline-html.ts';
import { isInsynError } from '../../domain/error-catalogue.ts';
import { checkPdfSyntax } from '../../../test/support/check-pdf-syntax.ts';
import { readPdf, structNodes, type PlacedText, type ReadPage } from '../../../test/support/read-pdf.ts';
import { addressZone, windowRect } from './envelope-window.ts';
import { fontFace } from './font-face.ts';
import { measureText } from './measure-text.ts';
import { renderPdf, renderPdfWithPageCount } from './write-pdf.ts';

function outline(blocks: readonly Block[]): DocumentOutline {
  return { language: 'sv', title: 'Test', author: 'Exempelmyndigheten', createdAt: '2026-02-25T08:00:00Z', blocks };
}

const p = (text: string): Block => ({ kind: 'paragraph', text });
const pageBreak: Block = { kind: 'page-break' };
const address: Block = { kind: 'window-address', lines: ['Testa Testsson', 'Exempelgatan 1', '123 45 EXEMPELSTAD'], returnAddress: ['Exempelmyndigheten', 'Box 123', '123 45 Exempelstad'] };

function texts(page: ReadPage): PlacedText[] {
  return page.texts.filter((text) => text.str.trim() !== '' && text.tag !== 'Artifact');
}

async function pagesOf(blocks: readonly Block[]): Promise<number> {
  const { pdf, pages } = await renderPdfWithPageCount(outline(blocks));
  assert.equal((await readPdf(pdf)).pageCount, pages, 'the count matches the file');
  return pages;
}

describe('page-break block', () => {
  it('starts the next block on a new page, but never adds an empty page', async () => {
    assert.equal(await pagesOf([p('ett'), pageBreak, p('två')]), 2);
    assert.equal(await pagesOf([pageBreak, p('ett')]), 1, 'at the top of a page it does nothing');
    assert.equal(await pagesOf([p('ett'), pageBreak]), 1, 'a trailing break adds no page');
    assert.equal(await pagesOf([p('ett'), pageBreak, pageBreak, p('två')]), 2, 'two breaks are one');
    const pdf = await readPdf(await renderPdf(outline([p('ett'), pageBreak, p('två')])));
    assert.deepEqual(pdf.pages.map((page) => texts(page).map((text) => text.str)), [['ett'], ['två']]);
    assert.equal(texts(pdf.pages[1]!)[0]!.y, texts(pdf.pages[0]!)[0]!.y, 'the second page starts at the top margin');
  });
});

describe('window-address block', () => {
  it('places the return address and the address inside the window, below its quiet-zone top, left-aligned', async () => {
    const pdf = await readPdf(await renderPdf(outline([address, p('Under fönstret')])));
    const placed = texts(pdf.pages[0]!);
    assert.deepEqual(placed.map((text) => text.str), ['Exempelmyndigheten, Box 123, 123 45 Exempelstad', 'Testa Testsson', 'Exempelgatan 1', '123 45 EXEMPELSTAD', 'Under fönstret']);
    for (const text of placed.slice(0, 4)) {
      assert.ok(Math.abs(text.x - addressZone.left) < 0.01, `"${text.str}" starts at the quiet zone's left edge`);
      assert.ok(text.y < addressZone.top - 5 && text.y > addressZone.bottom + 2, `"${text.str}" baseline ${text.y} is inside the zone`);
    }
    assert.ok(placed[0]!.y > placed[1]!.y, 'the return address comes first');
    assert.ok(placed[4]!.y + 10 < windowRect.bottom, 'the flow continues below the window');
  });

  it('is tagged Div > P, not an artifact, and every text is in the structure tree', async () => {
    const bytes = await renderPdf(outline([address, p('Under fönstret')]));
    assert.deepEqual(checkPdfSyntax(bytes), []);
    const pdf = await readPdf(bytes);
    const page = pdf.pages[0]!;
    const div = structNodes(page.structTree).find((node) => node.role === 'Div');
    assert.ok(div, 'a Div');
    assert.deepEqual(div.children?.map((child) => child.role), ['P', 'P']);
    const referenced = new Set(structNodes(page.structTree).filter((node) => node.type === 'content').map((node) => node.id));
    for (const text of texts(page)) assert.ok(referenced.has(text.id!), `"${text.str}" is not in the structure tree`);
    assert.equal(pdf.xmp.get('pdfaid:part'), '2');
  });

  it('always begins a page: after other content it starts a new one', async () => {
    const pdf = await readPdf(await renderPdf(outline([p('Före'), address])));
    assert.equal(pdf.pageCount, 2);
    assert.deepEqual(texts(pdf.pages[0]!).map((text) => text.str), ['Före']);
    assert.equal(texts(pdf.pages[1]!)[1]!.str, 'Testa Testsson');
  });

  it('without a return address puts the address at the top of the zone', async () => {
    const pdf = await readPdf(await renderPdf(outline([{ kind: 'window-address', lines: ['19900101-1239'] }])));
    const [only] = texts(pdf.pages[0]!);
    assert.ok(only && only.y > addressZone.top - 12 && only.y < addressZone.top, `baseline ${only?.y}`);
  });

  it('refuses an address that would not fit the window, without repeating it', async () => {
    const refused = async (block: Block, secret?: string) => assert.rejects(renderPdf(outline([block])), (error: unknown) => {
      assert.ok(isInsynError(error, 'VALIDATION_FAILED'), String(error));
      if (secret) assert.ok(!(error as Error).message.includes(secret));
      return true;
    });
    await refused({ kind: 'window-address', lines: Array.from({ length: 8 }, (_, i) => `Rad ${i}`) });
    await refused({ kind: 'window-address', lines: ['Mycket långt efternamn'.repeat(4)] }, 'Mycket');
    await refused({ kind: 'window-address', lines: [] });
    await refused({ kind: 'window-address', lines: ['Namn', '  '] });
    await refused({ kind: 'window-address', lines: ['Namn'], returnAddress: ['Avsändare med mycket lång adress'.repeat(6)] });
  });

  it('shrinks a long line to 9 or 8 pt rather than refusing it, still inside the zone', async () => {
    const long = 'Storgatan 123 lägenhet 1102 uppgång C, port 4 vån 3';
    const zoneWidth = addressZone.right - addressZone.left;
    assert.ok((measureText(long, fontFace('regular')) * 10) / 1000 > zoneWidth, 'too wide at 10 pt');
    const pdf = await readPdf(await renderPdf(outline([{ kind: 'window-address', lines: ['Namn', long] }])));
    const line = pdf.pages[0]!.texts.find((text) => text.str === long)!;
    assert.ok(line.x >= addressZone.left && line.x + line.width <= addressZone.right, `${line.width} pt wide, inside the zone`);
  });
});

describe('outlineHtml of the print blocks', () => {
  it('renders a page break as nothing and a window address as escaped paragraph lines', () => {
    const html = String(outlineHtml(outline([p('ett'), pageBreak, { kind: 'window-address', lines: ['A <b>', 'B & C'], returnAddress: ['X', 'Y'] }]), 'letter'));
    assert.equal(html, '<div class="letter" lang="sv"><p>ett</p><div class="window-address"><p class="return-address">X, Y</p>'
      + '<p>A &lt;b&gt;<br>B &amp; C</p></div></div>');
  });
});
