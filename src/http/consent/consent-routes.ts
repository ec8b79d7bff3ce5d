// Cookie consent over HTTP. The form (POST /kakor, /en/cookies) works without JavaScript and
// returns the person to the page they were on; the cookie page itself (GET) shows the choice in
// force. The JSON API under /api/consent serves the enhancement script and the agency's other
// sites (CORS with credentials for INSYN_CONSENT_SITES only): the choice in force, a new choice
// (acknowledged once its record is committed), the browser's own records as proof, and the banner
// as an HTML fragment for a server-side include. Every choice sets the consent cookie and, when
// it refuses a category, expires that category's cookies.
import type { FastifyPluginAsyncTypebox } from '@fastify/type-provider-typebox';
import type { FastifyReply, FastifyRequest } from 'fastify';
import { Type } from 'typebox';
import { CONSENT_CHOICES, CONSENT_METHODS, needsBanner, type ConsentChoice, type ConsentMethod } from '../../domain/consent.ts';
import { InsynError } from '../../domain/error-catalogue.ts';
import type { RecordedConsent } from '../../operations/consent/consent-service.ts';
import { assertNotCrossSite, isTrustedOrigin } from '../cross-origin.ts';
import { errorResponses } from '../error-response-schema.ts';
import { requestLanguage, type Language } from '../request-language.ts';
import { consentBanner } from '../views/consent-banner.ts';
import { renderCookiePage } from '../views/cookie-page.ts';
import { eservicePaths } from '../views/eservice/eservice-paths.ts';
import { publicPaths } from '../views/layout-text.ts';
import { expireRefusedCookies, setConsentCookie } from './consent-cookie.ts';
import { consentApiPaths, type ConsentHttpOptions } from './consent-options.ts';
import { consentCookieOf, consentInForce, pageOrigin, safeReturn } from './consent-request.ts';
import { scripts } from './consent-slots.ts';


/** The page a view is counted for: a public page's path, the e-service as one page, or "annan" (never an address with ids). */
const knownPages: ReadonlySet<string> = new Set(Object.values(publicPaths).flatMap((paths) => [paths.sv, paths.en]));
const eserviceRoots = [eservicePaths('sv').start, eservicePaths('en').start];
function pageName(path: string): string {
  if (knownPages.has(path)) return path;
  for (const root of eserviceRoots) if (path === root || path.startsWith(`${root}/`)) return root;
  return 'annan';
}

const choiceBody = Type.Object({
  choice: Type.Optional(Type.Union(CONSENT_CHOICES.map((choice) => Type.Literal(choice)), { description: 'all: every category; necessary: only the necessary ones' })),
  granted: Type.Optional(Type.Array(Type.String({ maxLength: 64 }), { maxItems: 20, description: 'Instead of choice: the optional categories granted' })),
  language: Type.Optional(Type.Union([Type.Literal('sv'), Type.Literal('en')])),
  method: Type.Optional(Type.Union(CONSENT_METHODS.map((method) => Type.Literal(method)))),
}, { additionalProperties: false });

const recordedSchema = Type.Object({
  consentId: Type.String(), revision: Type.Integer(), granted: Type.Array(Type.String()), refused: Type.Array(Type.String()),
  event: Type.String({ description: 'given | refused | withdrawn | confirmed' }), recordedAt: Type.String({ format: 'date-time' }),
});

const stateSchema = Type.Object({
  revision: Type.Integer(),
  source: Type.String({ description: 'choice: the person\'s own at this revision; gpc: Global Privacy Control; none: not asked yet' }),
  consentId: Type.Union([Type.String(), Type.Null()]),
  granted: Type.Array(Type.String()),
  bannerNeeded: Type.Boolean(),
  categories: Type.Array(Type.Object({ id: Type.String(), name: Type.String(), necessary: Type.Boolean(), cookies: Type.Array(Type.String()) })),
});

const htmlResponse = (description: string) => ({ 200: { description, content: { 'text/html': { schema: Type.String() } } } });

function recordedBody(recorded: RecordedConsent) {
  return {
    consentId: recorded.stored.consentId, revision: recorded.stored.revision, granted: recorded.granted, refused: recorded.refused,
    event: recorded.event, recordedAt: recorded.recordedAt.toISOString(),
  };
}

