// The frame of every e-service page: the public layout (with the logged-in citizen and the
// logout form), breadcrumbs back to the e-service's start, and the page's content in a
// `.eservice` container that scopes the e-service's styles.
import type { Catalog } from '../../../catalog/catalog-types.ts';
import { html, type SafeHtml } from '../../../lib/html.ts';
import type { CitizenSession } from '../../auth/require-session.ts';
import type { Language } from '../../request-language.ts';
import { layout } from '../layout.ts';
import { eserviceText } from './eservice-text.ts';

export interface Breadcrumb {
  readonly href: string;
  readonly text: string;
}

export interface EservicePageInput {
  readonly catalog: Catalog;
  readonly language: Language;
  /** The page's own title (the <h1>); prefixed "Fel: " when the page shows errors. */
  readonly title: string;
  readonly hasErrors?: boolean;
  /** The same page in the other language. */
  readonly alternate: string;
  readonly session: CitizenSession | null;
  /** From the e-service's start down to the page above this one. */
  readonly breadcrumbs: readonly Breadcrumb[];
  readonly main: SafeHtml;
}

const errorPrefix: Readonly<Record<Language, string>> = { sv: 'Fel: ', en: 'Error: ' };

function breadcrumbNav(crumbs: readonly Breadcrumb[], label: string): SafeHtml {
  if (crumbs.length === 0) return html``;
  return html`<nav class="breadcrumbs" aria-label="${label}">
      <ol>${crumbs.map((crumb) => html`<li><a href="${crumb.href}">${crumb.text}</a></li>`)}</ol>
    </nav>`;
}

export function eservicePage(input: EservicePageInput): string {
  const { catalog, language, session } = input;
  return layout({
    language,
    title: `${input.hasErrors ? errorPrefix[language] : ''}${input.title}`,
    agencyName: catalog.controller.name[language],
    organisationNumber: catalog.controller.organisationNumber,
    alternate: input.alternate,
    ...(session ? { signedIn: { name: session.identity.name, csrfToken: session.csrfToken } } : {}),
    main: html`<div class="eservice">
    ${breadcrumbNav(input.breadcrumbs, eserviceText[language].breadcrumbs)}
    ${input.main}
    </div>`,
  }).value;
}
