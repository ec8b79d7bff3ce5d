// Security headers on every response, including errors, 404s and static assets, and a
// strict Content-Security-Policy with a fresh nonce per request (no 'unsafe-inline').
// Views put `request.cspNonce` on any <script> or <style> element they must inline.
import type { FastifyInstance } from 'fastify';
import fastifyPlugin from 'fastify-plugin';
import { pooledRandomBytes } from '../../lib/pooled-random.ts';

declare module 'fastify' {
  interface FastifyRequest {
    /** Base64 nonce allowed by this response's Content-Security-Policy. */
    cspNonce: string;
  }
}

export interface SecurityHeadersOptions {
  /** Strict-Transport-Security is only sent in production, where TLS is terminated in front of us. */
  readonly strictTransportSecurity: boolean;
}

export function contentSecurityPolicy(nonce: string): string {
  return [
    "default-src 'none'",
    `script-src 'nonce-${nonce}'`,
    `style-src 'self' 'nonce-${nonce}'`,
    "img-src 'self'",
    "font-src 'self'",
    "connect-src 'self'",
    "form-action 'self'",
    "frame-ancestors 'none'",
    "base-uri 'none'",
  ].join('; ');
}

const fixedHeaders: Readonly<Record<string, string>> = {
  'x-content-type-options': 'nosniff',
  // Same-origin: Insyn's own form posts carry their real Origin (cross-origin.ts); other sites get no referrer.
  'referrer-policy': 'same-origin',
  'x-frame-options': 'DENY',
  'permissions-policy': 'camera=(), microphone=(), geolocation=(), payment=(), usb=(), browsing-topics=()',
  'cross-origin-opener-policy': 'same-origin',
  'cross-origin-resource-policy': 'same-origin',
};

async function securityHeaders(app: FastifyInstance, options: SecurityHeadersOptions): Promise<void> {
  app.decorateRequest('cspNonce', '');
  app.addHook('onRequest', async (request) => {
    request.cspNonce = pooledRandomBytes(16).toString('base64');
  });
  app.addHook('onSend', async (request, reply) => {
    // A request rejected before onRequest (a malformed URL) still gets a valid policy.
    if (!request.cspNonce) request.cspNonce = pooledRandomBytes(16).toString('base64');
    // A route may loosen the resource policy (the consent script is loaded by the agency's other sites).
    const resourcePolicy = reply.getHeader('cross-origin-resource-policy');
    reply.headers(fixedHeaders);
    if (resourcePolicy === 'same-site') reply.header('cross-origin-resource-policy', resourcePolicy);
    reply.header('content-security-policy', contentSecurityPolicy(request.cspNonce));
    reply.header('x-request-id', request.id);
    if (options.strictTransportSecurity) reply.header('strict-transport-security', 'max-age=31536000; includeSubDomains');
  });
}

export const securityHeadersPlugin = fastifyPlugin(securityHeaders, { name: 'insyn-security-headers', fastify: '5.x' });
