// A letter or the register extract of a request, as a page fragment (under the page's own <h1>)
// and as a PDF, from the model the casework service unsealed.
import type { Controller } from '../../../catalog/catalog-types.ts';
import type { DocumentOutline } from '../../../documents/document-outline.ts';
import { extractHtml } from '../../../documents/extract-html.ts';
import { outboxDocumentOutline } from '../../../documents/outbox-document.ts';
import { outlineHtml } from '../../../documents/outline-html.ts';
import { renderPdf } from '../../../documents/pdf/write-pdf.ts';
import type { SafeHtml } from '../../../lib/html.ts';
import type { CaseDocument } from '../../../operations/requests/case-views.ts';

export function caseDocumentOutline(document: CaseDocument, controller: Controller): DocumentOutline {
  return outboxDocumentOutline(document, controller);
}

/** The document's HTML with its headings one level under the page's <h1>. */
export function caseDocumentHtml(document: CaseDocument, controller: Controller): SafeHtml {
  const outline = caseDocumentOutline(document, controller);
  return document.kind === 'extract' ? extractHtml(outline, { headingOffset: 1 }) : outlineHtml(outline, 'letter', { headingOffset: 1 });
}

export function caseDocumentPdf(document: CaseDocument, controller: Controller): Promise<Buffer> {
  return renderPdf(caseDocumentOutline(document, controller));
}
