// Login and logout for citizens (/inloggning, /utloggning) and staff (/konsol/inloggning,
// /konsol/utloggning). The login sends the browser to the identity provider with a short-lived
// `insyn_login` cookie naming the attempt, so the answer is accepted only in the browser that
// asked; the callback opens a new session (a new token: no session fixation) and returns to
// the local path given as `tillbaka`. Refusals render the error page; the log gets the code
// and a reason without personal data.
import type { FastifyPluginAsyncTypebox } from '@fastify/type-provider-typebox';
import type { FastifyReply, FastifyRequest } from 'fastify';
import { Type } from 'typebox';
import type { WebSession } from '../../operations/auth/web-sessions.ts';
import { isInsynError } from '../../domain/error-catalogue.ts';
import type { WebAuth } from '../../operations/auth/create-web-auth.ts';
import { SESSION_COOKIE, sessionCookieOptions } from '../plugins/web-session.ts';

export const LOGIN_COOKIE = 'insyn_login';

type SessionKind = WebSession['kind'];

export interface LoginRoutesOptions {
  readonly auth: WebAuth;
}

const prefixes: Readonly<Record<SessionKind, string>> = { citizen: '', staff: '/konsol' };
const redirect = { 302: { description: 'To the identity provider' }, 303: { description: 'To the page' } };

function queryOf(request: FastifyRequest): string {
  const at = request.url.indexOf('?');
  return at === -1 ? '' : request.url.slice(at + 1);
}

/** Runs a login step; a refusal is logged with its code and reason (never personal data) and rethrown. */
async function logged<T>(request: FastifyRequest, step: () => Promise<T>): Promise<T> {
  try {
    return await step();
  } catch (error) {
    if (isInsynError(error)) request.log.warn({ code: error.code, reason: error.detail }, 'login refused');
    throw error;
  }
}

async function callback(auth: WebAuth, kind: SessionKind, request: FastifyRequest, reply: FastifyReply) {
  const cookieOptions = sessionCookieOptions(auth);
  reply.clearCookie(LOGIN_COOKIE, cookieOptions).header('cache-control', 'no-store');
  const result = await logged(request, () => auth.completeLogin({ kind, query: queryOf(request), boundState: request.cookies[LOGIN_COOKIE] }));
  if (request.webSessionToken) await auth.endSession(request.webSessionToken);
  return reply.setCookie(SESSION_COOKIE, result.token, cookieOptions).redirect(result.returnTo, 303);
}

function kindRoutes(kind: SessionKind): FastifyPluginAsyncTypebox<LoginRoutesOptions> {
  const prefix = prefixes[kind];
  return async (app, { auth }) => {
    app.get(`${prefix}/inloggning`, {
      schema: {
        summary: `Starts a ${kind} login at the identity provider`, tags: ['public'],
        querystring: Type.Object({ tillbaka: Type.Optional(Type.String({ maxLength: 2048 })) }),
        response: { 302: redirect[302] },
      },
    }, async (request, reply) => {
      const { redirectTo, state } = await logged(request, () => auth.beginLogin(kind, request.query.tillbaka));
      return reply.header('cache-control', 'no-store')
        .setCookie(LOGIN_COOKIE, state, { ...sessionCookieOptions(auth), maxAge: 600 })
        .redirect(redirectTo, 302);
    });
    app.get(`${prefix}/inloggning/retur`, {
      schema: { summary: `The identity provider's answer to a ${kind} login`, tags: ['public'], response: { 303: redirect[303] } },
    }, async (request, reply) => callback(auth, kind, request, reply));
    app.post(`${prefix}/utloggning`, {
      schema: { summary: 'Ends the session', tags: ['public'], response: { 303: redirect[303] } },
    }, async (request, reply) => {
      if (request.webSessionToken) await auth.endSession(request.webSessionToken);
      return reply.clearCookie(SESSION_COOKIE, sessionCookieOptions(auth)).header('cache-control', 'no-store').redirect('/', 303);
    });
  };
}

export const loginRoutes: FastifyPluginAsyncTypebox<LoginRoutesOptions> = async (app, options) => {
  await app.register(kindRoutes('citizen'), options);
  await app.register(kindRoutes('staff'), options);
};
