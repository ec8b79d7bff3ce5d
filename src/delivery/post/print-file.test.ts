import assert from 'node:assert/strict';
import { createHash } from 'node:crypto';
import { describe, it } from 'node:test';
import { extractOutline } from '../../documents/extract-outline.ts';
import { letterOutline } from '../../documents/letters/letter-outline.ts';
import { isInsynError } from '../../domain/error-catalogue.ts';
import { formatIdentityNumber, syntheticIdentityNumber } from '../../domain/personnummer.ts';
import { checkPdfSyntax } from '../../../test/support/check-pdf-syntax.ts';
import { redactedExtractModel } from '../../../test/support/extract-model-fixture.ts';
import { acknowledgementLetter, CASE_NUMBER, decisionLetter, demoController } from '../../../test/support/letter-fixtures.ts';
import { collapse, readPdf, structNodes, taggedText, type PlacedText, type ReadPage } from '../../../test/support/read-pdf.ts';
import { renderPrintFile, SKATTEVERKET_FORWARDING_ADDRESS, type PrintItemInput } from './print-file.ts';
import { printAddressZone, printWindowRect, type PdfRect } from './print-geometry.ts';

const ID = '0b6e1c9e-8a1f-4a55-9d7e-2f5d3c1b2a10';
const SENDER = { name: 'Exempelmyndigheten', postalAddress: ['Box 123', '123 45 Exempelstad'] } as const;
const RETURN_LINE = 'Exempelmyndigheten, Box 123, 123 45 Exempelstad';
/** A synthetic person: the name, the address and the personnummer must never show where they should not. */
const NAME = 'Elin Exempelsson';
const ADDRESS = [NAME, 'Exempelgatan 12 B', '123 45 EXEMPELSTAD'] as const;
const PNR = syntheticIdentityNumber('1985-03-14', 123);
const PNR12 = PNR.normalized;
/** Any personnummer-like run: 10 or 12 digits, with or without '-', '+' or a space before the last four. */
const PERSONNUMMER_LIKE = /(?<!\d)(?:\d{6}|\d{8})[-+ ]?\d{4}(?!\d)/;
/** Glyph extents of DejaVu Sans per point of size: ascent (accents included) and descent. */
const ASCENT = 0.93;
const DESCENT = 0.24;
/** Type sizes in the window: the return address, the address (envelope-window.ts). */
const RETURN_SIZE = 7;
const ADDRESS_SIZE = 10;

function letters(language: 'sv' | 'en' = 'sv') {
  return [letterOutline(decisionLetter(language), demoController()), letterOutline(acknowledgementLetter(language), demoController())];
}

function input(route: PrintItemInput['route'], extra: Partial<PrintItemInput> = {}): PrintItemInput {
  return {
    id: ID, language: 'sv', createdAt: '2026-02-25T08:00:00.000Z', sender: SENDER, caseNumber: CASE_NUMBER, route, documents: letters(), ...extra,
  };
}

const direct = { kind: 'direct', address: ADDRESS } as const;
const forwarding = { kind: 'forwarding', forwardingAddress: SKATTEVERKET_FORWARDING_ADDRESS, identityNumber: PNR12 } as const;

function visible(page: ReadPage): PlacedText[] {
  return page.texts.filter((text) => text.str.trim() !== '');
}

/** Whether the whole of a line of `size` pt lies inside `rect`. */
function inside(text: PlacedText, rect: PdfRect, size = ADDRESS_SIZE): boolean {
  return text.x >= rect.left && text.x + text.width <= rect.right && text.y - DESCENT * size >= rect.bottom && text.y + ASCENT * size <= rect.top;
}

/** Whether any of a line (taken at the largest size used, 10 pt) would show inside `rect`. */
function overlaps(text: PlacedText, rect: PdfRect): boolean {
  const size = ADDRESS_SIZE;
  return text.x < rect.right && text.x + text.width > rect.left && text.y - DESCENT * size < rect.top && text.y + ASCENT * size > rect.bottom;
}

