// The development identity provider: a real OpenID Connect provider (oidc-provider) on its own
// node http server, with the test persons and staff of dev-accounts.ts. Outside production only;
// `npm start` runs it beside Insyn when no real provider is configured.
import { createServer, type IncomingMessage, type Server, type ServerResponse } from 'node:http';
import type { AddressInfo } from 'node:net';
import Provider from 'oidc-provider';
import type { Mode, OidcClientConfig } from '../../config/config.ts';
import { InsynError } from '../../domain/error-catalogue.ts';
import { devAccounts, type DevAccount, type DevAudience } from './dev-accounts.ts';
import { DEV_STYLESHEET_PATH, devStylesheet, renderDevErrorPage } from './dev-login-page.ts';
import { createDevClients, devProviderConfiguration, type DevClients } from './dev-provider-configuration.ts';
import { handleDevInteraction, sendDevPage, type DevInteractionContext } from './dev-interactions.ts';
import { createDevProviderStorage } from './dev-provider-storage.ts';

export interface DevIdentityProviderOptions {
  readonly mode: Mode;
  /** Insyn's public URL: the clients' redirect URIs are `<publicUrl>/inloggning/retur` and `<publicUrl>/konsol/inloggning/retur`. */
  readonly publicUrl: string;
  /** Default 127.0.0.1. */
  readonly host?: string;
  /** 0 (default) picks a free port. */
  readonly port?: number;
  /** The issuer browsers reach; default `http://<host>:<port>` (127.0.0.1 for a wildcard host). */
  readonly issuerUrl?: string;
  /** Client ids and secrets; default `insyn-e-tjanst` and `insyn-konsol` with fresh random secrets. */
  readonly clients?: DevClients;
  /** Demo population seed for the citizens' names. */
  readonly seed?: string;
}

export interface DevIdentityProvider {
  readonly issuer: string;
  /** Issuer, client id and secret for Insyn's relying party, per audience. */
  readonly clients: Readonly<Record<DevAudience, OidcClientConfig>>;
  readonly accounts: readonly DevAccount[];
  close(): Promise<void>;
}

const LOOPBACK_HOSTS = new Set(['127.0.0.1', '[::1]', 'localhost']);

/** Tests run Insyn on a random port: a redirect URI on a loopback address with a registered path is allowed too. */
function allowLoopbackRedirects(provider: Provider): void {
  const exact = provider.Client.prototype.redirectUriAllowed;
  provider.Client.prototype.redirectUriAllowed = function redirectUriAllowed(value: string): boolean {
    if (exact.call(this, value)) return true;
    const candidate = URL.canParse(value) ? new URL(value) : undefined;
    if (!candidate || candidate.protocol !== 'http:' || !LOOPBACK_HOSTS.has(candidate.hostname) || candidate.search || candidate.hash) return false;
    return this.redirectUris.some((registered) => new URL(registered).pathname === candidate.pathname);
  };
}

function issuerFor(options: DevIdentityProviderOptions, host: string, port: number): string {
  if (options.issuerUrl) return options.issuerUrl.replace(/\/+$/, '');
  const reachable = host === '0.0.0.0' || host === '::' ? '127.0.0.1' : host;
  return `http://${reachable.includes(':') ? `[${reachable}]` : reachable}:${port}`;
}

function listen(server: Server, port: number, host: string): Promise<number> {
  return new Promise((resolve, reject) => {
    server.once('error', reject);
    server.listen(port, host, () => {
      server.off('error', reject);
      resolve((server.address() as AddressInfo).port);
    });
  });
}

function router(context: DevInteractionContext) {
  const callback = context.provider.callback();
  return (request: IncomingMessage, response: ServerResponse): void => {
    const path = (request.url ?? '/').split('?')[0] ?? '/';
    const interaction = /^\/interaction\/([A-Za-z0-9_-]+)$/.exec(path);
    if (interaction) {
      handleDevInteraction(context, request, response, interaction[1]!)
        .catch(() => { if (!response.headersSent) sendDevPage(response, 500, renderDevErrorPage('server_error')); });
      return;
    }
    if (path === DEV_STYLESHEET_PATH) {
      response.writeHead(200, { 'content-type': 'text/css; charset=utf-8', 'cache-control': 'public, max-age=3600' });
      response.end(devStylesheet);
      return;
    }
    callback(request, response);
  };
}

/** Starts the provider; DEV_SERVICE_REFUSED in production mode. */
export async function startDevIdentityProvider(options: DevIdentityProviderOptions): Promise<DevIdentityProvider> {
  if (options.mode === 'production') throw new InsynError('DEV_SERVICE_REFUSED', 'development identity provider');
  const host = options.host ?? '127.0.0.1';
  const server = createServer();
  const port = await listen(server, options.port ?? 0, host);
  const issuer = issuerFor(options, host, port);
  const clients = options.clients ?? createDevClients();
  const accounts = devAccounts(options.seed);
  const publicUrl = options.publicUrl.replace(/\/+$/, '');
  const provider = new Provider(issuer, devProviderConfiguration({ publicUrl, clients, accounts, adapter: createDevProviderStorage() }));
  allowLoopbackRedirects(provider);
  server.on('request', router({ provider, clients, accounts }));
  const config = (audience: DevAudience): OidcClientConfig => Object.freeze({ issuer, ...clients[audience] });
  return Object.freeze({
    issuer,
    clients: Object.freeze({ citizen: config('citizen'), staff: config('staff') }),
    accounts,
    close: () => new Promise<void>((resolve) => {
      server.close(() => resolve());
      server.closeAllConnections();
    }),
  });
}
