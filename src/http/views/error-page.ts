// The HTML page for errors on public paths (404, 400, 500). It names the error code and, for
// server errors, the request id to quote; never the cause.
import type { Catalog } from '../../catalog/catalog-types.ts';
import type { ErrorPageInput } from '../plugins/error-responses.ts';
import { html, type SafeHtml } from '../../lib/html.ts';
import { layout } from './layout.ts';
import { publicPaths } from './layout-text.ts';

const text = {
  sv: { code: 'Felkod', reference: 'Ange referensen om du kontaktar oss', start: 'Till startsidan' },
  en: { code: 'Error code', reference: 'Quote this reference if you contact us', start: 'Go to the home page' },
} as const;

export function renderErrorPage(catalog: Catalog, input: ErrorPageInput): SafeHtml {
  const words = text[input.language];
  return layout({
    language: input.language,
    title: input.message,
    agencyName: catalog.controller.name[input.language],
    organisationNumber: catalog.controller.organisationNumber,
    main: html`<h1>${input.message}</h1>
    <p>${words.code}: <code>${input.code}</code></p>
    ${input.status >= 500 ? html`<p>${words.reference}: <code>${input.requestId}</code></p>` : ''}
    <p><a href="${publicPaths.start[input.language]}">${words.start}</a></p>`,
  });
}
