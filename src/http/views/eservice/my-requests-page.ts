// "My requests": every request the logged-in person made (about themselves or a child they
// represent), newest first, each with its state and the deadline in words.
import type { Catalog } from '../../../catalog/catalog-types.ts';
import type { CaseSummary } from '../../../operations/requests/case-views.ts';
import { html } from '../../../lib/html.ts';
import type { CitizenSession } from '../../auth/require-session.ts';
import type { Language } from '../../request-language.ts';
import { rightLabels } from '../console/request-kind-labels.ts';
import { caseFacts } from './case-facts.ts';
import { casePagesText } from './case-pages-text.ts';
import { eservicePage } from './eservice-page.ts';
import { eservicePaths, otherLanguage } from './eservice-paths.ts';
import { eserviceText } from './eservice-text.ts';

export function renderMyRequests(catalog: Catalog, language: Language, session: CitizenSession, requests: readonly CaseSummary[]): string {
  const words = casePagesText[language];
  const shared = eserviceText[language];
  const paths = eservicePaths(language);
  const newest = [...requests].sort((a, b) => b.receivedAt.getTime() - a.receivedAt.getTime() || b.caseNumber.localeCompare(a.caseNumber));
  const list = newest.length === 0
    ? html`<p>${words.noRequests}</p>`
    : html`<ul class="case-list">${newest.map((summary) => html`
      <li class="case-card">
        <h2><a href="${paths.request(summary.id)}">${rightLabels[language][summary.right]}<span class="visually-hidden">, ${summary.caseNumber}</span></a></h2>
        ${caseFacts(summary, language, { withRight: false })}
      </li>`)}
    </ul>`;
  return eservicePage({
    catalog, language, session, title: shared.myRequests, alternate: eservicePaths(otherLanguage(language)).requests,
    breadcrumbs: [{ href: paths.start, text: shared.serviceName }],
    main: html`<h1>${shared.myRequests}</h1>
    ${list}
    <p><a class="button" href="${paths.start}">${words.newRequest}</a></p>`,
  });
}
