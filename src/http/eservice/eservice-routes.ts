// The citizens' e-service (issue 4, item 7): its own encapsulated Fastify context with the start
// page, the request form of each right, "my requests", one request, its letters and downloads,
// in Swedish under /e-tjanst and in English under /en/e-service (views/eservice/eservice-paths.ts
// explains the scheme). Every response is `cache-control: no-store`: the pages show the person's
// own requests, the logged-in name and the session's CSRF token.
import type { FastifyPluginAsyncTypebox } from '@fastify/type-provider-typebox';
import type { Language } from '../request-language.ts';
import { eservicePaths } from '../views/eservice/eservice-paths.ts';
import { renderEserviceStart } from '../views/eservice/start-page.ts';
import { caseRoutes } from './case-routes.ts';
import { htmlPage, sendPage, type EserviceRoutesOptions } from './eservice-options.ts';
import { requestFormRoutes } from './request-form-routes.ts';

export type { EserviceRoutesOptions };

const LANGUAGES: readonly Language[] = ['sv', 'en'];

export const eserviceRoutes: FastifyPluginAsyncTypebox<EserviceRoutesOptions> = async (app, options) => {
  app.addHook('onSend', async (_request, reply, payload) => {
    reply.header('cache-control', 'no-store');
    return payload;
  });
  for (const language of LANGUAGES) {
    app.get(eservicePaths(language).start, {
      schema: { summary: `E-service: start page with the rights and the login (${language})`, tags: ['public'], response: { 200: htmlPage('HTML page') } },
    }, async (request, reply) => {
      const session = request.webSession?.kind === 'citizen' ? request.webSession : null;
      return sendPage(reply, renderEserviceStart(options.catalog, language, session));
    });
    await app.register(requestFormRoutes(language), options);
    await app.register(caseRoutes(language), options);
  }
};