/** The texts that show through the window, top to bottom. */
function inWindow(page: ReadPage): string[] {
  return visible(page).filter((text) => overlaps(text, printWindowRect)).map((text) => text.str);
}

function allText(pages: readonly ReadPage[]): string {
  return collapse(pages.flatMap((page) => page.texts.map((text) => text.str)).join(' '));
}

function assertTagged(page: ReadPage, number: number): void {
  const referenced = new Set(structNodes(page.structTree).filter((node) => node.type === 'content').map((node) => node.id));
  for (const text of visible(page)) {
    assert.ok(text.tag !== undefined, `page ${number}: "${text.str}" is outside marked content`);
    if (text.tag !== 'Artifact') assert.ok(referenced.has(text.id!), `page ${number}: "${text.str}" is not in the structure tree`);
  }
}

async function assertRefused(promise: Promise<unknown>, code: 'VALIDATION_FAILED' | 'PERSONNUMMER_INVALID', secret?: string): Promise<void> {
  await assert.rejects(promise, (error: unknown) => {
    assert.ok(isInsynError(error, code), `expected ${code}, got ${String(error)}`);
    if (secret) assert.ok(!(error as Error).message.includes(secret), 'the error repeats the personal data');
    return true;
  });
}

describe('renderPrintFile, direct', () => {
  it('puts the address and the return address inside the window, with the quiet zone, on page 1', async () => {
    const file = await renderPrintFile(input(direct), 'Exempelmyndigheten');
    const pdf = await readPdf(file.pdf);
    const page = pdf.pages[0]!;
    for (const [line, size] of [[RETURN_LINE, RETURN_SIZE], ...ADDRESS.map((address) => [address, ADDRESS_SIZE] as const)] as const) {
      const text = visible(page).find((item) => item.str === line);
      assert.ok(text, `"${line}" is not on page 1`);
      assert.ok(inside(text, printAddressZone, size), `"${line}" at (${text.x}, ${text.y}) is not inside the window's quiet zone`);
      assert.ok(inside(text, printWindowRect, size));
      assert.notEqual(text.tag, 'Artifact', 'the address is tagged content');
    }
    assert.deepEqual(inWindow(page), [RETURN_LINE, ...ADDRESS], 'nothing else shows through the window');
  });

  it('shows no personnummer on the address sheet, though the enclosed extract holds one on a later page', async () => {
    const extract = extractOutline(redactedExtractModel());
    const file = await renderPrintFile(input(direct, { documents: [...letters(), extract] }), 'Exempelmyndigheten');
    const pdf = await readPdf(file.pdf);
    const first = pdf.pages[0]!;
    for (const text of visible(first).filter((item) => overlaps(item, printWindowRect))) {
      assert.doesNotMatch(text.str, PERSONNUMMER_LIKE, `"${text.str}" shows through the window`);
    }
    assert.doesNotMatch(allText([first]), PERSONNUMMER_LIKE, 'no personnummer anywhere on the address sheet');
    const formatted = formatIdentityNumber(PNR, 'pnr12-dash');
    assert.ok(allText(pdf.pages.slice(1)).includes(formatted), 'the extract (a later page) does hold the personnummer');
  });

  it('says below the window who sends, when, the case number and what the envelope holds', async () => {
    const file = await renderPrintFile(input(direct), 'Exempelmyndigheten');
    const pdf = await readPdf(file.pdf);
    const below = visible(pdf.pages[0]!).filter((text) => text.y + ASCENT * ADDRESS_SIZE < printWindowRect.bottom && text.tag !== 'Artifact').map((text) => text.str);
    assert.deepEqual(below, ['Exempelmyndigheten', 'Datum: 25 februari 2026', `Diarienummer: ${CASE_NUMBER}`, `Innehåll: 2 brev, ${file.pages - 1} sidor`]);
  });

  it('follows with each letter from a new page, in order', async () => {
    const docs = letters();
    const file = await renderPrintFile(input(direct, { documents: docs }), 'Exempelmyndigheten');
    const pdf = await readPdf(file.pdf);
    assert.equal(file.pages, pdf.pageCount);
    assert.equal(file.sheets, file.pages, 'single-sided: one sheet per page');
    const firstHeading = (blocks: (typeof docs)[number]['blocks']) => blocks.find((block) => block.kind === 'heading');
    const starts = pdf.pages.map((page) => visible(page).find((text) => text.tag !== 'Artifact')?.str);
    assert.equal(starts[1], (firstHeading(docs[0]!.blocks) as { text: string }).text, 'the first letter starts page 2');
    assert.ok(starts.slice(2).includes((firstHeading(docs[1]!.blocks) as { text: string }).text), 'the second letter starts a page of its own');
  });

  it('is PDF/A-2a with a structure tree, every text tagged, and gives identical bytes for the same input', async () => {
    const file = await renderPrintFile(input(direct), 'Exempelmyndigheten');
    const again = await renderPrintFile(input(direct), 'Exempelmyndigheten');
    assert.ok(file.pdf.equals(again.pdf));
    assert.equal(file.sha256, createHash('sha256').update(file.pdf).digest('hex'));
    assert.deepEqual(checkPdfSyntax(file.pdf), []);
    const pdf = await readPdf(file.pdf);
    assert.equal(pdf.xmp.get('pdfaid:part'), '2');
    assert.equal(pdf.xmp.get('pdfaid:conformance'), 'A');
    assert.equal(pdf.xmp.get('pdfuaid:part'), '1');
    assert.equal(pdf.info.Author, 'Exempelmyndigheten');
    pdf.pages.forEach((page, i) => {
      assert.ok(page.structTree, `page ${i + 1} has no structure tree`);
      assertTagged(page, i + 1);
    });
    const roles = structNodes(pdf.pages[0]!.structTree).map((node) => node.role);
    assert.ok(roles.includes('Div') && roles.includes('P'), 'the address block is Div > P');
  });

  it('writes the sheet in English when the letters are', async () => {
    const file = await renderPrintFile(input(direct, { language: 'en', documents: letters('en') }), 'Exempelmyndigheten');
    const text = taggedText((await readPdf(file.pdf)).pages[0]!);
    assert.match(text, new RegExp(`Contents: 2 letters, ${file.pages - 1} pages`));
    assert.match(text, /Case number: DSR 2026\/000123/);
  });
});

