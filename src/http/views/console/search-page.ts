// The console's search for a person's cases (the <main> content): the number and the purpose of
// the search, posted (a personnummer never goes into an address), then the cases found.
import type { Language } from '../../request-language.ts';
import type { CaseSummary } from '../../../operations/requests/case-views.ts';
import { html, type SafeHtml } from '../../../lib/html.ts';
import { casePath, consolePaths, withLanguage } from './case-paths.ts';
import { choiceGroup, csrfField, firstChoiceId, textField } from './form-controls.ts';
import { errorSummary, type FieldError } from './form-errors.ts';
import { formatSwedishDay } from './format-date-time.ts';
import { rightLabels } from './request-kind-labels.ts';
import { searchPageText } from './search-page-text.ts';
import { statusBadge } from './status-labels.ts';

export const searchFieldIds = { person: 'search-person', purpose: firstChoiceId('search-purpose') } as const;

export interface SearchPageInput {
  readonly language: Language;
  readonly csrfToken: string;
  /** The catalog's purposes a search may name. */
  readonly purposes: readonly { readonly id: string; readonly name: string }[];
  readonly values: { readonly person?: string; readonly purpose?: string };
  readonly errors: readonly FieldError[];
  /** Undefined before a search. */
  readonly results?: readonly CaseSummary[];
}

function resultsTable(input: SearchPageInput, results: readonly CaseSummary[]): SafeHtml {
  const text = searchPageText[input.language];
  if (results.length === 0) return html`<p>${text.none}</p>`;
  const rows = results.map((summary) => html`<tr>
        <th scope="row"><a href="${withLanguage(casePath(summary.id), input.language)}">${summary.caseNumber}</a></th>
        <td>${rightLabels[input.language][summary.right]}</td>
        <td>${statusBadge(summary.status, input.language)}</td>
        <td>${formatSwedishDay(summary.receivedAt, input.language)}</td>
        <td>${formatSwedishDay(summary.dueAt, input.language)}</td>
      </tr>`);
  return html`<div class="table-scroll" role="region" aria-labelledby="sok-rubrik" tabindex="0"><table class="data-table">
      <caption id="sok-rubrik">${text.caption}</caption>
      <thead><tr><th scope="col">${text.columns.caseNumber}</th><th scope="col">${text.columns.right}</th><th scope="col">${text.columns.status}</th>
        <th scope="col">${text.columns.received}</th><th scope="col">${text.columns.due}</th></tr></thead>
      <tbody>${rows}</tbody>
    </table></div>`;
}

export function renderSearchPage(input: SearchPageInput): SafeHtml {
  const text = searchPageText[input.language];
  return html`<h1>${text.title}</h1>
    ${errorSummary(input.errors, input.language)}
    <p>${text.lead}</p>
    <form method="post" action="${withLanguage(consolePaths.search, input.language)}" class="case-form" novalidate>
      ${csrfField(input.csrfToken)}
      ${textField({ id: searchFieldIds.person, name: 'person', label: text.person, hint: text.personHint, errors: input.errors,
        value: input.values.person ?? '', autocomplete: 'off', inputMode: 'numeric', size: 15, required: true })}
      ${choiceGroup({ idPrefix: 'search-purpose', name: 'purpose', legend: text.purpose, hint: text.purposeHint, type: 'radio', errors: input.errors,
        checked: input.values.purpose ? [input.values.purpose] : [], choices: input.purposes.map((purpose) => ({ value: purpose.id, label: purpose.name })) })}
      <button type="submit">${text.submit}</button>
    </form>
    ${input.results ? html`<section aria-labelledby="sokresultat">
      <h2 id="sokresultat">${text.results(input.results.length)}</h2>
      ${resultsTable(input, input.results)}
    </section>` : ''}`;
}
