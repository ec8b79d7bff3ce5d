import assert from 'node:assert/strict';
import { PassThrough, Writable } from 'node:stream';
import { inflateSync } from 'node:zlib';
import { describe, it } from 'node:test';
import type { Block, DocumentOutline } from '../document-outline.ts';
import { checkPdfSyntax } from '../../../test/support/check-pdf-syntax.ts';
import { heavyOutline, typicalOutline } from '../../../test/support/outline-fixtures.ts';
import { collapse, readPdf, renderPage, structNodes, taggedText, type ReadPage } from '../../../test/support/read-pdf.ts';
import { pageStyle } from './page-style.ts';
import { renderPdf, writePdf } from './write-pdf.ts';

function blockTexts(block: Block): string[] {
  if (block.kind === 'heading' || block.kind === 'paragraph') return [block.text];
  if (block.kind === 'list') return block.items.flatMap((item) => ['•', item]);
  if (block.kind === 'window-address') return [...(block.returnAddress ?? []), ...block.lines];
  if (block.kind === 'page-break') return [];
  return [block.caption, ...block.columns, ...block.rows.flat()];
}

/** Every text item sits in marked content that the page's structure tree points at, or in an artifact. */
function assertAllTextTagged(page: ReadPage, pageNumber: number): void {
  const referenced = new Set(structNodes(page.structTree).filter((node) => node.type === 'content').map((node) => node.id));
  for (const text of page.texts) {
    if (text.str.trim() === '') continue;
    assert.ok(text.tag !== undefined, `page ${pageNumber}: "${text.str}" is outside marked content`);
    if (text.tag === 'Artifact') continue;
    assert.ok(referenced.has(text.id!), `page ${pageNumber}: "${text.str}" (${text.id}) is not in the structure tree`);
  }
}

function outline(blocks: readonly Block[], extra: Partial<DocumentOutline> = {}): DocumentOutline {
  return { language: 'sv', title: 'Test', author: 'Exempelmyndigheten', createdAt: '2025-01-31T09:00:00Z', blocks, ...extra };
}

