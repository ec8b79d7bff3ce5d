// One request: its facts, the letters in it (each readable as a page and downloadable as PDF;
// the register extract also as JSON, each saying how it was sent), and right after registration a confirmation that says what
// happens next: the acknowledgement, a foreign eID login's identification by a case handler, or
// the link to an earlier identical request.
import type { Catalog } from '../../../catalog/catalog-types.ts';
import { html, type SafeHtml } from '../../../lib/html.ts';
import type { CitizenCaseDetail } from '../../../operations/requests/case-views.ts';
import type { CitizenSession } from '../../auth/require-session.ts';
import type { Language } from '../../request-language.ts';
import { caseFacts } from './case-facts.ts';
import { casePagesText } from './case-pages-text.ts';
import { dateInWords, letterSentInWords } from './case-words.ts';
import { eservicePage } from './eservice-page.ts';
import { eservicePaths, otherLanguage } from './eservice-paths.ts';
import { eserviceText, type LetterKind, type LetterSummary } from './eservice-text.ts';

export interface RequestPageInput {
  readonly catalog: Catalog;
  readonly language: Language;
  readonly session: CitizenSession;
  readonly detail: CitizenCaseDetail;
  /** Right after registration: show the confirmation. */
  readonly justReceived: boolean;
}

const KIND_ORDER: readonly LetterKind[] = ['acknowledgement', 'duplicate', 'extension', 'supplement', 'decision', 'extract', 'receipt'];

/** Oldest first; letters of the same moment in the order they are meant to be read. */
export function lettersInOrder(letters: readonly LetterSummary[]): LetterSummary[] {
  return [...letters].sort((a, b) => a.createdAt.getTime() - b.createdAt.getTime() || KIND_ORDER.indexOf(a.kind) - KIND_ORDER.indexOf(b.kind));
}

function confirmation(input: RequestPageInput): SafeHtml {
  if (!input.justReceived) return html``;
  const words = casePagesText[input.language];
  const { summary } = input.detail;
  let next = words.receivedText;
  if (summary.status === 'matching') next = words.receivedForeign;
  else if (summary.duplicateOf) next = words.receivedDuplicate;
  return html`<div class="confirmation" role="status">
      <p class="confirmation-title">${words.receivedTitle}</p>
      <p>${words.receivedLetter} <strong>${summary.caseNumber}</strong></p>
    </div>
    <p>${next}</p>`;
}

function letterList(input: RequestPageInput): SafeHtml {
  const { language, detail } = input;
  const words = casePagesText[language];
  const names = eserviceText[language].letters;
  const paths = eservicePaths(language);
  const id = detail.summary.id;
  if (detail.letters.length === 0) return html`<p>${words.noLetters}</p>`;
  return html`<ul class="letter-list">${lettersInOrder(detail.letters).map((letter) => html`
      <li>
        <a href="${paths.letter(id, letter.id)}">${names[letter.kind]}</a>, ${words.dated(dateInWords(letter.createdAt, language))}
        <span class="letter-sent">${letterSentInWords(letter, language)}.</span>
        <span class="letter-download"><a href="${paths.pdf(id, letter.id)}" download>${words.downloadPdf}<span class="visually-hidden">: ${names[letter.kind]}</span></a></span>
      </li>`)}
    </ul>`;
}

export function renderRequestPage(input: RequestPageInput): string {
  const { language, detail } = input;
  const shared = eserviceText[language];
  const words = casePagesText[language];
  const paths = eservicePaths(language);
  const heading = shared.caseLabel(detail.summary.caseNumber);
  return eservicePage({
    catalog: input.catalog, language, session: input.session, title: heading,
    alternate: eservicePaths(otherLanguage(language)).request(detail.summary.id),
    breadcrumbs: [{ href: paths.start, text: shared.serviceName }, { href: paths.requests, text: shared.myRequests }],
    main: html`<h1>${heading}</h1>
    ${confirmation(input)}
    ${caseFacts(detail.summary, language, { withRight: true })}
    <h2>${words.letters}</h2>
    ${letterList(input)}`,
  });
}
