// One print file per recipient, i.e. per envelope (R27, R28, R29): a tagged PDF/A-2a + PDF/UA-1 whose
// first page is an address sheet with the address in the C5 envelope window (print-geometry.ts),
// followed by the letters (and the register extract), each from a new page.
//
// - direct: page 1 shows the population-register address in the window; below the window the
//   agency, the date, the case number and what the envelope holds. Nothing else personal.
// - forwarding (skyddad folkbokföring, sekretessmarkering): the person's address is never known
//   here. Page 1 is the OUTER envelope's sheet with only Skatteverket's forwarding address in the
//   window (no name, no personnummer); page 2 is the INNER envelope's sheet with only the
//   personnummer (YYYYMMDD-XXXX) in the window and the agency as sender ("Avsändare", which
//   Skatteverket asks for on the back of the inner envelope); the letters follow. Pages 2.. go in
//   the inner envelope, page 1 with it in the outer one (print-batch.ts says so in the manifest).
//
// The window never holds a personnummer on an outer sheet: any personnummer-like number (10 or 12
// digits, with or without '-', '+' or a space) in an address, the sender or the case number is
// refused. Printing is single-sided, so sheets = pages. A fixed createdAt gives identical bytes.
import { createHash } from 'node:crypto';
import type { Block, DocumentOutline } from '../../documents/document-outline.ts';
import { longDate } from '../../documents/long-date.ts';
import { renderPdfWithPageCount } from '../../documents/pdf/write-pdf.ts';
import { InsynError } from '../../domain/error-catalogue.ts';
import { formatIdentityNumber, parseIdentityNumber } from '../../domain/personnummer.ts';
import { sheetsFor } from './print-geometry.ts';
import { isUuid } from '../../domain/uuid.ts';

export interface PrintItemInput {
  /** The delivery id (uuid); the file name. */
  readonly id: string;
  readonly language: 'sv' | 'en';
  /** ISO; fixed clock → identical bytes. */
  readonly createdAt: string;
  /** The agency's return address. */
  readonly sender: { readonly name: string; readonly postalAddress: readonly string[] };
  /** e.g. 'DSR 2026/000123' (not personal data; never inside the window). */
  readonly caseNumber: string;
  readonly route:
    /** Name line + street + 'postal code CITY' from the population register. */
    | { readonly kind: 'direct'; readonly address: readonly string[] }
    /** The 12-digit personnummer is only for the inner envelope. */
    | { readonly kind: 'forwarding'; readonly forwardingAddress: readonly string[]; readonly identityNumber: string };
  /** The letters (and extract) in order. */
  readonly documents: readonly DocumentOutline[];
}

export interface PrintFile {
  readonly pdf: Buffer;
  readonly pages: number;
  /** Physical sheets: printing is single-sided, so one per page. */
  readonly sheets: number;
  /** Hex SHA-256 of `pdf`. */
  readonly sha256: string;
}

/** Skatteverket's address for post to people with protected personal data (R28). */
export const SKATTEVERKET_FORWARDING_ADDRESS: readonly string[] = Object.freeze(['Skatteverket', 'Box 2820', '403 20 Göteborg']);

/** Address sheets before the documents: one, or two for forwarding (outer and inner envelope). */
export function coverSheets(route: PrintItemInput['route']): number {
  return route.kind === 'forwarding' ? 2 : 1;
}

const texts = {
  sv: {
    title: (caseNumber: string) => `Försändelse, ${caseNumber}`,
    date: 'Datum',
    caseNumber: 'Diarienummer',
    sender: 'Avsändare',
    contents: (documents: number, pages: number) => `Innehåll: ${documents} brev, ${pages} ${pages === 1 ? 'sida' : 'sidor'}`,
    forwarding: 'Försändelse för vidarebefordran. Det inneslutna kuvertet är märkt med mottagarens personnummer.',
    outerContents: 'Innehåll: 1 kuvert att vidarebefordra',
  },
  en: {
    title: (caseNumber: string) => `Mailing, ${caseNumber}`,
    date: 'Date',
    caseNumber: 'Case number',
    sender: 'Sender',
    contents: (documents: number, pages: number) =>
      `Contents: ${documents} ${documents === 1 ? 'letter' : 'letters'}, ${pages} ${pages === 1 ? 'page' : 'pages'}`,
    forwarding: 'Mail for forwarding. The enclosed envelope is marked with the recipient’s personal identity number.',
    outerContents: 'Contents: 1 envelope to forward',
  },
} as const;

/** A personnummer or samordningsnummer as it could be written, valid or not. */
const PERSONNUMMER_LIKE = /(?<!\d)(?:\d{6}|\d{8})[-+ ]?\d{4}(?!\d)/;
const TWELVE_DIGITS = /^\d{8}-?\d{4}$/;

