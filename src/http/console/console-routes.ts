// The staff console as one encapsulated Fastify context: the queue, registration, request pages
// with their actions and letters, the DPO dashboard and the accessibility feedback. Sessions and
// CSRF come from the web-session plugin at the root; roles and need-to-know are the casework
// service's. Console responses hold personal data: never stored by a browser or proxy.
import type { FastifyPluginAsyncTypebox } from '@fastify/type-provider-typebox';
import { caseActionRoutes } from './case-action-routes.ts';
import { caseRoutes } from './case-routes.ts';
import type { ConsoleRoutesOptions } from './console-options.ts';
import { dpoRoutes } from './dpo-routes.ts';
import { feedbackRoutes } from './feedback-routes.ts';
import { queueRoutes } from './queue-routes.ts';
import { registrationRoutes } from './registration-routes.ts';
import { searchRoutes } from './search-routes.ts';

export type { ConsoleRoutesOptions };

export const consoleRoutes: FastifyPluginAsyncTypebox<ConsoleRoutesOptions> = async (app, options) => {
  app.addHook('onSend', async (_request, reply, payload) => {
    reply.header('cache-control', 'no-store');
    return payload;
  });
  await app.register(queueRoutes, options);
  await app.register(registrationRoutes, options);
  await app.register(caseRoutes, options);
  await app.register(caseActionRoutes, options);
  await app.register(searchRoutes, options);
  await app.register(dpoRoutes, options);
  await app.register(feedbackRoutes, options);
};
