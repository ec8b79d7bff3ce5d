// One error handler and one not-found handler for the whole server. JSON `{ code, message }`
// for the API and the probes, an HTML page for everything else; the message in Swedish or
// English (request-language.ts). Errors of 500 and above are logged and never explained.
import type { FastifyInstance, FastifyReply, FastifyRequest } from 'fastify';
import fastifyPlugin from 'fastify-plugin';
import { errorCatalogue } from '../../domain/error-catalogue.ts';
import { classifyError, type ClassifiedError } from '../classify-error.ts';
import { requestLanguage, type Language } from '../request-language.ts';

export interface ErrorPageInput {
  readonly status: number;
  readonly code: string;
  readonly message: string;
  readonly language: Language;
  readonly requestId: string;
  readonly nonce: string;
}

export interface ErrorResponsesOptions {
  /** Renders the HTML error page for public paths. */
  readonly renderErrorPage: (input: ErrorPageInput) => string;
}

const JSON_PATHS = /^\/(api|health|ready)(\/|$|\?)/;

export function wantsJson(url: string): boolean {
  return JSON_PATHS.test(url);
}

function send(request: FastifyRequest, reply: FastifyReply, error: ClassifiedError, options: ErrorResponsesOptions) {
  const language = requestLanguage(request);
  const message = errorCatalogue[error.code][language];
  reply.code(error.status);
  if (wantsJson(request.url)) {
    return reply.type('application/json; charset=utf-8').send({
      code: error.code, message, requestId: request.id, ...(error.fields ? { fields: error.fields } : {}),
    });
  }
  const page = options.renderErrorPage({
    status: error.status, code: error.code, message, language, requestId: request.id, nonce: request.cspNonce,
  });
  return reply.type('text/html; charset=utf-8').send(page);
}

async function errorResponses(app: FastifyInstance, options: ErrorResponsesOptions): Promise<void> {
  app.setErrorHandler((error, request, reply) => {
    const classified = classifyError(error);
    if (classified.status >= 500) request.log.error({ err: error }, 'request failed');
    return send(request, reply, classified, options);
  });
  app.setNotFoundHandler((request, reply) => send(request, reply, { code: 'NOT_FOUND', status: 404 }, options));
}

export const errorResponsesPlugin = fastifyPlugin(errorResponses, { name: 'insyn-error-responses', fastify: '5.x' });
