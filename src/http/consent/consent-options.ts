// What the consent routes and the banner slots need, passed in from build-server.ts.
import type { Catalog } from '../../catalog/catalog-types.ts';
import type { ConsentService } from '../../operations/consent/consent-service.ts';
import type { ConsentCookieSettings } from './consent-cookie.ts';

export interface ConsentHttpOptions extends ConsentCookieSettings {
  readonly consent: ConsentService;
  readonly catalog: Catalog;
  /** Insyn's own address (absolute links in the banner fragment for other sites). */
  readonly publicUrl: string;
  /** Origins of the agency's other sites that embed the banner. */
  readonly sites: readonly string[];
}

/** Where the JSON API lives, relative to Insyn. */
export const consentApiPaths = {
  consent: '/api/consent',
  records: '/api/consent/records',
  banner: '/api/consent/banner',
  scripts: '/api/consent/scripts',
  pageView: '/api/analytics/pageview',
} as const;
