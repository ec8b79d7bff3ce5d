// One letter (or the extract) of a request in the console (the <main> content): what it is, links
// back to the request and to the PDF, then the document itself in its own language.
import type { Language } from '../../request-language.ts';
import type { Controller } from '../../../catalog/catalog-types.ts';
import { html, type SafeHtml } from '../../../lib/html.ts';
import type { CaseDocument } from '../../../operations/requests/case-views.ts';
import { caseDocumentHtml } from './case-document-view.ts';
import { caseLetterPdfPath, casePath, withLanguage } from './case-paths.ts';
import { formatDateTime } from './format-date-time.ts';
import { requestPageText } from './request-page-text.ts';

export interface LetterPageInput {
  readonly language: Language;
  readonly requestId: string;
  readonly caseNumber: string;
  readonly document: CaseDocument;
  readonly controller: Controller;
}

const words = {
  sv: { back: (caseNumber: string) => `Tillbaka till ärende ${caseNumber}`, pdf: 'Ladda ner som PDF', created: 'Skapat', document: 'Dokumentet' },
  en: { back: (caseNumber: string) => `Back to case ${caseNumber}`, pdf: 'Download as PDF', created: 'Created', document: 'The document' },
} as const;

export function letterPageTitle(input: Pick<LetterPageInput, 'language' | 'caseNumber' | 'document'>): string {
  return `${requestPageText[input.language].letterKinds[input.document.letter.kind]} – ${input.caseNumber}`;
}

export function renderLetterPage(input: LetterPageInput): SafeHtml {
  const text = words[input.language];
  const letter = input.document.letter;
  return html`<h1>${letterPageTitle(input)}</h1>
    <p>${text.created} ${formatDateTime(letter.createdAt, input.language)}.</p>
    <ul class="link-list">
      <li><a href="${withLanguage(casePath(input.requestId), input.language)}">${text.back(input.caseNumber)}</a></li>
      <li><a href="${caseLetterPdfPath(input.requestId, letter.id)}" download>${text.pdf}</a></li>
    </ul>
    <section aria-label="${text.document}" class="case-document">
      ${caseDocumentHtml(input.document, input.controller)}
    </section>`;
}
