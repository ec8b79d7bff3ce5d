// One structured log line per request, without personal data: method, route pattern (never
// the raw URL, whose path or query string could hold a personnummer), status, duration and
// request id. Fastify's own request logging is turned off in build-server.ts.
import type { FastifyInstance } from 'fastify';
import fastifyPlugin from 'fastify-plugin';

async function requestLogging(app: FastifyInstance): Promise<void> {
  app.addHook('onResponse', async (request, reply) => {
    request.log.info({
      method: request.method,
      route: request.routeOptions.url ?? '(no route)',
      status: reply.statusCode,
      durationMs: Math.round(reply.elapsedTime * 10) / 10,
    }, 'request completed');
  });
}

export const requestLoggingPlugin = fastifyPlugin(requestLogging, { name: 'insyn-request-logging', fastify: '5.x' });
