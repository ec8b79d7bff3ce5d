// The consent cookie on the wire: readable by the enhancement script (not HttpOnly: it holds no
// secret, only the random consent id and the choice), SameSite=Lax, Secure under https, for the
// agency's whole domain when INSYN_CONSENT_COOKIE_DOMAIN says so, and living as long as the catalog
// says the consent cookie lives. Withdrawing also expires the refused categories' cookies that the
// request carried (client-side deletion by the script covers those the server cannot see).
import type { FastifyReply, FastifyRequest } from 'fastify';
import type { Catalog } from '../../catalog/catalog-types.ts';
import { CONSENT_COOKIE, formatConsentCookie, type StoredConsent } from '../../domain/consent.ts';
import { addIsoDuration, parseIsoDuration } from '../../lib/iso-duration.ts';

export interface ConsentCookieSettings {
  readonly catalog: Catalog;
  readonly cookieDomain: string | undefined;
  readonly secure: boolean;
}

/** The consent cookie's lifetime in seconds, from the catalog (the check makes sure it is listed). */
export function consentCookieMaxAge(catalog: Catalog, now: Date): number {
  const lifetime = parseIsoDuration(catalog.cookies.find((cookie) => cookie.name === CONSENT_COOKIE)?.lifetime ?? 'P12M')
    ?? { years: 1, months: 0, weeks: 0, days: 0, hours: 0, minutes: 0, seconds: 0 };
  return Math.round((addIsoDuration(now, lifetime).getTime() - now.getTime()) / 1000);
}

export function setConsentCookie(reply: FastifyReply, settings: ConsentCookieSettings, stored: StoredConsent, now: Date): void {
  // A host-only consent cookie from before the domain was configured would shadow the new one.
  if (settings.cookieDomain) reply.clearCookie(CONSENT_COOKIE, { path: '/' });
  reply.setCookie(CONSENT_COOKIE, formatConsentCookie(stored), {
    path: '/', sameSite: 'lax', httpOnly: false, secure: settings.secure, maxAge: consentCookieMaxAge(settings.catalog, now),
    ...(settings.cookieDomain ? { domain: settings.cookieDomain } : {}),
  });
}

/** Expires the cookies of the refused categories that came with the request (Matomo's `_pk_id.1.ab12` counts as `_pk_id`). */
export function expireRefusedCookies(request: FastifyRequest, reply: FastifyReply, settings: ConsentCookieSettings, refused: readonly string[]): void {
  const names = settings.catalog.cookies.filter((cookie) => refused.includes(cookie.category)).map((cookie) => cookie.name);
  for (const sent of Object.keys(request.cookies)) {
    if (!names.some((name) => sent === name || sent.startsWith(`${name}.`))) continue;
    reply.clearCookie(sent, { path: '/' });
    if (settings.cookieDomain) reply.clearCookie(sent, { path: '/', domain: settings.cookieDomain });
  }
}
