// The e-service's start page (public): what each right gives, one link per right, and the login
// (or, when logged in, the way to the person's requests). The links to the forms lead through
// the login when there is no session.
import type { Catalog } from '../../../catalog/catalog-types.ts';
import { REQUEST_RIGHTS } from '../../../domain/request-kinds.ts';
import { html } from '../../../lib/html.ts';
import type { CitizenSession } from '../../auth/require-session.ts';
import type { Language } from '../../request-language.ts';
import { publicPaths } from '../layout-text.ts';
import { eservicePage } from './eservice-page.ts';
import { eservicePaths, otherLanguage } from './eservice-paths.ts';
import { eserviceText } from './eservice-text.ts';
import { startPageText } from './start-page-text.ts';

export function renderEserviceStart(catalog: Catalog, language: Language, session: CitizenSession | null): string {
  const words = startPageText[language];
  const paths = eservicePaths(language);
  const rights = eserviceText[language].rights;
  const account = session
    ? html`<p><a class="button" href="${paths.requests}">${words.loggedIn}</a></p>`
    : html`<p class="field-hint">${words.loginHint}</p>
    <p><a class="button" href="${paths.login(paths.requests)}">${words.login}</a></p>`;
  return eservicePage({
    catalog, language, session, title: words.title, alternate: eservicePaths(otherLanguage(language)).start, breadcrumbs: [],
    main: html`<h1>${words.title}</h1>
    <p class="lead">${words.lead}</p>
    ${account}
    <h2>${words.choose}</h2>
    <ul class="right-list">${REQUEST_RIGHTS.map((right) => html`
      <li><a class="right-link" href="${paths.form(right)}">${rights[right].action}</a>
        <p>${rights[right].description}</p></li>`)}
    </ul>
    <h2>${words.goodToKnow}</h2>
    <p>${words.oneMonth}</p>
    <p>${words.child}</p>
    <p>${words.otherWays}</p>
    <p>${words.complaint}</p>
    <p><a href="${publicPaths.privacy[language]}">${words.privacy}</a></p>`,
  });
}