describe('renderPrintFile, forwarding through Skatteverket', () => {
  it('page 1 (outer envelope) shows only the forwarding address and the return address; no name, address or personnummer anywhere on it', async () => {
    const file = await renderPrintFile(input(forwarding), 'Exempelmyndigheten');
    const pdf = await readPdf(file.pdf);
    const first = pdf.pages[0]!;
    assert.deepEqual(inWindow(first), [RETURN_LINE, ...SKATTEVERKET_FORWARDING_ADDRESS]);
    for (const line of SKATTEVERKET_FORWARDING_ADDRESS) assert.ok(inside(visible(first).find((text) => text.str === line)!, printAddressZone));
    const text = allText([first]);
    assert.doesNotMatch(text, PERSONNUMMER_LIKE);
    assert.ok(!text.includes(PNR12.slice(0, 8)), 'not even the birth date of the personnummer');
  });

  it('page 2 (inner envelope) shows the personnummer in the window and the sender below it; the letters follow', async () => {
    const file = await renderPrintFile(input(forwarding), 'Exempelmyndigheten');
    const pdf = await readPdf(file.pdf);
    const inner = pdf.pages[1]!;
    const formatted = `${PNR12.slice(0, 8)}-${PNR12.slice(8)}`;
    assert.deepEqual(inWindow(inner), [formatted], 'only the personnummer, YYYYMMDD-XXXX, no name');
    assert.ok(inside(visible(inner).find((text) => text.str === formatted)!, printAddressZone));
    assert.match(taggedText(inner), new RegExp(`Avsändare: ${RETURN_LINE}`));
    assert.match(taggedText(inner), new RegExp(`Innehåll: 2 brev, ${file.pages - 2} sidor`));
    assert.equal(visible(pdf.pages[2]!)[0]!.str, 'Beslut', 'the decision letter starts page 3');
    assert.equal(file.pages, pdf.pageCount);
    pdf.pages.forEach((page, i) => assertTagged(page, i + 1));
    assert.equal(pdf.xmp.get('pdfaid:part'), '2');
  });

  it('never holds the real address or the name, and the personnummer only on page 2', async () => {
    const file = await renderPrintFile(input(forwarding), 'Exempelmyndigheten');
    const pdf = await readPdf(file.pdf);
    const text = allText(pdf.pages);
    for (const secret of ADDRESS) assert.ok(!text.includes(secret), `"${secret}" is in the PDF`);
    const pages = pdf.pages.map((page, i) => (PERSONNUMMER_LIKE.test(allText([page])) ? i + 1 : 0)).filter((n) => n > 0);
    assert.deepEqual(pages, [2]);
    const raw = file.pdf.toString('latin1');
    assert.ok(!raw.includes(PNR12) && !raw.includes(NAME), 'not in the metadata either');
  });
});

