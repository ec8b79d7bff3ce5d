// The JSON API context, mounted under /api. Its own encapsulated Fastify context: hooks for
// API clients (authentication, later) are added here and reach no other context.
import type { FastifyPluginAsyncTypebox } from '@fastify/type-provider-typebox';
import { Type } from 'typebox';
import { errorResponses } from '../error-response-schema.ts';

export const apiRoutes: FastifyPluginAsyncTypebox = async (app) => {
  app.get('/openapi.json', {
    schema: {
      summary: 'This OpenAPI document',
      tags: ['meta'],
      response: {
        200: Type.Object({}, { additionalProperties: true, description: 'OpenAPI 3.1 document' }),
        ...errorResponses,
      },
    },
  }, async () => app.swagger() as unknown as Record<string, unknown>);
};
