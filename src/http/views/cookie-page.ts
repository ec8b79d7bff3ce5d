// The cookie page (/kakor, /en/cookies), generated from the catalog and rendered per request: the
// choice in force (or that none is made, or that the browser's GPC signal stands for one), the same
// two answers as the banner to change or withdraw it, every cookie per category with its provider,
// purpose and lifetime, and what the proof of a choice holds.
import type { Catalog, CookieCategory } from '../../catalog/catalog-types.ts';
import { durationWords } from '../../catalog/ropa-words.ts';
import type { EffectiveConsent } from '../../domain/consent.ts';
import { html, type SafeHtml } from '../../lib/html.ts';
import type { ConsentNotice } from '../../operations/consent/consent-notice.ts';
import type { Language } from '../request-language.ts';
import { consentForm } from './consent-banner.ts';
import { cookiePageText, type CookiePageText } from './cookie-page-text.ts';
import { layout } from './layout.ts';
import { publicPaths } from './layout-text.ts';

export interface CookiePageInput {
  readonly catalog: Catalog;
  readonly language: Language;
  readonly notice: ConsentNotice;
  readonly consent: EffectiveConsent;
  /** Just saved (after a choice without JavaScript). */
  readonly saved: boolean;
  /** Where the person's own records are (the JSON API). */
  readonly proofPath: string;
}

function currentChoice(input: CookiePageInput, text: CookiePageText): string {
  const { consent, catalog, language } = input;
  if (consent.source === 'gpc') return text.current.gpc;
  if (consent.source === 'none') return text.current.none;
  const optional = catalog.cookieCategories.filter((category) => !category.necessary);
  if (consent.granted.length === 0) return text.current.necessary;
  if (consent.granted.length === optional.length) return text.current.all;
  const names = optional.filter((category) => consent.granted.includes(category.id)).map((category) => category.name[language].toLocaleLowerCase('sv'));
  return text.current.some(names.join(', '));
}

function categoryTable(catalog: Catalog, category: CookieCategory, language: Language, text: CookiePageText): SafeHtml {
  const cookies = catalog.cookies.filter((cookie) => cookie.category === category.id);
  const headingId = `kategori-${category.id}`;
  return html`<section>
        <h3 id="${headingId}">${category.name[language]}</h3>
        <p>${category.description[language]} ${category.necessary ? text.necessaryNote : text.optionalNote}</p>
        <div class="table-scroll" role="region" aria-labelledby="${headingId}" tabindex="0">
          <table class="data-table">
            <caption class="visually-hidden">${category.name[language]}</caption>
            <thead><tr>
              <th scope="col">${text.columns.name}</th><th scope="col">${text.columns.provider}</th>
              <th scope="col">${text.columns.purpose}</th><th scope="col">${text.columns.lifetime}</th>
            </tr></thead>
            <tbody>
              ${cookies.map((cookie) => html`<tr>
                <th scope="row"><code>${cookie.name}</code></th>
                <td>${cookie.provider}</td>
                <td>${cookie.purpose[language]}</td>
                <td>${cookie.lifetime === 'session' ? text.session : durationWords(cookie.lifetime, language)}</td>
              </tr>`)}
            </tbody>
          </table>
        </div>
      </section>`;
}

export function renderCookiePage(input: CookiePageInput): SafeHtml {
  const { catalog, language, notice } = input;
  const text = cookiePageText[language];
  return layout({
    language,
    title: text.title,
    agencyName: catalog.controller.name[language],
    organisationNumber: catalog.controller.organisationNumber,
    page: 'cookies',
    main: html`<h1>${text.title}</h1>
    <p class="lead">${text.lead}</p>
    <section aria-labelledby="ditt-val">
      <h2 id="ditt-val">${text.choiceHeading}</h2>
      ${input.saved ? html`<p class="notice">${text.saved}</p>` : ''}
      <p class="insyn-consent-current" data-insyn-consent-current role="status">${currentChoice(input, text)}</p>
      <p>${text.change}</p>
      ${consentForm({ notice, action: publicPaths.cookies[language], method: 'settings', questionId: 'installningar-fraga' })}
    </section>
    <section aria-labelledby="kakor-vi-anvander">
      <h2 id="kakor-vi-anvander">${text.categoriesHeading}</h2>
      ${catalog.cookieCategories.map((category) => categoryTable(catalog, category, language, text))}
    </section>
    <section aria-labelledby="bevis">
      <h2 id="bevis">${text.proofHeading}</h2>
      <p>${text.proof}</p>
      <p><a href="${input.proofPath}">${text.proofLink}</a></p>
    </section>`,
  });
}
