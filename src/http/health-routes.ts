// Probes for the platform running Insyn: /health (liveness: the process answers) and
// /ready (readiness: its dependencies answer, per check, without error details).
import type { FastifyPluginAsyncTypebox } from '@fastify/type-provider-typebox';
import { Type } from 'typebox';
import type { ReadinessReport } from '../operations/check-readiness.ts';
import { errorResponses } from './error-response-schema.ts';

export interface HealthRoutesOptions {
  readonly ready: () => Promise<ReadinessReport>;
}

const readinessSchema = Type.Object({
  status: Type.Union([Type.Literal('ready'), Type.Literal('not-ready')]),
  checks: Type.Array(Type.Object({
    name: Type.String(),
    status: Type.Union([Type.Literal('ok'), Type.Literal('failed')]),
    durationMs: Type.Number(),
  })),
}, { description: 'Readiness per check' });

async function safeReadiness(ready: () => Promise<ReadinessReport>): Promise<ReadinessReport> {
  try {
    return await ready();
  } catch {
    return { status: 'not-ready', checks: [] };
  }
}

export const healthRoutes: FastifyPluginAsyncTypebox<HealthRoutesOptions> = async (app, options) => {
  app.get('/health', {
    schema: {
      summary: 'Liveness: the process is up',
      tags: ['probes'],
      response: { 200: Type.Object({ status: Type.Literal('ok') }, { description: 'Alive' }), ...errorResponses },
    },
  }, async () => ({ status: 'ok' as const }));

  app.get('/ready', {
    schema: {
      summary: 'Readiness: the database and other dependencies answer',
      tags: ['probes'],
      response: { 200: readinessSchema, 503: readinessSchema, ...errorResponses },
    },
  }, async (_request, reply) => {
    const report = await safeReadiness(options.ready);
    reply.header('cache-control', 'no-store');
    return reply.code(report.status === 'ready' ? 200 : 503).send({ ...report, checks: [...report.checks] });
  });
};
