// The frame of every staff console page: skip link, a header naming the product and the agency,
// the console's navigation (the DPO dashboard and the accessibility feedback only for the roles
// that may see them), who is signed in with a logout form, and one <main>. No script and no inline
// style: the page works without JavaScript under the strict Content-Security-Policy.
import type { Language } from '../../request-language.ts';
import { html, type SafeHtml } from '../../../lib/html.ts';
import { withLanguage } from './case-paths.ts';
import { consoleLayoutText, consolePaths, DPO_ROLES, FEEDBACK_ROLES, type ConsoleLayoutText } from './console-layout-text.ts';

export type ConsoleSection = 'queue' | 'register' | 'search' | 'dpo' | 'feedback' | 'request';

export interface ConsoleStaff {
  readonly name: string;
  /** Role claims as the identity provider gives them: handlaggare, granskare, dataskyddsombud, administrator. */
  readonly roles: readonly string[];
}

export interface ConsoleLayoutInput {
  readonly language: Language;
  /** The page's own title; the product and agency are appended in <title>. */
  readonly title: string;
  /** The controller's name from the catalog, in `language`. */
  readonly agencyName: string;
  readonly staff: ConsoleStaff;
  /** The session's CSRF token, posted with the logout form. */
  readonly csrfToken: string;
  /** Which navigation item is current; a request page belongs to the queue. */
  readonly current: ConsoleSection;
  readonly main: SafeHtml;
  /** The response's CSP nonce. The frame inlines nothing, so it is unused today; accepted so callers pass it uniformly. */
  readonly nonce?: string;
}

interface NavItem {
  readonly section: ConsoleSection;
  readonly href: string;
  readonly label: string;
}

function navItems(text: ConsoleLayoutText, roles: readonly string[]): NavItem[] {
  const items: NavItem[] = [
    { section: 'queue', href: consolePaths.queue, label: text.queue },
    { section: 'register', href: consolePaths.register, label: text.register },
    { section: 'search', href: consolePaths.search, label: text.search },
  ];
  if (roles.some((role) => DPO_ROLES.includes(role))) items.push({ section: 'dpo', href: consolePaths.dpo, label: text.dpo });
  if (roles.some((role) => FEEDBACK_ROLES.includes(role))) items.push({ section: 'feedback', href: consolePaths.feedback, label: text.feedback });
  return items;
}

/** `page` on the item of the current page; `true` on the queue while a request (a page inside it) is shown. */
function ariaCurrent(item: ConsoleSection, current: ConsoleSection): 'page' | 'true' | undefined {
  if (item === current) return 'page';
  return item === 'queue' && current === 'request' ? 'true' : undefined;
}

function navigation(input: ConsoleLayoutInput, text: ConsoleLayoutText): SafeHtml {
  const links = navItems(text, input.staff.roles).map((item) => {
    const current = ariaCurrent(item.section, input.current);
    const href = withLanguage(item.href, input.language);
    return current
      ? html`<li><a href="${href}" aria-current="${current}">${item.label}</a></li>`
      : html`<li><a href="${href}">${item.label}</a></li>`;
  });
  return html`<nav class="console-nav" aria-label="${text.mainNav}">
      <div class="console-wrap">
        <ul>${links}</ul>
      </div>
    </nav>`;
}

function signedIn(input: ConsoleLayoutInput, text: ConsoleLayoutText): SafeHtml {
  const roles = input.staff.roles.map((role) => text.roles[role]).filter((role) => role !== undefined);
  return html`<div class="console-user">
        <p>${text.signedInAs} <strong>${input.staff.name}</strong>${roles.length > 0 ? html` <span class="console-roles">(${roles.join(', ')})</span>` : ''}</p>
        <form method="post" action="${consolePaths.logout}" class="logout-form">
          <input type="hidden" name="_csrf" value="${input.csrfToken}">
          <button type="submit" class="button button-secondary">${text.logout}</button>
        </form>
      </div>`;
}

/** A whole HTML document of the staff console around `main`. */
export function consoleLayout(input: ConsoleLayoutInput): SafeHtml {
  const text = consoleLayoutText[input.language];
  return html`<!doctype html>
<html lang="${input.language}">
<head>
  <meta charset="utf-8">
  <meta name="viewport" content="width=device-width, initial-scale=1">
  <meta name="robots" content="noindex, nofollow">
  <title>${input.title} – ${text.product} – ${input.agencyName}</title>
  <link rel="stylesheet" href="/assets/insyn.css">
</head>
<body class="console">
  <a class="skip-link" href="#innehall">${text.skipLink}</a>
  <header class="site-header console-header">
    <div class="console-wrap header-row">
      <p class="console-product"><a class="agency-name" href="${withLanguage(consolePaths.queue, input.language)}">${text.product}</a> <span class="console-agency">${input.agencyName}</span></p>
      ${signedIn(input, text)}
    </div>
    ${navigation(input, text)}
  </header>
  <main id="innehall" class="console-wrap" tabindex="-1">
${input.main}
  </main>
</body>
</html>
`;
}
