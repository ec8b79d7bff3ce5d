// The frame of every public page: skip link (the first thing Tab reaches after the cookie banner),
// the old-browser notice (shown by the stylesheet alone, see insyn.css), header with the agency's
// name and the language switch, one <main>, and a footer with the privacy page, cookie settings
// and the accessibility statement. The cookie banner and the consent script are filled in per
// request (consent-slots.ts); the page needs no script. A logged-in citizen (the e-service) also
// sees who is logged in and a logout form with the CSRF token.
import type { Language } from '../request-language.ts';
import { html, type SafeHtml } from '../../lib/html.ts';
import { bannerSlot, scriptsSlot } from './consent-slots.ts';
import { layoutText, publicPaths, type PublicPage } from './layout-text.ts';

export interface LayoutInput {
  readonly language: Language;
  /** The page's own title; the agency's name is appended. */
  readonly title: string;
  readonly agencyName: string;
  readonly organisationNumber: string;
  /** The page in the other language, for the language switch; absent on error pages. */
  readonly page?: PublicPage;
  /** The same page in the other language when it is not one of publicPaths (the e-service's pages). */
  readonly alternate?: string;
  /** The logged-in citizen: their name and the session's CSRF token for the logout form. */
  readonly signedIn?: { readonly name: string; readonly csrfToken: string };
  readonly main: SafeHtml;
}

const otherLanguage = { sv: 'en', en: 'sv' } as const;
const languageName = { sv: 'Svenska', en: 'English' } as const;

function languageSwitch(input: LayoutInput, label: string): SafeHtml {
  const other = otherLanguage[input.language];
  const href = input.alternate ?? (input.page ? publicPaths[input.page][other] : undefined);
  if (!href) return html``;
  return html`<nav class="language" aria-label="${label}">
        <a href="${href}" lang="${other}" hreflang="${other}">${languageName[other]}</a>
      </nav>`;
}

function signedIn(input: LayoutInput): SafeHtml {
  if (!input.signedIn) return html``;
  const text = layoutText[input.language];
  return html`<div class="signed-in">
        <p>${text.signedInAs} <span class="signed-in-name">${input.signedIn.name}</span></p>
        <form class="logout-form" method="post" action="/utloggning">
          <input type="hidden" name="_csrf" value="${input.signedIn.csrfToken}">
          <button type="submit" class="button button-secondary">${text.logout}</button>
        </form>
      </div>`;
}

function footer(input: LayoutInput): SafeHtml {
  const text = layoutText[input.language];
  return html`<footer class="site-footer">
    <div class="wrap">
      <nav aria-label="${text.footerNav}">
        <ul class="footer-links">
          <li><a href="${publicPaths.privacy[input.language]}">${text.privacy}</a></li>
          <li><a href="${publicPaths.cookies[input.language]}">${text.cookieSettings}</a></li>
          <li><a href="${publicPaths.accessibility[input.language]}">${text.accessibility}</a></li>
        </ul>
      </nav>
      <p>${input.agencyName}, ${text.organisationNumber} ${input.organisationNumber}</p>
      <p>${text.poweredBy}</p>
    </div>
  </footer>`;
}

/** A whole HTML document around `main`. */
export function layout(input: LayoutInput): SafeHtml {
  const text = layoutText[input.language];
  return html`<!doctype html>
<html lang="${input.language}">
<head>
  <meta charset="utf-8">
  <meta name="viewport" content="width=device-width, initial-scale=1">
  <title>${input.title} – ${input.agencyName}</title>
  <link rel="stylesheet" href="/assets/insyn.css">
  <link rel="stylesheet" href="/assets/consent.css">
</head>
<body>
  ${bannerSlot}
  <a class="skip-link" href="#innehall">${text.skipLink}</a>
  <div class="old-browser">
    <p><strong>${text.oldBrowserTitle}</strong></p>
    <p>${text.oldBrowser}</p>
  </div>
  <header class="site-header">
    <div class="wrap header-row">
      <a class="agency-name" href="${publicPaths.start[input.language]}">${input.agencyName}</a>
      ${signedIn(input)}
      ${languageSwitch(input, text.languageNav)}
    </div>
  </header>
  <main id="innehall" class="wrap" tabindex="-1">
${input.main}
  </main>
  ${footer(input)}
  ${scriptsSlot}
</body>
</html>
`;
}