describe('writePdf', () => {
  it('extracts the text of every block in outline order, å ä ö included', async () => {
    const source = typicalOutline();
    const pdf = await readPdf(await renderPdf(source));
    assert.ok(pdf.pageCount >= 2, `a typical extract is about two pages, got ${pdf.pageCount}`);
    const text = collapse(pdf.pages.map(taggedText).join(' '));
    let from = 0;
    for (const expected of source.blocks.flatMap(blockTexts)) {
      const at = text.indexOf(collapse(expected), from);
      assert.ok(at >= 0, `"${expected}" missing or out of order`);
      from = at + collapse(expected).length;
    }
    assert.match(text, /Ärenden där du förekommer/);
  });

  it('tags headings, paragraphs, lists and tables, and every text item belongs to the structure', async () => {
    const pdf = await readPdf(await renderPdf(typicalOutline()));
    const nodes = pdf.pages.flatMap((page) => structNodes(page.structTree));
    const roles = new Set(nodes.map((node) => node.role));
    for (const role of ['Document', 'H1', 'H2', 'H3', 'P', 'L', 'LI', 'Lbl', 'LBody', 'Table', 'Caption', 'TR', 'TH', 'TD']) {
      assert.ok(roles.has(role), `no ${role} in the structure tree`);
    }
    const scopes = new Set(nodes.filter((node) => node.role === 'TH').map((node) => node.scope));
    assert.deepEqual([...scopes].sort(), ['Column', 'Row']);
    pdf.pages.forEach((page, i) => assertAllTextTagged(page, i + 1));
  });

  it('identifies PDF/A-2a and PDF/UA-1 in XMP, with the same title and author as the Info dictionary', async () => {
    const pdf = await readPdf(await renderPdf(typicalOutline('en')));
    assert.equal(pdf.xmp.get('pdfaid:part'), '2');
    assert.equal(pdf.xmp.get('pdfaid:conformance'), 'A');
    assert.equal(pdf.xmp.get('pdfuaid:part'), '1');
    assert.equal(pdf.xmp.get('dc:language'), 'en');
    assert.equal(pdf.xmp.get('dc:title'), 'Registerutdrag – ärende 2025-0042');
    assert.deepEqual(pdf.xmp.get('dc:creator'), ['Exempelmyndigheten']);
    assert.equal(pdf.info.Title, 'Registerutdrag – ärende 2025-0042');
    assert.equal(pdf.info.Author, 'Exempelmyndigheten');
    assert.equal(pdf.info.Producer, pdf.xmp.get('pdf:producer'));
    assert.equal(pdf.info.Creator, pdf.xmp.get('xmp:creatortool'));
    assert.equal(pdf.info.CreationDate, "D:20250131090000+00'00'");
    assert.equal(pdf.xmp.get('xmp:createdate'), '2025-01-31T09:00:00+00:00');
    assert.equal(pdf.info.Language, 'en', 'the catalog /Lang');
  });

  it('embeds subset fonts with ToUnicode, an sRGB output intent and the tagging entries', async () => {
    const raw = (await renderPdf(typicalOutline())).toString('latin1');
    for (const entry of ['/FontFile2', '/ToUnicode', '/CIDToGIDMap /Identity', '/Subtype /CIDFontType2', '/Encoding /Identity-H',
      '/MarkInfo <</Marked true>>', '/DisplayDocTitle true', '/S /GTS_PDFA1', '/DestOutputProfile', '/Lang (sv)',
      '/StructTreeRoot', '/ParentTree', '/StructParents 0', '/Tabs /S']) {
      assert.ok(raw.includes(entry), `no ${entry}`);
    }
    assert.equal(raw.match(/\/FontFile2/g)!.length, 2, 'regular and bold');
    assert.match(raw, /\/BaseFont \/[A-Z]{6}\+DejaVuSans-Bold/);
    assert.doesNotMatch(raw, /\/DeviceCMYK|\/Encrypt/);
  });

  it('numbers pages "Sida n av N" as pagination artifacts', async () => {
    const pdf = await readPdf(await renderPdf(typicalOutline()));
    pdf.pages.forEach((page, i) => {
      const footer = page.texts.find((text) => text.str === `Sida ${i + 1} av ${pdf.pageCount}`);
      assert.ok(footer, `page ${i + 1} has no page number`);
      assert.equal(footer.tag, 'Artifact');
    });
  });

  it('renders with pdf.js without errors, text drawn in black', async (t) => {
    const share = await renderPage(await renderPdf(typicalOutline()), 1);
    if (share === undefined) return t.skip('pdf.js has no canvas here (@napi-rs/canvas is optional)');
    assert.ok(share > 0.01 && share < 0.3, `${(share * 100).toFixed(1)} % dark pixels`);
  });

  it('has a cross-reference stream pointing at every object, and exact stream lengths', async () => {
    assert.deepEqual(checkPdfSyntax(await renderPdf(typicalOutline())), []);
    assert.deepEqual(checkPdfSyntax(await renderPdf(heavyOutline(400))), []);
    const raw = (await renderPdf(typicalOutline())).toString('latin1');
    assert.ok(raw.startsWith('%PDF-1.7\n%\xE2\xE3\xCF\xD3\n'), 'header and binary comment');
  });

  it('draws nothing outside marked content: rules, fills and page numbers are artifacts', async () => {
    const pdf = await renderPdf(heavyOutline(300));
    const raw = pdf.toString('latin1');
    let pages = 0;
    for (const match of raw.matchAll(/\d+ 0 obj\n<<\/Filter \/FlateDecode \/Length (\d+)>>\nstream\n/g)) {
      const start = match.index + match[0].length;
      const content = inflateSync(pdf.subarray(start, start + Number(match[1]))).toString('latin1');
      if (!content.includes(' BDC')) continue;
      pages++;
      let depth = 0;
      for (const line of content.split('\n').filter((op) => op !== '')) {
        if (line.endsWith(' BDC')) depth++;
        else if (line === 'EMC') depth--;
        else assert.ok(depth > 0, `outside marked content: ${line.slice(0, 60)}`);
      }
      assert.equal(depth, 0);
    }
    assert.ok(pages > 5);
  });

  it('gives identical bytes for the same outline and a content-derived /ID', async () => {
    const [a, b] = [await renderPdf(typicalOutline()), await renderPdf(typicalOutline())];
    assert.ok(a.equals(b));
    const later = await renderPdf({ ...typicalOutline(), createdAt: '2025-02-01T09:00:00Z' });
    const id = (pdf: Buffer) => /\/ID \[<([0-9A-F]{32})>/.exec(pdf.toString('latin1'))![1];
    assert.notEqual(id(a), id(later));
  });

  it('encodes non-ASCII and bracketed Info strings as PDF text strings', async () => {
    const raw = (await renderPdf(outline([], { title: 'Beslut (del 1) \\ bilaga', author: 'Ödeshög' }))).toString('latin1');
    assert.ok(raw.includes('/Title (Beslut \\(del 1\\) \\\\ bilaga)'));
    assert.ok(raw.includes('/Author <FEFF00D6006400650073006800F60067>'));
    const pdf = await readPdf(await renderPdf(outline([], { title: 'Beslut (del 1) \\ bilaga', author: 'Ödeshög' })));
    assert.equal(pdf.info.Title, 'Beslut (del 1) \\ bilaga');
    assert.equal(pdf.info.Author, 'Ödeshög');
    assert.equal(pdf.pageCount, 1, 'an empty outline still has a page');
  });

  it('draws characters the font lacks as U+FFFD, never as .notdef', async () => {
    const pdf = await readPdf(await renderPdf(outline([{ kind: 'paragraph', text: 'Namn: 中村' }])));
    assert.equal(collapse(taggedText(pdf.pages[0]!)), 'Namn: \ufffd\ufffd');
  });

  it('repeats the header row as an artifact on continuation pages', async () => {
    const rows = Array.from({ length: 120 }, (_, i) => [`rad ${i + 1}`, 'värde']);
    const pdf = await readPdf(await renderPdf(outline([{ kind: 'table', caption: 'Lång', columns: ['Kolumn A', 'Kolumn B'], rows }])));
    assert.ok(pdf.pageCount >= 2);
    const headers = pdf.pages.map((page) => page.texts.find((text) => text.str === 'Kolumn A'));
    assert.notEqual(headers[0]!.tag, 'Artifact');
    for (const header of headers.slice(1)) assert.equal(header?.tag, 'Artifact');
    const tagged = (role: string) => structNodes(pdf.pages[1]!.structTree).filter((node) => node.role === role && node.children?.length);
    assert.equal(tagged('TH').length, 0, 'no TH content on page 2');
    assert.ok(tagged('TD').length > 0);
    pdf.pages.forEach((page, i) => assertAllTextTagged(page, i + 1));
  });

  it('wraps an unbreakable word and splits a row taller than a page, keeping all text inside the margins', async () => {
    const word = 'Ö'.repeat(1500);
    const tall = Array.from({ length: 150 }, (_, i) => `rad ${i + 1} i en mycket hög cell`).join('\n');
    const source = outline([
      { kind: 'paragraph', text: `Före ${word} efter` },
      { kind: 'table', caption: 'Hög', columns: ['A', 'B', 'C'], rows: [['kort', tall, word], ['sista', 'raden', 'här']] },
    ]);
    const pdf = await readPdf(await renderPdf(source));
    assert.ok(pdf.pageCount >= 3);
    for (const page of pdf.pages) {
      for (const text of page.texts) {
        assert.ok(text.x >= pageStyle.left - 0.5 && text.x + text.width <= pageStyle.right + 0.5, `"${text.str.slice(0, 20)}" overflows`);
      }
    }
    const all = pdf.pages.map(taggedText).join(' ');
    assert.equal(all.split('Ö').length - 1, 3000, 'every Ö of both copies of the word is drawn');
    assert.match(all, /rad 150 i en mycket hög cell/);
    assert.match(all, /sista/);
    pdf.pages.forEach((page, i) => assertAllTextTagged(page, i + 1));
  });

  it('renders a 5,000-row table to many pages with its last row present', async () => {
    const bytes = await renderPdf(heavyOutline(5000));
    const pdf = await readPdf(bytes, { pages: (count) => [count] });
    assert.ok(pdf.pageCount > 100, `${pdf.pageCount} pages`);
    const last = taggedText(pdf.pages[0]!);
    assert.match(last, /\b5000\b.*2024-04999/);
    assertAllTextTagged(pdf.pages[0]!, pdf.pageCount);
  });

  it('streams pages to a Node writable as they are laid out, respecting back-pressure', async () => {
    const chunks: Buffer[] = [];
    const slow = new Writable({
      highWaterMark: 1024,
      write(chunk: Buffer, _encoding, done) {
        chunks.push(chunk);
        setImmediate(done);
      },
    });
    await writePdf(heavyOutline(600), slow);
    assert.ok(chunks.length > 10, `${chunks.length} chunks`);
    const whole = Buffer.concat(chunks);
    assert.ok(whole.equals(await renderPdf(heavyOutline(600))));
    const through = new PassThrough();
    const collected: Buffer[] = [];
    through.on('data', (chunk: Buffer) => collected.push(chunk));
    await writePdf(typicalOutline(), through);
    assert.ok(Buffer.concat(collected).toString('latin1').endsWith('%%EOF\n'));
  });

  it('rejects instead of hanging when the output stream fails', async () => {
    const failing = new Writable({
      highWaterMark: 1024,
      write(_chunk, _encoding, done) {
        setImmediate(() => done(new Error('disk full')));
      },
    });
    failing.on('error', () => undefined);
    await assert.rejects(writePdf(heavyOutline(600), failing), /disk full|closed/);
  });
});
