// Fills the consent slots of every HTML page (views/consent-slots.ts) per request: the banner
// first in <body> until a choice is made (not on the cookie page, which asks the same), and before
// </body> the enhancement script and the gated scripts, with the response's CSP nonce. A gated
// script is rendered active when its category is granted and `type="text/plain"` otherwise, for
// the enhancement script to start on acceptance. Without consent options the slots are emptied.
import type { FastifyInstance, FastifyReply, FastifyRequest } from 'fastify';
import fastifyPlugin from 'fastify-plugin';
import { needsBanner } from '../../domain/consent.ts';
import { html, type SafeHtml } from '../../lib/html.ts';
import type { Language } from '../request-language.ts';
import { consentBanner } from '../views/consent-banner.ts';
import { BANNER_SLOT, SCRIPTS_SLOT } from '../views/consent-slots.ts';
import { publicPaths } from '../views/layout-text.ts';
import { ANALYTICS_CATEGORY } from '../../operations/consent/consent-service.ts';
import { consentApiPaths, type ConsentHttpOptions } from './consent-options.ts';
import { consentInForce } from './consent-request.ts';

/** A script the catalog's analytics category gates: the demo site's first-party page-view counter. */
export const ANALYTICS_SCRIPT = '/assets/analytics.js';

function pageLanguage(payload: string): Language {
  return /^<!doctype html>\s*<html lang="en"/i.test(payload) ? 'en' : 'sv';
}

/** The optional categories' cookie names as the script's `data-cookies` JSON; the catalog is fixed, so once per catalog. */
const cookieNamesOf = new WeakMap<object, string>();
function cookieNames(options: ConsentHttpOptions): string {
  const known = cookieNamesOf.get(options.catalog);
  if (known !== undefined) return known;
  const byCategory: Record<string, string[]> = {};
  for (const cookie of options.catalog.cookies) {
    const category = options.catalog.cookieCategories.find((candidate) => candidate.id === cookie.category);
    if (category && !category.necessary) (byCategory[cookie.category] ??= []).push(cookie.name);
  }
  const json = JSON.stringify(byCategory);
  cookieNamesOf.set(options.catalog, json);
  return json;
}

/** The consent script and the gated scripts; `base` is Insyn's address for other sites, empty on its own pages. */
export function scripts(options: ConsentHttpOptions, nonce: string, granted: readonly string[], base = ''): SafeHtml {
  const analytics = options.catalog.cookieCategories.some((category) => category.id === ANALYTICS_CATEGORY)
    ? granted.includes(ANALYTICS_CATEGORY)
      ? html`<script src="${base}${ANALYTICS_SCRIPT}" defer nonce="${nonce}" data-endpoint="${base}${consentApiPaths.pageView}"></script>`
      : html`<script type="text/plain" data-consent="${ANALYTICS_CATEGORY}" src="${base}${ANALYTICS_SCRIPT}" nonce="${nonce}" data-endpoint="${base}${consentApiPaths.pageView}"></script>`
    : '';
  return html`<script src="${base}/assets/consent.js" defer nonce="${nonce}" data-api="${base}${consentApiPaths.consent}" data-revision="${options.consent.revision}" data-cookies="${cookieNames(options)}"></script>
  ${analytics}`;
}

function fill(options: ConsentHttpOptions | undefined, request: FastifyRequest, payload: string): string {
  // Replacer functions: a `$` pattern in the banner (the page's address is in it) must not be expanded.
  if (!options) return payload.replace(BANNER_SLOT, () => '').replace(SCRIPTS_SLOT, () => '');
  const inForce = consentInForce(options.consent, request);
  const language = pageLanguage(payload);
  const path = request.url.split('?')[0] ?? '/';
  const onCookiePage = path === publicPaths.cookies.sv || path === publicPaths.cookies.en;
  const banner = needsBanner(inForce) && !onCookiePage ? consentBanner({
    notice: options.consent.notice(language), action: publicPaths.cookies[language], cookiePage: publicPaths.cookies[language],
    returnTo: request.method === 'GET' ? request.url : publicPaths.start[language],
  }).toString() : '';
  const tags = scripts(options, request.cspNonce, inForce.granted).toString();
  return payload.replace(BANNER_SLOT, () => banner).replace(SCRIPTS_SLOT, () => tags);
}

async function consentSlots(app: FastifyInstance, options: { readonly consent?: ConsentHttpOptions }): Promise<void> {
  app.addHook('onSend', async (request: FastifyRequest, reply: FastifyReply, payload: unknown) => {
    if (typeof payload !== 'string' || !payload.includes(BANNER_SLOT)) return payload;
    if (!String(reply.getHeader('content-type') ?? '').startsWith('text/html')) return payload;
    // The banner differs per visitor: no shared cache may keep one visitor's page for another.
    reply.header('cache-control', 'private, no-store');
    return fill(options.consent, request, payload);
  });
}

export const consentSlotsPlugin = fastifyPlugin(consentSlots, { name: 'insyn-consent-slots', fastify: '5.x' });
