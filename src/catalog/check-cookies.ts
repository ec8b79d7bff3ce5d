// The cookie categories and cookies the banner asks about and the cookie page lists: exactly one
// category is the necessary one (set without asking), every cookie belongs to a category, every
// optional category has cookies to ask about, and the consent cookie itself is listed as necessary.
import { CONSENT_COOKIE } from '../domain/consent.ts';
import type { Catalog } from './catalog-types.ts';
import type { GraphFinding } from './graph-finding.ts';

export function cookieFindings(catalog: Catalog): GraphFinding[] {
  const findings: GraphFinding[] = [];
  const necessary = catalog.cookieCategories.filter((category) => category.necessary);
  if (necessary.length !== 1) {
    findings.push({
      path: ['cookieCategories'],
      message: `exactly one cookie category must have \`necessary: true\` (found ${necessary.length})`,
    });
  }
  const categories = new Map(catalog.cookieCategories.map((category) => [category.id, category]));
  catalog.cookies.forEach((cookie, index) => {
    if (!categories.has(cookie.category)) {
      findings.push({ path: ['cookies', index, 'category'], message: `unknown cookie category \`${cookie.category}\`` });
    }
  });
  catalog.cookieCategories.forEach((category, index) => {
    if (!category.necessary && !catalog.cookies.some((cookie) => cookie.category === category.id)) {
      findings.push({ path: ['cookieCategories', index, 'id'], message: `cookie category \`${category.id}\` has no cookies to ask about` });
    }
  });
  const consentCookie = catalog.cookies.findIndex((cookie) => cookie.name === CONSENT_COOKIE);
  if (consentCookie < 0) {
    findings.push({ path: ['cookies'], message: `the consent cookie \`${CONSENT_COOKIE}\` must be listed (the cookie page shows it)` });
  } else if (!categories.get(catalog.cookies[consentCookie]?.category ?? '')?.necessary) {
    findings.push({ path: ['cookies', consentCookie, 'category'], message: `the consent cookie \`${CONSENT_COOKIE}\` belongs in the necessary category` });
  }
  return findings;
}
