// The public context: server-rendered pages for everyone, in Swedish and English, and their
// stylesheet. Its own encapsulated Fastify context; the console and the API add their hooks
// (sessions, CSRF, roles) in theirs. Pages depend only on the catalog, so each is rendered
// once when the server is built; the accessibility statement's feedback form is served per
// request (accessibility-routes.ts).
import type { FastifyPluginAsyncTypebox } from '@fastify/type-provider-typebox';
import { Type } from 'typebox';
import type { Catalog } from '../../catalog/catalog-types.ts';
import type { AccessibilityFeedbackService } from '../../operations/accessibility/accessibility-feedback.ts';
import type { Language } from '../request-language.ts';
import type { SafeHtml } from '../../lib/html.ts';
import { publicPaths, type PublicPage } from '../views/layout-text.ts';
import { renderPrivacyPage } from '../views/privacy-page.ts';
import { renderStartPage } from '../views/start-page.ts';
import { accessibilityRoutes } from './accessibility-routes.ts';

export interface PublicRoutesOptions {
  readonly catalog: Catalog;
  /** The stylesheet served at /assets/insyn.css. */
  readonly stylesheet: string;
  /** Whether the citizens' e-service is served (the start page links to it). */
  readonly eservice?: boolean;
  /** The accessibility statement's feedback function; without it the statement shows no form. */
  readonly accessibilityFeedback?: AccessibilityFeedbackService;
}

const htmlResponse = (description: string) => ({
  200: { description, content: { 'text/html': { schema: Type.String() } } },
});

interface PageRoute {
  readonly page: PublicPage;
  readonly summary: string;
  readonly render: (catalog: Catalog, language: Language, options: { readonly eservice: boolean }) => SafeHtml;
}

const pages: readonly PageRoute[] = [
  { page: 'start', summary: 'Start page', render: renderStartPage },
  { page: 'privacy', summary: 'How the agency processes personal data, generated from the catalog', render: renderPrivacyPage },
];

export const publicRoutes: FastifyPluginAsyncTypebox<PublicRoutesOptions> = async (app, options) => {
  for (const { page, summary, render } of pages) {
    for (const language of ['sv', 'en'] as const) {
      const body = render(options.catalog, language, { eservice: options.eservice ?? false }).toString();
      app.get(publicPaths[page][language], {
        schema: { summary: `${summary} (${language})`, tags: ['public'], response: htmlResponse('HTML page') },
      }, async (_request, reply) => reply.type('text/html; charset=utf-8').send(body));
    }
  }

  await app.register(accessibilityRoutes, { catalog: options.catalog, feedback: options.accessibilityFeedback });

  app.get('/assets/insyn.css', {
    schema: {
      summary: 'Stylesheet of the public pages',
      tags: ['public'],
      response: { 200: { description: 'CSS', content: { 'text/css': { schema: Type.String() } } } },
    },
  }, async (_request, reply) => reply
    .type('text/css; charset=utf-8')
    .header('cache-control', 'public, max-age=3600')
    .send(options.stylesheet));
};
