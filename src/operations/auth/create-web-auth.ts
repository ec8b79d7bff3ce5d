// Logins, sessions and rate limits for the web: the one object the HTTP layer receives.
// beginLogin stores a login flow (state, nonce, PKCE verifier, return path) and answers the
// provider's authorization URL; completeLogin takes the flow exactly once (10 minutes at most),
// verifies the provider's answer, maps the claims to an identity and opens a session.
import type { Kysely } from 'kysely';
import * as oidc from 'openid-client';
import { createForeignSubjectKeyer } from '../../audit/foreign-subject-key.ts';
import { createSubjectKeyer } from '../../audit/subject-key.ts';
import { createContentSealer } from '../../audit/content-sealer.ts';
import type { Mode, OidcClientConfig, WebConfig } from '../../config/config.ts';
import type { Database } from '../../db/database-schema.ts';
import type { SessionKind } from '../../db/tables/web-tables.ts';
import { sufficientAssuranceLevels } from '../../domain/assurance-levels.ts';
import { InsynError } from '../../domain/error-catalogue.ts';
import { swedishOidcScopes } from '../../domain/swedish-oidc-claims.ts';
import { insertLoginFlow, takeLoginFlow } from '../../stores/login-flow-store.ts';
import { citizenIdentityFromClaims, staffIdentityFromClaims, type Claims } from './identity-from-claims.ts';
import { createRelyingParty, type RelyingParty } from './oidc-relying-party.ts';
import { createRateLimiter, type RateLimitInput } from './rate-limiter.ts';
import { localReturnPath } from './return-path.ts';
import { createWebHousekeeping } from './web-housekeeping.ts';
import { createWebSessions, type NewSession, type WebSession } from './web-sessions.ts';

export interface WebAuthDependencies {
  readonly db: Kysely<Database>;
  readonly mode: Mode;
  /** Read on each use (publicUrl, limits), so tests may set publicUrl once the server listens. */
  readonly web: WebConfig;
  /** Issuer, client id and secret per kind: config.web.citizenOidc/staffOidc or the development provider's clients. */
  readonly providers: Readonly<Record<SessionKind, OidcClientConfig>>;
  /** INSYN_SUBJECT_KEY_SECRET: subject keys, the identity seal and the rate-limit hashes derive from it. */
  readonly subjectKeySecret: string;
  readonly clock?: () => Date;
  /**
   * A citizen's login collects their identity from the provider: processing of personal data,
   * written to the processing log (`collect`, rights purpose) under the person's subject key.
   */
  readonly loginLog?: (subjectKey: string, detail: { readonly identity: 'personnummer' | 'foreign' }) => Promise<void>;
}

export interface CompleteLoginInput {
  readonly kind: SessionKind;
  /** The callback's query string as the browser brought it (code, state, iss or error). */
  readonly query: string;
  /** The state the browser's login cookie holds: the login must end in the browser that began it. */
  readonly boundState: string | undefined;
}

export interface WebAuth {
  /** VALIDATION_FAILED when returnTo is not a local path. */
  beginLogin(kind: SessionKind, returnTo: unknown): Promise<{ readonly redirectTo: string; readonly state: string }>;
  /** LOGIN_FAILED, ASSURANCE_TOO_LOW or ROLE_REQUIRED when the login is refused. */
  completeLogin(input: CompleteLoginInput): Promise<{ readonly token: string; readonly session: WebSession; readonly returnTo: string }>;
  resumeSession(token: string): Promise<WebSession | undefined>;
  endSession(token: string): Promise<void>;
  /** RATE_LIMITED over the configured limits; counts this submission. */
  checkRateLimit(input: RateLimitInput): Promise<void>;
  /** True when publicUrl is https: cookies get Secure. */
  secureCookies(): boolean;
}

export const LOGIN_FLOW_MINUTES = 10;

const callbackPaths: Readonly<Record<SessionKind, string>> = { citizen: '/inloggning/retur', staff: '/konsol/inloggning/retur' };
const returnFallbacks: Readonly<Record<SessionKind, string>> = { citizen: '/', staff: '/konsol' };

