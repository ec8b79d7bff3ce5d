// The JSON API context, mounted under /api. Its own encapsulated Fastify context: hooks for
// API clients (authentication, later) are added here and reach no other context.
import type { FastifyPluginAsyncTypebox } from '@fastify/type-provider-typebox';
import { Type } from 'typebox';
import { extractJsonSchema } from '../../documents/extract-json-schema.ts';
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

  app.get('/schemas/extract-v1.json', {
    schema: {
      summary: 'The JSON Schema of the register extract\'s machine-readable copy (Art. 15 GDPR)',
      tags: ['meta'],
      response: {
        200: Type.Object({}, { additionalProperties: true, description: 'JSON Schema, draft 2020-12' }),
        ...errorResponses,
      },
    },
  }, async (_request, reply) => {
    reply.header('content-type', 'application/schema+json; charset=utf-8');
    return extractJsonSchema as unknown as Record<string, unknown>;
  });
};
