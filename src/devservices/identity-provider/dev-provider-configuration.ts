// oidc-provider's configuration for the development identity provider: two confidential
// first-party clients (the e-service and the staff console) with PKCE required, claims as the
// Swedish OIDC profile names them, and consent granted without asking (the clients are ours).
import { generateKeyPairSync, randomBytes, randomUUID } from 'node:crypto';
import type { Account, Configuration, KoaContext } from 'oidc-provider';
import { assuranceLevels } from '../../domain/assurance-levels.ts';
import { swedishOidcClaims, swedishOidcScopes } from '../../domain/swedish-oidc-claims.ts';
import { DEV_ROLES_CLAIM, type DevAccount, type DevAudience } from './dev-accounts.ts';
import { renderDevErrorPage } from './dev-login-page.ts';
import type { AdapterFactory } from './dev-provider-storage.ts';

export interface DevClient {
  readonly clientId: string;
  readonly clientSecret: string;
}

export type DevClients = Readonly<Record<DevAudience, DevClient>>;

/** Where each client's login comes back to, under Insyn's public URL. */
export const devRedirectPaths: Readonly<Record<DevAudience, string>> = {
  citizen: '/inloggning/retur',
  staff: '/konsol/inloggning/retur',
};

export const DEV_PAGE_CSP = "default-src 'none'; style-src 'self'; base-uri 'none'; frame-ancestors 'none'";

/** The client ids Insyn knows the development provider by, with fresh secrets. */
export function createDevClients(): DevClients {
  const secret = () => randomBytes(32).toString('base64url');
  return {
    citizen: { clientId: 'insyn-e-tjanst', clientSecret: secret() },
    staff: { clientId: 'insyn-konsol', clientSecret: secret() },
  };
}

function signingKeys(): { keys: object[] } {
  const { privateKey } = generateKeyPairSync('rsa', { modulusLength: 2048 });
  return { keys: [{ ...privateKey.export({ format: 'jwk' }), kid: randomUUID(), use: 'sig', alg: 'RS256' }] };
}

const personClaims = ['given_name', 'family_name', 'name', 'birthdate'];

const claims = {
  acr: null, auth_time: null, sid: null, iss: null,
  openid: ['sub'],
  profile: [...personClaims, DEV_ROLES_CLAIM],
  [swedishOidcScopes.naturalPersonNumber]: [swedishOidcClaims.personalIdentityNumber, swedishOidcClaims.coordinationNumber, ...personClaims],
  [swedishOidcScopes.eidasNaturalPersonIdentity]: [
    swedishOidcClaims.prid, swedishOidcClaims.pridPersistence, swedishOidcClaims.eidasPersonIdentifier, swedishOidcClaims.country, ...personClaims,
  ],
};

/** First-party clients: the grant covers whatever the request asked for, so no consent page. */
async function loadExistingGrant(ctx: KoaContext) {
  const { client, session, result, provider } = ctx.oidc;
  if (!client || !session?.accountId) return undefined;
  const grantId = result?.consent?.grantId ?? session.grantIdFor(client.clientId);
  if (grantId) return provider.Grant.find(grantId);
  const grant = new provider.Grant({ clientId: client.clientId, accountId: session.accountId });
  grant.addOIDCScope([...ctx.oidc.requestParamScopes].join(' '));
  grant.addOIDCClaims([...ctx.oidc.requestParamClaims]);
  await grant.save();
  return grant;
}

async function renderError(ctx: KoaContext, out: { readonly error?: unknown }): Promise<void> {
  ctx.type = 'html';
  ctx.set('content-security-policy', DEV_PAGE_CSP);
  ctx.body = renderDevErrorPage(typeof out.error === 'string' ? out.error : 'server_error');
}

export interface DevProviderSetup {
  readonly publicUrl: string;
  readonly clients: DevClients;
  readonly accounts: readonly DevAccount[];
  readonly adapter: AdapterFactory;
}

function clientMetadata(setup: DevProviderSetup, audience: DevAudience) {
  const client = setup.clients[audience];
  return {
    client_id: client.clientId, client_secret: client.clientSecret,
    redirect_uris: [`${setup.publicUrl}${devRedirectPaths[audience]}`],
    grant_types: ['authorization_code'], response_types: ['code'], token_endpoint_auth_method: 'client_secret_basic',
  };
}

export function devProviderConfiguration(setup: DevProviderSetup): Configuration {
  const findAccount = async (_ctx: unknown, sub: string): Promise<Account | undefined> => {
    const account = setup.accounts.find((candidate) => candidate.id === sub);
    return account && { accountId: sub, claims: () => ({ sub, ...account.claims }) };
  };
  return {
    adapter: setup.adapter,
    clients: [clientMetadata(setup, 'citizen'), clientMetadata(setup, 'staff')],
    claims,
    scopes: ['openid', 'profile', swedishOidcScopes.naturalPersonNumber, swedishOidcScopes.eidasNaturalPersonIdentity],
    acrValues: Object.values(assuranceLevels),
    conformIdTokenClaims: false,
    pkce: { required: () => true },
    cookies: {
      keys: [randomBytes(32).toString('base64url')],
      names: { session: 'dev_idp_session', interaction: 'dev_idp_interaction', resume: 'dev_idp_resume' },
    },
    jwks: signingKeys(),
    findAccount,
    loadExistingGrant,
    renderError,
    interactions: { url: (_ctx: unknown, interaction: { uid: string }) => `/interaction/${interaction.uid}` },
    features: { devInteractions: { enabled: false }, rpInitiatedLogout: { enabled: false } },
    ttl: { AccessToken: 600, AuthorizationCode: 60, IdToken: 600, Interaction: 600, Session: 3600, Grant: 3600 },
  };
}
