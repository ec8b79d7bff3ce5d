// What a request says about consent: the cookie, the Global Privacy Control signal (Sec-GPC: 1),
// the page origin a choice was made on, and a safe place to return to after a form post.
import type { FastifyRequest } from 'fastify';
import { CONSENT_COOKIE, type EffectiveConsent } from '../../domain/consent.ts';
import type { ConsentService } from '../../operations/consent/consent-service.ts';
import { isTrustedOrigin, ownOrigin } from '../cross-origin.ts';

export function consentCookieOf(request: FastifyRequest): string | undefined {
  return request.cookies?.[CONSENT_COOKIE];
}

export function gpcSignal(request: FastifyRequest): boolean {
  return request.headers['sec-gpc'] === '1';
}

export function consentInForce(consent: ConsentService, request: FastifyRequest): EffectiveConsent {
  return consent.inForce(consentCookieOf(request), gpcSignal(request));
}

/** The origin of the page the request came from when it is trusted; Insyn's own otherwise. */
export function pageOrigin(request: FastifyRequest, sites: readonly string[]): string {
  const origin = request.headers.origin;
  return typeof origin === 'string' && isTrustedOrigin(request, origin, sites) ? origin : ownOrigin(request);
}

/**
 * Where a form post may send the person back: a path on Insyn (not `//host`) or an address on one
 * of the agency's sites; anything else (an open redirect) is ignored.
 */
export function safeReturn(value: unknown, sites: readonly string[]): string | undefined {
  // eslint-disable-next-line no-control-regex -- control characters are what is refused
  if (typeof value !== 'string' || value.length === 0 || value.length > 2000 || /[\s\\\u0000-\u001f\u007f]/.test(value)) return undefined;
  if (value.startsWith('/') && !value.startsWith('//')) {
    // Normalised (percent-encoded) so that the Location header holds only ASCII.
    const local = new URL(value, 'http://insyn.invalid');
    return local.origin === 'http://insyn.invalid' ? `${local.pathname}${local.search}${local.hash}` : undefined;
  }
  if (!URL.canParse(value)) return undefined;
  const url = new URL(value);
  return sites.includes(url.origin) ? url.href : undefined;
}
