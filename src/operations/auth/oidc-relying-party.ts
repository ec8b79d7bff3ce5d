// Insyn as an OpenID Connect relying party (openid-client): discovery on first use, the
// authorization URL with PKCE (S256), state and nonce, and the code exchange whose ID token is
// checked (signature, issuer, audience, expiry, nonce). Plain http issuers only outside production.
import * as oidc from 'openid-client';
import type { OidcClientConfig } from '../../config/config.ts';
import { InsynError } from '../../domain/error-catalogue.ts';
import type { Claims } from './identity-from-claims.ts';

export interface RelyingPartyOptions {
  readonly provider: OidcClientConfig;
  /** Where the provider sends the browser back, e.g. https://insyn.example/inloggning/retur. */
  readonly redirectUri: string;
  readonly scope: string;
  /** Space-separated acr values to ask for; none when absent. */
  readonly acrValues?: string;
  readonly allowHttp: boolean;
}

export interface LoginChecks {
  readonly state: string;
  readonly nonce: string;
  readonly codeVerifier: string;
}

export interface RelyingParty {
  authorizationUrl(checks: LoginChecks): Promise<URL>;
  /** The ID token's claims from the callback's query string; LOGIN_FAILED when the answer does not verify. */
  exchange(callbackQuery: string, checks: LoginChecks): Promise<Claims>;
}

function loginFailed(error: unknown, stage: string): InsynError {
  const kind = error as { readonly code?: unknown; readonly error?: unknown; readonly name?: unknown };
  // openid-client's codes and the provider's error parameter are fixed words, never personal data.
  const reason = typeof kind.error === 'string' ? kind.error : typeof kind.code === 'string' ? kind.code : String(kind.name ?? 'error');
  return new InsynError('LOGIN_FAILED', `${stage}: ${reason.replace(/[^\w .:-]/g, '').slice(0, 80)}`, { cause: error });
}

export function createRelyingParty(options: RelyingPartyOptions): RelyingParty {
  const insecure = new URL(options.provider.issuer).protocol === 'http:';
  if (insecure && !options.allowHttp) throw new InsynError('CONFIG_INVALID', 'an http issuer is only allowed outside production');
  let discovered: Promise<oidc.Configuration> | undefined;
  const configuration = () => (discovered ??= oidc.discovery(
    new URL(options.provider.issuer), options.provider.clientId, undefined, oidc.ClientSecretBasic(options.provider.clientSecret),
    { execute: insecure ? [oidc.allowInsecureRequests] : [], timeout: 10 },
  ).catch((error: unknown) => {
    discovered = undefined; // the next login tries again
    throw loginFailed(error, 'discovery');
  }));
  return Object.freeze({
    async authorizationUrl(checks: LoginChecks): Promise<URL> {
      const parameters: Record<string, string> = {
        redirect_uri: options.redirectUri, scope: options.scope, response_type: 'code', prompt: 'login',
        state: checks.state, nonce: checks.nonce,
        code_challenge: await oidc.calculatePKCECodeChallenge(checks.codeVerifier), code_challenge_method: 'S256',
      };
      if (options.acrValues) parameters.acr_values = options.acrValues;
      return oidc.buildAuthorizationUrl(await configuration(), parameters);
    },
    async exchange(callbackQuery: string, checks: LoginChecks): Promise<Claims> {
      const config = await configuration();
      const callbackUrl = new URL(options.redirectUri);
      callbackUrl.search = callbackQuery;
      try {
        const tokens = await oidc.authorizationCodeGrant(config, callbackUrl, {
          expectedState: checks.state, expectedNonce: checks.nonce, pkceCodeVerifier: checks.codeVerifier, idTokenExpected: true,
        });
        const claims = tokens.claims();
        if (!claims) throw new InsynError('LOGIN_FAILED', 'no ID token');
        return claims as Claims;
      } catch (error) {
        throw error instanceof InsynError ? error : loginFailed(error, 'code exchange');
      }
    },
  });
}