/** CORS for the agency's sites: their pages may read and post with the person's cookie. */
function allowSite(request: FastifyRequest, reply: FastifyReply, sites: readonly string[]): void {
  const origin = request.headers.origin;
  reply.header('vary', 'Origin');
  if (typeof origin === 'string' && sites.includes(origin)) {
    reply.header('access-control-allow-origin', origin);
    reply.header('access-control-allow-credentials', 'true');
  }
}

function formChoice(body: Record<string, unknown>): { choice: ConsentChoice; method: ConsentMethod } {
  const choice = body.choice;
  if (typeof choice !== 'string' || !(CONSENT_CHOICES as readonly string[]).includes(choice)) {
    throw new InsynError('CONSENT_CHOICE_INVALID', 'choice must be "all" or "necessary"');
  }
  return { choice: choice as ConsentChoice, method: body.method === 'banner' ? 'banner' : 'settings' };
}

export const consentRoutes: FastifyPluginAsyncTypebox<ConsentHttpOptions> = async (app, options) => {
  const { consent, catalog, sites } = options;

  async function recordChoice(request: FastifyRequest, reply: FastifyReply, input: {
    choice: ConsentChoice | readonly string[]; language: Language; method: ConsentMethod;
  }): Promise<RecordedConsent> {
    const recorded = await consent.record({ cookie: consentCookieOf(request), ...input, site: pageOrigin(request, sites) });
    setConsentCookie(reply, options, recorded.stored, recorded.recordedAt);
    expireRefusedCookies(request, reply, options, recorded.refused);
    return recorded;
  }

  for (const language of ['sv', 'en'] as const) {
    const path = publicPaths.cookies[language];
    app.get(path, {
      schema: {
        summary: `The cookie page: every cookie, the choice in force and the means to change it (${language})`, tags: ['public'],
        querystring: Type.Object({ sparat: Type.Optional(Type.String({ maxLength: 1 })) }), response: htmlResponse('HTML page'),
      },
    }, async (request, reply) => {
      const page = renderCookiePage({
        catalog, language, notice: consent.notice(language), consent: consentInForce(consent, request), saved: request.query.sparat === '1',
        proofPath: consentApiPaths.records,
      });
      return reply.type('text/html; charset=utf-8').header('cache-control', 'no-store').send(page.toString());
    });

    app.post(path, {
      // A cookie choice is no session action, and the agency's other sites post here too: the
      // cross-site check below stands in for the session's CSRF token.
      config: { csrfExempt: true },
      schema: {
        summary: `A cookie choice from the banner or the cookie page, without JavaScript (${language}); 303 back to the page`, tags: ['public'],
        response: { 303: { description: 'Back to the page the choice was made on, or to the cookie page' }, 200: { description: 'Never sent' }, ...errorResponses },
      },
    }, async (request, reply) => {
      assertNotCrossSite(request, sites);
      const body = (request.body ?? {}) as Record<string, unknown>;
      const { choice, method } = formChoice(body);
      await recordChoice(request, reply, { choice, language, method });
      return reply.redirect(safeReturn(body.return, sites) ?? `${path}?sparat=1`, 303);
    });
  }

  app.options(consentApiPaths.consent, { schema: { hide: true } }, async (request, reply) => {
    allowSite(request, reply, sites);
    const origin = request.headers.origin;
    if (typeof origin === 'string' && sites.includes(origin)) {
      reply.header('access-control-allow-methods', 'GET, POST');
      reply.header('access-control-allow-headers', 'content-type');
      reply.header('access-control-max-age', '600');
    }
    return reply.code(204).send();
  });

  app.get(consentApiPaths.consent, {
    schema: {
      summary: 'The cookie consent in force for this browser, and the categories asked about', tags: ['consent'],
      response: { 200: stateSchema, ...errorResponses },
    },
  }, async (request, reply) => {
    allowSite(request, reply, sites);
    reply.header('cache-control', 'no-store');
    const inForce = consentInForce(consent, request);
    const language = requestLanguage(request);
    return {
      revision: consent.revision, source: inForce.source, consentId: inForce.stored?.consentId ?? null, granted: [...inForce.granted],
      bannerNeeded: needsBanner(inForce),
      categories: catalog.cookieCategories.map((category) => ({
        id: category.id, name: category.name[language], necessary: category.necessary,
        cookies: catalog.cookies.filter((cookie) => cookie.category === category.id).map((cookie) => cookie.name),
      })),
    };
  });

  app.post(consentApiPaths.consent, {
    schema: {
      summary: 'Record a cookie choice; answered once the record is committed, with the consent cookie set', tags: ['consent'],
      body: choiceBody, response: { 200: recordedSchema, ...errorResponses },
    },
  }, async (request, reply) => {
    allowSite(request, reply, sites);
    assertNotCrossSite(request, sites);
    const { choice, granted, language, method } = request.body;
    if ((choice === undefined) === (granted === undefined)) throw new InsynError('CONSENT_CHOICE_INVALID', 'give either choice or granted');
    const recorded = await recordChoice(request, reply, {
      choice: choice ?? granted ?? [], language: language ?? requestLanguage(request), method: method ?? 'api',
    });
    reply.header('cache-control', 'no-store');
    return recordedBody(recorded);
  });

  app.get(consentApiPaths.records, {
    schema: {
      summary: 'The consent records of this browser\'s consent cookie, as proof (ISO/IEC TS 27560 shape)', tags: ['consent'],
      response: { 200: Type.Object({ consentId: Type.Union([Type.String(), Type.Null()]), records: Type.Array(Type.Unknown()) }), ...errorResponses },
    },
  }, async (request, reply) => {
    allowSite(request, reply, sites);
    reply.header('cache-control', 'no-store');
    const proof = await consent.proofOf(consentCookieOf(request));
    return proof ? { consentId: proof.consentId, records: [...proof.records] } : { consentId: null, records: [] };
  });


  app.post(consentApiPaths.pageView, {
    schema: {
      summary: 'The demo site\'s analytics: one page view, counted only when the consent cookie grants web analytics', tags: ['consent'],
      body: Type.Object({ page: Type.String({ maxLength: 2000 }) }, { additionalProperties: false }),
      response: { 200: Type.Object({ counted: Type.Boolean() }), ...errorResponses },
    },
  }, async (request) => {
    assertNotCrossSite(request, sites);
    return { counted: await consent.countPageView(consentInForce(consent, request), pageName(request.body.page.split('?')[0] ?? '')) };
  });

  app.get(consentApiPaths.scripts, {
    schema: {
      summary: 'The consent stylesheet and scripts as an HTML fragment for another site of the agency to include (current revision, gated scripts)',
      tags: ['consent'],
      querystring: Type.Object({
        nonce: Type.Optional(Type.String({ pattern: '^[A-Za-z0-9+/=_-]{1,128}$', description: 'The including page\'s CSP nonce' })),
      }),
      response: htmlResponse('The link and script tags'),
    },
  }, async (request, reply) => {
    reply.type('text/html; charset=utf-8').header('cache-control', 'private, no-store');
    const base = options.publicUrl;
    const granted = consentInForce(consent, request).granted;
    return reply.send(`<link rel="stylesheet" href="${base}/assets/consent.css">\n${scripts(options, request.query.nonce ?? '', granted, base).toString()}`);
  });

  app.get(consentApiPaths.banner, {
    schema: {
      summary: 'The cookie banner as an HTML fragment for another site of the agency to include (empty once a choice is made)', tags: ['consent'],
      querystring: Type.Object({
        lang: Type.Optional(Type.Union([Type.Literal('sv'), Type.Literal('en')])),
        return: Type.Optional(Type.String({ maxLength: 2000, description: 'The page to return to after a choice without JavaScript (one of INSYN_CONSENT_SITES)' })),
      }),
      response: htmlResponse('The banner, or nothing'),
    },
  }, async (request, reply) => {
    reply.type('text/html; charset=utf-8').header('cache-control', 'private, no-store');
    const language = request.query.lang ?? 'sv';
    if (!needsBanner(consentInForce(consent, request))) return reply.send('');
    const returnTo = safeReturn(request.query.return, sites);
    const base = options.publicUrl;
    return reply.send(consentBanner({
      notice: consent.notice(language), action: `${base}${publicPaths.cookies[language]}`, cookiePage: `${base}${publicPaths.cookies[language]}`,
      returnTo: returnTo && isTrustedOrigin(request, new URL(returnTo, base).origin, sites) ? returnTo : `${base}${publicPaths.start[language]}`,
    }).toString());
  });

};
