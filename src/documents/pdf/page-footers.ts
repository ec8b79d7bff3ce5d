// Page numbers: each page paints a form XObject of its own ("Sida 3 av 7" / "Page 3 of 7") inside
// a pagination artifact. The forms are written at the end, when the total is known, so pages can
// still be written as soon as they are laid out.
import type { DocumentFont } from './document-font.ts';
import type { FinishedPage } from './page-flow.ts';
import { pdfNumber as n } from './pdf-number.ts';
import type { PdfFileWriter } from './pdf-file-writer.ts';
import { pageStyle } from './page-style.ts';

const labels = {
  sv: (page: number, total: number) => `Sida ${page} av ${total}`,
  en: (page: number, total: number) => `Page ${page} of ${total}`,
} as const;

export function writePageFooters(writer: PdfFileWriter, pages: readonly FinishedPage[], font: DocumentFont, language: 'sv' | 'en'): void {
  const size = pageStyle.footerSize;
  const bbox = `[0 0 ${pageStyle.width} ${n(pageStyle.footerBaseline + 2 * size)}]`;
  pages.forEach((page, i) => {
    const text = labels[language](i + 1, pages.length);
    const x = pageStyle.right - (font.widthOf(text) * size) / 1000;
    const ops = `BT /${font.resourceName} ${size} Tf ${n(x)} ${n(pageStyle.footerBaseline)} Td <${font.encode(text)}> Tj ET`;
    writer.writeStream(page.footerRef, `/Type /XObject /Subtype /Form /BBox ${bbox} `
      + `/Resources <</Font <</${font.resourceName} ${font.ref} 0 R>>>>`, Buffer.from(ops, 'latin1'));
  });
}
