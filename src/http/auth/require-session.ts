// Route guards for pages behind a login. A GET without the right session is sent to the login
// with the page as return path; any other method is refused with LOGIN_REQUIRED (a form posted
// after the session ended). A staff member without one of the route's roles gets ROLE_REQUIRED.
import type { FastifyReply, FastifyRequest } from 'fastify';
import { InsynError } from '../../domain/error-catalogue.ts';
import type { WebSession } from '../../operations/auth/web-sessions.ts';
import type { StaffRole } from '../../operations/auth/web-identity.ts';

export type CitizenSession = Extract<WebSession, { readonly kind: 'citizen' }>;
export type StaffSession = Extract<WebSession, { readonly kind: 'staff' }>;

export const loginPaths = { citizen: '/inloggning', staff: '/konsol/inloggning' } as const;

function sendToLogin(request: FastifyRequest, reply: FastifyReply, loginPath: string): undefined {
  if (request.method !== 'GET' && request.method !== 'HEAD') throw new InsynError('LOGIN_REQUIRED');
  reply.header('cache-control', 'no-store').redirect(`${loginPath}?tillbaka=${encodeURIComponent(request.url)}`, 303);
  return undefined;
}

/** The citizen's session; undefined when the browser was sent to the login (return the reply). */
export function requireCitizen(request: FastifyRequest, reply: FastifyReply): CitizenSession | undefined {
  const session = request.webSession;
  if (session?.kind === 'citizen') return session;
  return sendToLogin(request, reply, loginPaths.citizen);
}

/**
 * The staff member's session when they hold at least one of `roles` (any staff member for an
 * empty list); undefined when the browser was sent to the login (return the reply).
 */
export function requireStaff(request: FastifyRequest, reply: FastifyReply, roles: readonly StaffRole[]): StaffSession | undefined {
  const session = request.webSession;
  if (session?.kind !== 'staff') return sendToLogin(request, reply, loginPaths.staff);
  if (roles.length > 0 && !roles.some((role) => session.identity.roles.includes(role))) throw new InsynError('ROLE_REQUIRED');
  return session;
}