export function createWebAuth(deps: WebAuthDependencies): WebAuth {
  const clock = deps.clock ?? (() => new Date());
  const sealer = createContentSealer(deps.subjectKeySecret);
  const subjectKey = createSubjectKeyer(deps.subjectKeySecret);
  const foreignKey = createForeignSubjectKeyer(deps.subjectKeySecret);
  const sessions = createWebSessions({
    db: deps.db, sealer, clock, idleMinutes: deps.web.sessionIdleMinutes, maxHours: deps.web.sessionMaxHours,
  });
  const rateLimit = createRateLimiter({
    db: deps.db, clock, secret: deps.subjectKeySecret, perPerson: deps.web.rateLimitPerPerson, perAddress: deps.web.rateLimitPerAddress,
  });
  const housekeeping = createWebHousekeeping({ db: deps.db, clock, idleMinutes: deps.web.sessionIdleMinutes, loginFlowMinutes: LOGIN_FLOW_MINUTES });
  const parties = new Map<SessionKind, RelyingParty>();
  const party = (kind: SessionKind): RelyingParty => {
    const existing = parties.get(kind);
    if (existing) return existing;
    const created = createRelyingParty({
      provider: deps.providers[kind], redirectUri: `${deps.web.publicUrl}${callbackPaths[kind]}`, allowHttp: deps.mode !== 'production',
      scope: kind === 'citizen' ? `openid ${swedishOidcScopes.naturalPersonNumber} ${swedishOidcScopes.eidasNaturalPersonIdentity}` : 'openid profile',
      ...(kind === 'citizen' ? { acrValues: sufficientAssuranceLevels.join(' ') } : {}),
    });
    parties.set(kind, created);
    return created;
  };

  const newSession = (kind: SessionKind, claims: Claims): NewSession => {
    if (kind === 'staff') return { kind, identity: staffIdentityFromClaims(claims, deps.web.staffRolesClaim) };
    const identity = citizenIdentityFromClaims(claims);
    const key = identity.kind === 'personnummer' ? subjectKey(identity.identityNumber) : foreignKey(identity.foreignId);
    return { kind, identity, subjectKey: key };
  };

  return Object.freeze({
    async beginLogin(kind: SessionKind, returnTo: unknown) {
      const path = localReturnPath(returnTo, returnFallbacks[kind]);
      await housekeeping();
      const checks = { state: oidc.randomState(), nonce: oidc.randomNonce(), codeVerifier: oidc.randomPKCECodeVerifier() };
      const url = await party(kind).authorizationUrl(checks);
      await insertLoginFlow(deps.db, { ...checks, kind, returnTo: path, createdAt: clock() });
      return { redirectTo: url.href, state: checks.state };
    },
    async completeLogin(input: CompleteLoginInput) {
      const state = new URLSearchParams(input.query).get('state');
      if (!state) throw new InsynError('LOGIN_FAILED', 'no state in the answer');
      if (input.boundState !== state) throw new InsynError('LOGIN_FAILED', 'the login was not started in this browser');
      const flow = await takeLoginFlow(deps.db, state);
      if (!flow || flow.kind !== input.kind) throw new InsynError('LOGIN_FAILED', 'unknown or already used login attempt');
      if (clock().getTime() - flow.createdAt.getTime() > LOGIN_FLOW_MINUTES * 60_000) throw new InsynError('LOGIN_FAILED', 'the login attempt expired');
      const claims = await party(input.kind).exchange(input.query, flow);
      const created = await sessions.create(newSession(input.kind, claims));
      if (created.session.kind === 'citizen') await deps.loginLog?.(created.session.subjectKey, { identity: created.session.identity.kind });
      return { ...created, returnTo: flow.returnTo };
    },
    resumeSession: (token: string) => sessions.resume(token),
    endSession: (token: string) => sessions.end(token),
    async checkRateLimit(input: RateLimitInput) {
      await housekeeping();
      await rateLimit(input);
    },
    secureCookies: () => deps.web.publicUrl.startsWith('https:'),
  });
}
