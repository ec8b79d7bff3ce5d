// One letter of a request (acknowledgement, extension notice, request for more information,
// duplicate notice, decision) or the register extract, as a page: the document in HTML under the
// page's own heading, with the downloads (PDF; the extract also as JSON).
import type { Catalog } from '../../../catalog/catalog-types.ts';
import { extractHtml } from '../../../documents/extract-html.ts';
import { extractOutline } from '../../../documents/extract-outline.ts';
import { renderLetterHtml } from '../../../documents/letters/render-letter-html.ts';
import { html, type SafeHtml } from '../../../lib/html.ts';
import type { CaseDocument } from '../../../operations/requests/case-views.ts';
import type { CitizenSession } from '../../auth/require-session.ts';
import type { Language } from '../../request-language.ts';
import { casePagesText } from './case-pages-text.ts';
import { dateInWords } from './case-words.ts';
import { eservicePage } from './eservice-page.ts';
import { eservicePaths, otherLanguage } from './eservice-paths.ts';
import { eserviceText } from './eservice-text.ts';

export interface LetterPageInput {
  readonly catalog: Catalog;
  readonly language: Language;
  readonly session: CitizenSession;
  readonly requestId: string;
  readonly document: CaseDocument;
}

function documentHtml(document: CaseDocument, catalog: Catalog): SafeHtml {
  if (document.kind === 'extract') return extractHtml(extractOutline(document.model), { headingOffset: 1 });
  return renderLetterHtml(document.model, catalog.controller, { headingOffset: 1 });
}

function downloads(input: LetterPageInput): SafeHtml {
  const words = casePagesText[input.language];
  const paths = eservicePaths(input.language);
  const { requestId, document } = input;
  const json = document.kind === 'extract'
    ? html`<li><a href="${paths.json(requestId, document.letter.id)}" download>${words.downloadJson}</a>
        <p class="field-hint">${words.jsonHint}</p></li>`
    : '';
  return html`<h2 class="visually-hidden">${words.downloads}</h2>
    <ul class="downloads">
      <li><a href="${paths.pdf(requestId, document.letter.id)}" download>${words.downloadPdf}</a></li>
      ${json}
    </ul>`;
}

export function renderLetterPage(input: LetterPageInput): string {
  const { language, requestId, document } = input;
  const shared = eserviceText[language];
  const words = casePagesText[language];
  const paths = eservicePaths(language);
  const title = shared.letters[document.letter.kind];
  // Letters name their case; the extract names the person and the agency instead.
  const caseLabel = document.kind === 'letter' ? shared.caseLabel(document.model.caseNumber) : shared.theRequest;
  const date = dateInWords(document.letter.createdAt, language);
  const lead = document.kind === 'letter' ? `${caseLabel}, ${words.dated(date)}` : words.datedAlone(date);
  return eservicePage({
    catalog: input.catalog, language, session: input.session, title,
    alternate: eservicePaths(otherLanguage(language)).letter(requestId, document.letter.id),
    breadcrumbs: [
      { href: paths.start, text: shared.serviceName }, { href: paths.requests, text: shared.myRequests },
      { href: paths.request(requestId), text: caseLabel },
    ],
    main: html`<h1>${title}</h1>
    <p class="lead">${lead}</p>
    ${downloads(input)}
    <div class="document">
    ${documentHtml(document, input.catalog)}
    </div>`,
  });
}
