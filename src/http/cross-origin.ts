// Cross-site request protection for forms that post without a session (the cookie choice, the
// accessibility feedback), where there is no session to bind a CSRF token to. Browsers send
// Origin with every POST and Sec-Fetch-Site with most: a POST is refused when either names
// another site than Insyn's own origin or one of the agency's trusted sites. A request with
// neither header (an old browser, a script) is let through: it cannot be a forged cross-site form
// in a browser that sends them, and old browsers are not turned away.
import type { FastifyRequest } from 'fastify';
import { InsynError } from '../domain/error-catalogue.ts';

/** The request's own origin (scheme and host as the browser used them). */
export function ownOrigin(request: FastifyRequest): string {
  return `${request.protocol}://${request.host}`;
}

/** Whether `origin` is Insyn's own or one of `trustedOrigins` (e.g. https://www.agency.se). */
export function isTrustedOrigin(request: FastifyRequest, origin: string, trustedOrigins: readonly string[]): boolean {
  return origin === ownOrigin(request) || trustedOrigins.includes(origin);
}

/**
 * Throws CROSS_ORIGIN_REFUSED for a POST from another site. `Origin: null` names no site: browsers
 * send it for Insyn's own forms (its Referrer-Policy is no-referrer) as well as from sandboxed
 * frames, so then Sec-Fetch-Site decides, as when Origin is absent ("same-origin" for Insyn's own
 * form, "cross-site" from a sandboxed frame elsewhere).
 */
export function assertNotCrossSite(request: FastifyRequest, trustedOrigins: readonly string[]): void {
  const origin = request.headers.origin;
  if (typeof origin === 'string' && origin !== '' && origin !== 'null') {
    if (isTrustedOrigin(request, origin, trustedOrigins)) return;
    throw new InsynError('CROSS_ORIGIN_REFUSED', 'the form was posted from another origin');
  }
  if (request.headers['sec-fetch-site'] === 'cross-site') {
    throw new InsynError('CROSS_ORIGIN_REFUSED', 'the form was posted from another site');
  }
}
