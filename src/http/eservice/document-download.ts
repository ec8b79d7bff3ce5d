// A request's letter or register extract as a file to download: the PDF (PDF/A, tagged) of any
// of them, the JSON copy of the extract. File names say what the document is and its date, and
// for a letter the case number; never the person's name or number.
import type { Controller } from '../../catalog/catalog-types.ts';
import { extractJson } from '../../documents/extract-json.ts';
import { documentFileStems, outboxDocumentOutline } from '../../documents/outbox-document.ts';
import { renderPdf } from '../../documents/pdf/write-pdf.ts';
import { swedishDay } from '../../domain/response-deadline.ts';
import type { CaseDocument } from '../../operations/requests/case-views.ts';
import type { Language } from '../request-language.ts';


/** e.g. `beslut-DSR-2026-000123-2026-03-02.pdf`: ASCII letters, digits and hyphens only. */
export function documentFilename(document: CaseDocument, language: Language, extension: 'pdf' | 'json'): string {
  const caseNumber = document.kind === 'letter' ? document.model.caseNumber : '';
  const parts = [documentFileStems[language][document.letter.kind], caseNumber, swedishDay(document.letter.createdAt)];
  const name = parts.filter((part) => part !== '').join('-').replace(/[^A-Za-z0-9]+/g, '-').replace(/^-|-$/g, '');
  return `${name}.${extension}`;
}

export async function documentPdf(document: CaseDocument, controller: Controller): Promise<Buffer> {
  return renderPdf(outboxDocumentOutline(document, controller));
}

/** The extract's machine-readable copy; undefined for a letter (it has none). */
export function documentJson(document: CaseDocument): string | undefined {
  return document.kind === 'extract' ? extractJson(document.model) : undefined;
}

export const attachment = (filename: string): string => `attachment; filename="${filename}"`;