function refuse(detail: string): InsynError {
  return new InsynError('VALIDATION_FAILED', `print file: ${detail}`);
}

/** Refuses blank lines and anything that looks like a personnummer; the detail never holds the text. */
function checkLines(what: string, lines: readonly string[], min: number): void {
  if (lines.length < min || lines.some((line) => typeof line !== 'string' || line.trim() === '')) {
    throw refuse(`${what}: at least ${min} line(s), none blank`);
  }
  if (lines.some((line) => PERSONNUMMER_LIKE.test(line))) throw refuse(`${what} holds a personnummer-like number`);
}

function validate(input: PrintItemInput): void {
  if (!isUuid(input.id)) throw refuse('the id must be a uuid');
  if (input.language !== 'sv' && input.language !== 'en') throw refuse('language must be sv or en');
  if (Number.isNaN(Date.parse(input.createdAt))) throw refuse('createdAt must be an ISO timestamp');
  checkLines('the sender', [input.sender.name, ...input.sender.postalAddress], 2);
  checkLines('the case number', [input.caseNumber], 1);
  if (input.documents.length === 0) throw refuse('no documents');
  if (input.documents.some((document) => document.blocks.some((block) => block.kind === 'window-address'))) {
    throw refuse('a document has its own window address; the print file places the only one');
  }
  const route = input.route;
  if (route.kind === 'direct') checkLines('the address', route.address, 2);
  else if (route.kind === 'forwarding') {
    checkLines('the forwarding address', route.forwardingAddress, 2);
    if (typeof route.identityNumber !== 'string' || !TWELVE_DIGITS.test(route.identityNumber.trim())) {
      throw new InsynError('PERSONNUMMER_INVALID', 'forwarding: expected 12 digits (YYYYMMDDNNNC)');
    }
    parseIdentityNumber(route.identityNumber);
  } else throw refuse('unknown route');
}

function paragraph(text: string): Block {
  return { kind: 'paragraph', text };
}

/** The address sheet(s): window address and the lines below the window. */
function coverBlocks(input: PrintItemInput, documentPages: number): Block[] {
  const t = texts[input.language];
  const returnAddress = [input.sender.name, ...input.sender.postalAddress];
  const date = paragraph(`${t.date}: ${longDate(input.createdAt, input.language)}`);
  const contents = paragraph(t.contents(input.documents.length, documentPages));
  const route = input.route;
  if (route.kind === 'direct') {
    return [
      { kind: 'window-address', lines: route.address, returnAddress },
      paragraph(input.sender.name), date, paragraph(`${t.caseNumber}: ${input.caseNumber}`), contents,
    ];
  }
  const identity = formatIdentityNumber(parseIdentityNumber(route.identityNumber), 'pnr12-dash');
  return [
    // Outer envelope: Skatteverket's address only; nothing about the person.
    { kind: 'window-address', lines: route.forwardingAddress, returnAddress },
    paragraph(input.sender.name), date, paragraph(t.forwarding), paragraph(t.outerContents),
    { kind: 'page-break' },
    // Inner envelope: the personnummer only (no name); the sender as on the back.
    { kind: 'window-address', lines: [identity] },
    paragraph(`${t.sender}: ${returnAddress.join(', ')}`), date, contents,
  ];
}

function documentBlocks(documents: readonly DocumentOutline[]): Block[] {
  return documents.flatMap((document): Block[] => [{ kind: 'page-break' }, ...document.blocks]);
}

function printOutline(input: PrintItemInput, author: string, blocks: readonly Block[]): DocumentOutline {
  return { language: input.language, title: texts[input.language].title(input.caseNumber), author, createdAt: input.createdAt, blocks };
}

/**
 * The print file for one envelope. Throws VALIDATION_FAILED (or PERSONNUMMER_INVALID for a bad
 * forwarding identity number) without repeating any personal data.
 */
export async function renderPrintFile(input: PrintItemInput, author: string): Promise<PrintFile> {
  validate(input);
  const documents = documentBlocks(input.documents);
  // The contents line needs the documents' page count: lay them out once alone (each starts on a
  // new page, so they take the same pages in the print file).
  const { pages: documentPages } = await renderPdfWithPageCount(printOutline(input, author, documents));
  const { pdf, pages } = await renderPdfWithPageCount(printOutline(input, author, [...coverBlocks(input, documentPages), ...documents]));
  if (pages !== coverSheets(input.route) + documentPages) {
    throw new InsynError('INTERNAL', 'print file: an address sheet ran over one page');
  }
  return { pdf, pages, sheets: sheetsFor(pages), sha256: createHash('sha256').update(pdf).digest('hex') };
}
