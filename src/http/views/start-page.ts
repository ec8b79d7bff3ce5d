// The start page: the agency's name, the way to its privacy page and, when it is served, to the
// e-service where a person asks for a register extract or uses their other rights.
import type { Catalog } from '../../catalog/catalog-types.ts';
import type { Language } from '../request-language.ts';
import { html, type SafeHtml } from '../../lib/html.ts';
import { layout } from './layout.ts';
import { eservicePaths } from './eservice/eservice-paths.ts';
import { publicPaths } from './layout-text.ts';

const text = {
  sv: {
    title: 'Startsida',
    lead: 'Här kan du läsa om hur vi behandlar dina personuppgifter och hur du använder dina rättigheter enligt dataskyddsförordningen.',
    privacyLink: 'Så behandlar vi personuppgifter',
    eserviceLink: 'Begär registerutdrag eller rättelse och använd dina andra rättigheter',
  },
  en: {
    title: 'Home',
    lead: 'Here you can read how we process your personal data and how to use your rights under the General Data Protection Regulation.',
    privacyLink: 'How we process personal data',
    eserviceLink: 'Ask for a register extract or rectification and use your other rights',
  },
} as const;

export function renderStartPage(catalog: Catalog, language: Language, options: { readonly eservice?: boolean } = {}): SafeHtml {
  const words = text[language];
  const agencyName = catalog.controller.name[language];
  return layout({
    language,
    title: words.title,
    agencyName,
    organisationNumber: catalog.controller.organisationNumber,
    page: 'start',
    main: html`<h1>${agencyName}</h1>
    <p class="lead">${words.lead}</p>
    ${options.eservice ? html`<p><a href="${eservicePaths(language).start}">${words.eserviceLink}</a></p>` : ''}
    <p><a href="${publicPaths.privacy[language]}">${words.privacyLink}</a></p>`,
  });
}
