// Cross-site request protection for forms that post without a session (the cookie choice, the
// accessibility feedback), where there is no session to bind a CSRF token to. Browsers send
// Origin with every POST (Insyn's Referrer-Policy is same-origin, so its own pages send their real
// origin) and Sec-Fetch-Site with most. A POST is refused when Origin names another origin than
// Insyn's own or one of the agency's trusted sites; when it is `null` (a sandboxed frame, or a
// page whose policy is no-referrer), unless Sec-Fetch-Site says same-origin; and when Sec-Fetch-Site
// says cross-site. A request with neither header (an old browser, a script) is let through: it
// cannot be a forged cross-site form in a browser that sends them, and old browsers are not
// turned away.
import type { FastifyRequest } from 'fastify';
import { InsynError } from '../domain/error-catalogue.ts';

/** The request's own origin (scheme and host as Insyn sees them). */
export function ownOrigin(request: FastifyRequest): string {
  return `${request.protocol}://${request.host}`;
}

/**
 * Whether `origin` is Insyn's own or one of `trustedOrigins` (e.g. https://www.agency.se). Insyn's
 * own is matched by host, so that https behind a TLS-terminating proxy (which Insyn sees as http
 * unless the proxy is trusted) still counts as its own.
 */
export function isTrustedOrigin(request: FastifyRequest, origin: string, trustedOrigins: readonly string[]): boolean {
  if (trustedOrigins.includes(origin)) return true;
  const own = ownOrigin(request);
  if (!URL.canParse(origin) || !URL.canParse(own)) return false;
  const url = new URL(origin);
  const ours = new URL(own);
  return url.origin === ours.origin
    || ((url.protocol === 'https:' || url.protocol === 'http:') && url.hostname === ours.hostname && url.port === ours.port);
}

/** Throws CROSS_ORIGIN_REFUSED for a POST from another site. */
export function assertNotCrossSite(request: FastifyRequest, trustedOrigins: readonly string[]): void {
  const origin = request.headers.origin;
  const fetchSite = request.headers['sec-fetch-site'];
  if (origin === 'null') {
    if (fetchSite === 'same-origin') return;
    throw new InsynError('CROSS_ORIGIN_REFUSED', 'the form was posted from a page that names no origin');
  }
  if (typeof origin === 'string' && origin !== '') {
    if (isTrustedOrigin(request, origin, trustedOrigins)) return;
    throw new InsynError('CROSS_ORIGIN_REFUSED', 'the form was posted from another origin');
  }
  if (fetchSite === 'cross-site') throw new InsynError('CROSS_ORIGIN_REFUSED', 'the form was posted from another site');
}