describe('renderPrintFile, guards', () => {
  it('refuses a direct address holding a personnummer, 12 or 10 digits, without repeating it', async () => {
    const twelve = formatIdentityNumber(PNR, 'pnr12-dash');
    const ten = formatIdentityNumber(PNR, 'pnr10');
    await assertRefused(renderPrintFile(input({ kind: 'direct', address: [NAME, `c/o ${twelve}`, '123 45 EXEMPELSTAD'] }), 'X'), 'VALIDATION_FAILED', twelve);
    await assertRefused(renderPrintFile(input({ kind: 'direct', address: [`${NAME} ${ten}`, 'Exempelgatan 1', '123 45 EXEMPELSTAD'] }), 'X'), 'VALIDATION_FAILED', ten);
    await assertRefused(renderPrintFile(input(direct, { caseNumber: twelve }), 'X'), 'VALIDATION_FAILED', twelve);
  });

  it('refuses a forwarding identity number that is not a valid 12-digit personnummer', async () => {
    await assertRefused(renderPrintFile(input({ ...forwarding, identityNumber: PNR12.slice(2) }), 'X'), 'PERSONNUMMER_INVALID', PNR12.slice(2));
    const wrongCheck = `${PNR12.slice(0, 11)}${(Number(PNR12[11]) + 1) % 10}`;
    await assertRefused(renderPrintFile(input({ ...forwarding, identityNumber: wrongCheck }), 'X'), 'PERSONNUMMER_INVALID', wrongCheck);
    await assertRefused(renderPrintFile(input({ ...forwarding, forwardingAddress: ['Skatteverket', PNR12] }), 'X'), 'VALIDATION_FAILED', PNR12);
  });

  it('refuses an address that does not fit the window, no documents, and a document with a window address of its own', async () => {
    const many = Array.from({ length: 9 }, (_, i) => `Rad ${i + 1}`);
    await assertRefused(renderPrintFile(input({ kind: 'direct', address: many }), 'X'), 'VALIDATION_FAILED');
    await assertRefused(renderPrintFile(input({ kind: 'direct', address: [NAME, 'Exempelgatan 12 B'.repeat(5), '123 45 EXEMPELSTAD'] }), 'X'), 'VALIDATION_FAILED');
    await assertRefused(renderPrintFile(input(direct, { documents: [] }), 'X'), 'VALIDATION_FAILED');
    const [first] = letters();
    const sneaky = { ...first!, blocks: [{ kind: 'window-address', lines: ADDRESS } as const, ...first!.blocks] };
    await assertRefused(renderPrintFile(input(direct, { documents: [sneaky] }), 'X'), 'VALIDATION_FAILED');
    await assertRefused(renderPrintFile(input(direct, { id: '../etc/passwd' }), 'X'), 'VALIDATION_FAILED');
  });
});
