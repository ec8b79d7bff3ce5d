// Sessions and CSRF for the server-rendered pages. The `insyn_session` cookie (HttpOnly,
// SameSite=Lax, Path=/, Secure under https) carries a random token; each request finds its
// session through operations (request.webSession, null without one). Every POST made with a
// session must carry the session's CSRF token in the form field `_csrf` (CSRF_INVALID otherwise);
// a POST without a session is left to the route (requireCitizen/requireStaff: LOGIN_REQUIRED).
import { timingSafeEqual } from 'node:crypto';
import fastifyCookie from '@fastify/cookie';
import fastifyFormbody from '@fastify/formbody';
import type { FastifyInstance, FastifyReply, FastifyRequest } from 'fastify';
import fastifyPlugin from 'fastify-plugin';
import { InsynError } from '../../domain/error-catalogue.ts';
import type { WebAuth } from '../../operations/auth/create-web-auth.ts';
import type { WebSession } from '../../operations/auth/web-sessions.ts';

declare module 'fastify' {
  interface FastifyContextConfig {
    /** A form that checks cross-site posts itself (cross-origin.ts) and needs no session token. */
    csrfExempt?: boolean;
  }
  interface FastifyRequest {
    /** The request's live session, or null (no cookie, unknown, expired). */
    webSession: WebSession | null;
    /** The cookie's token when webSession is set (logout and a new login end that session). */
    webSessionToken: string | null;
  }
}

export const SESSION_COOKIE = 'insyn_session';
export const CSRF_FIELD = '_csrf';

export interface WebSessionOptions {
  readonly auth: WebAuth;
}

/** Paths that never need a session: probes, the API (its own authentication) and static assets. */
const SESSIONLESS = /^\/(api|health|ready|assets)(\/|$|\?)/;

export function sessionCookieOptions(auth: WebAuth) {
  return { httpOnly: true, sameSite: 'lax', path: '/', secure: auth.secureCookies() } as const;
}

export function tokensMatch(submitted: unknown, expected: string): boolean {
  if (typeof submitted !== 'string') return false;
  const a = Buffer.from(submitted);
  const b = Buffer.from(expected);
  return a.length === b.length && timingSafeEqual(a, b);
}

async function resume(auth: WebAuth, request: FastifyRequest, reply: FastifyReply): Promise<void> {
  if (SESSIONLESS.test(request.url)) return;
  const token = request.cookies[SESSION_COOKIE];
  if (!token) return;
  const session = await auth.resumeSession(token);
  if (session) {
    request.webSession = session;
    request.webSessionToken = token;
  } else {
    reply.clearCookie(SESSION_COOKIE, sessionCookieOptions(auth));
  }
}

async function webSessions(app: FastifyInstance, options: WebSessionOptions): Promise<void> {
  // build-server.ts registers both for every context; a server built with only this plugin gets them here.
  if (!app.hasPlugin('@fastify/cookie')) await app.register(fastifyCookie);
  if (!app.hasPlugin('@fastify/formbody')) await app.register(fastifyFormbody, { bodyLimit: 64 * 1024 });
  app.decorateRequest('webSession', null);
  app.decorateRequest('webSessionToken', null);
  app.addHook('onRequest', async (request, reply) => resume(options.auth, request, reply));
  app.addHook('preHandler', async (request) => {
    if (request.method !== 'POST' || !request.webSession || request.routeOptions.config.csrfExempt) return;
    const body = request.body as Record<string, unknown> | undefined;
    if (!tokensMatch(body?.[CSRF_FIELD], request.webSession.csrfToken)) throw new InsynError('CSRF_INVALID', 'missing or wrong form token');
  });
}

export const webSessionPlugin = fastifyPlugin(webSessions, { name: 'insyn-web-session', fastify: '5.x' });
