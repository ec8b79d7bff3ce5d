// The facts of one request as a description list: case number, right, whom it is about, when it
// was received, its state and the deadline in words. Used on "my requests" and the request page.
import { rightLabels } from '../console/request-kind-labels.ts';
import type { CaseSummary } from '../../../operations/requests/case-views.ts';
import { html, type SafeHtml } from '../../../lib/html.ts';
import type { Language } from '../../request-language.ts';
import { casePagesText } from './case-pages-text.ts';
import { aboutInWords, dateInWords, deadlineInWords, statusInWords } from './case-words.ts';

export function caseFacts(summary: CaseSummary, language: Language, options: { readonly withRight: boolean }): SafeHtml {
  const words = casePagesText[language];
  const row = (term: string, value: string) => html`<div><dt>${term}</dt><dd>${value}</dd></div>`;
  return html`<dl class="case-facts">
        ${row(words.caseNumber, summary.caseNumber)}
        ${options.withRight ? row(words.right, rightLabels[language][summary.right]) : ''}
        ${row(words.about, aboutInWords(summary, language))}
        ${row(words.receivedOn, dateInWords(summary.receivedAt, language))}
        ${row(words.status, statusInWords(summary, language))}
        ${row(words.answer, deadlineInWords(summary, language))}
      </dl>`;
}
