// Which OpenID Connect providers Insyn logs people in with: the configured ones (always in
// production), otherwise the development identity provider's clients.
import type { OidcClientConfig, WebConfig } from '../../config/config.ts';
import type { SessionKind } from '../../db/tables/web-tables.ts';
import { InsynError } from '../../domain/error-catalogue.ts';

export type OidcProviders = Readonly<Record<SessionKind, OidcClientConfig>>;

/** config.web's providers where set, the development provider's (`dev`) for the rest. */
export function resolveOidcProviders(web: Pick<WebConfig, 'citizenOidc' | 'staffOidc'>, dev?: OidcProviders): OidcProviders {
  const citizen = web.citizenOidc ?? dev?.citizen;
  const staff = web.staffOidc ?? dev?.staff;
  if (!citizen) throw new InsynError('CONFIG_INVALID', 'INSYN_OIDC_ISSUER is unset and no development identity provider runs');
  if (!staff) throw new InsynError('CONFIG_INVALID', 'INSYN_STAFF_OIDC_ISSUER is unset and no development identity provider runs');
  return Object.freeze({ citizen, staff });
}
