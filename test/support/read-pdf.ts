// Reads a PDF with pdf.js the way an assistive technology or text extractor would: per page the
// text items with the marked content they sit in, the structure tree, and the document metadata.
import { getDocument } from 'pdfjs-dist/legacy/build/pdf.mjs';

export interface PlacedText {
  readonly str: string;
  readonly x: number;
  readonly y: number;
  readonly width: number;
  /** Innermost marked content: its tag and id (null for artifacts). */
  readonly tag: string | undefined;
  readonly id: string | null | undefined;
}

export interface StructNode {
  readonly role?: string;
  readonly type?: string;
  readonly id?: string;
  readonly scope?: string;
  readonly children?: readonly StructNode[];
}

export interface ReadPage {
  readonly width: number;
  readonly texts: readonly PlacedText[];
  readonly structTree: StructNode | null;
}

export interface ReadPdf {
  readonly pageCount: number;
  readonly pages: readonly ReadPage[];
  readonly info: Record<string, unknown>;
  /** XMP properties by lower-case name, e.g. 'pdfaid:part'. */
  readonly xmp: ReadonlyMap<string, unknown>;
}

type Item = { str?: string; type?: string; tag?: string; id?: string | null; width?: number; transform?: number[] };

export async function readPdf(bytes: Uint8Array, options: { pages?: (count: number) => readonly number[] } = {}): Promise<ReadPdf> {
  const task = getDocument({ data: new Uint8Array(bytes), useSystemFonts: false, verbosity: 0 });
  const doc = await task.promise;
  try {
    const numbers = options.pages?.(doc.numPages) ?? Array.from({ length: doc.numPages }, (_, i) => i + 1);
    const pages: ReadPage[] = [];
    for (const number of numbers) {
      const page = await doc.getPage(number);
      const content = await page.getTextContent({ includeMarkedContent: true });
      pages.push({
        width: page.view[2]!,
        texts: placedTexts(content.items as Item[]),
        structTree: (await page.getStructTree()) as StructNode | null,
      });
    }
    const metadata = await doc.getMetadata();
    const xmp = new Map<string, unknown>(metadata.metadata ? [...(metadata.metadata as unknown as Iterable<[string, unknown]>)] : []);
    return { pageCount: doc.numPages, pages, info: metadata.info as Record<string, unknown>, xmp };
  } finally {
    await task.destroy();
  }
}

function placedTexts(items: readonly Item[]): PlacedText[] {
  const stack: Item[] = [];
  const texts: PlacedText[] = [];
  for (const item of items) {
    if (item.type === 'beginMarkedContentProps' || item.type === 'beginMarkedContent') stack.push(item);
    else if (item.type === 'endMarkedContent') stack.pop();
    else if (item.str !== undefined) {
      const inner = stack.at(-1);
      texts.push({ str: item.str, x: item.transform![4]!, y: item.transform![5]!, width: item.width!, tag: inner?.tag, id: inner?.id });
    }
  }
  return texts;
}

/** Every node of a structure tree, depth first (document order). */
export function structNodes(node: StructNode | null): StructNode[] {
  if (!node) return [];
  return [node, ...(node.children ?? []).flatMap((child) => structNodes(child))];
}

/** The text of a page's tagged (non-artifact) content, in content order, whitespace collapsed. */
export function taggedText(page: ReadPage): string {
  return page.texts.filter((text) => text.tag !== 'Artifact' && text.tag !== undefined).map((text) => text.str).join(' ');
}

export function collapse(text: string): string {
  return text.replace(/\s+/g, ' ').trim();
}

interface NodeCanvas {
  readonly canvas: unknown;
  readonly context: { getImageData(x: number, y: number, width: number, height: number): { data: Uint8ClampedArray } };
}

/**
 * Renders page `number` with pdf.js onto a canvas (pdf.js's optional @napi-rs/canvas) and returns
 * the share of dark pixels; throws whatever pdf.js throws. Undefined when no canvas is installed.
 */
export async function renderPage(bytes: Uint8Array, number: number): Promise<number | undefined> {
  const task = getDocument({ data: new Uint8Array(bytes), useSystemFonts: false, verbosity: 0 });
  const doc = await task.promise;
  try {
    const page = await doc.getPage(number);
    const viewport = page.getViewport({ scale: 1 });
    const factory = doc.canvasFactory as { create(width: number, height: number): NodeCanvas };
    let target: NodeCanvas;
    try {
      target = factory.create(Math.ceil(viewport.width), Math.ceil(viewport.height));
    } catch {
      return undefined;
    }
    await page.render({ canvas: target.canvas as never, canvasContext: target.context as never, viewport }).promise;
    const { data } = target.context.getImageData(0, 0, Math.ceil(viewport.width), Math.ceil(viewport.height));
    let dark = 0;
    for (let i = 0; i < data.length; i += 4) if (data[i]! < 128 && data[i + 3]! > 0) dark++;
    return dark / (data.length / 4);
  } finally {
    await task.destroy();
  }
}
