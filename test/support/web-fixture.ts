// Insyn's web server with everything behind it for inject() and browser tests: a migrated PGlite
// database of its own, the real processing log, keys and sealers, the casework service, WebAuth
// with real sessions (rows in web_session, opened through createWebSessions: no identity provider
// is needed to be logged in), and buildServer with auth and casework. One secret drives the
// subject keys of sessions and of cases, so a session's subjectKey is the key casework stores.
// The clock stands still (settable), so deadlines and rate-limit windows are deterministic.
import type { FastifyInstance } from 'fastify';
import type { Kysely } from 'kysely';
import { createContentSealer } from '../../src/audit/content-sealer.ts';
import { createRecordKeyer } from '../../src/audit/record-key.ts';
import { createForeignSubjectKeyer } from '../../src/audit/foreign-subject-key.ts';
import type { ProcessingLog } from '../../src/audit/processing-log.ts';
import { createSubjectKeyer } from '../../src/audit/subject-key.ts';
import { createSubjectSealer } from '../../src/audit/subject-sealer.ts';
import type { CaseworkConfig, OidcClientConfig, WebConfig } from '../../src/config/config.ts';
import type { Database } from '../../src/db/database-schema.ts';
import type { DatabaseHandle } from '../../src/db/database.ts';
import { parseIdentityNumber, type IdentityNumber } from '../../src/domain/personnummer.ts';
import { buildServer } from '../../src/http/build-server.ts';
import { SESSION_COOKIE } from '../../src/http/plugins/web-session.ts';
import { createWebAuth, type WebAuth } from '../../src/operations/auth/create-web-auth.ts';
import { createRateLimiter } from '../../src/operations/auth/rate-limiter.ts';
import { createAccessibilityFeedback, type AccessibilityFeedbackService } from '../../src/operations/accessibility/accessibility-feedback.ts';
import type { StaffRole } from '../../src/operations/auth/web-identity.ts';
import { createWebSessions, type NewSession, type WebSessions } from '../../src/operations/auth/web-sessions.ts';
import {
  createCaseworkService, type CaseworkService, type CaseworkServiceDependencies,
} from '../../src/operations/requests/casework-service.ts';
import { createConsentService, type ConsentService } from '../../src/operations/consent/consent-service.ts';
import { settleCollection } from './collection-outcome.ts';
import { openLog } from './processing-log-fixtures.ts';
import { pgliteDatabase } from './test-databases.ts';
import { alwaysReady, demoCatalog } from './test-server.ts';

export const WEB_FIXTURE_SECRET = 'web-fixture-secret-of-at-least-32-characters';
/** The default time of the fixture's clock: Monday 2 March 2026, 10:00 in Sweden. */
export const WEB_FIXTURE_NOW = '2026-03-02T09:00:00.000Z';

export interface WebFixtureOptions {
  /** Where the clock starts (ISO); default WEB_FIXTURE_NOW. */
  readonly now?: string;
  /** Session lifetimes and rate limits; the defaults are the product's (15 min, 8 h, 10 and 100 a minute). */
  readonly web?: Partial<WebConfig>;
  /** Identity providers for logins (default: addresses that are never called). */
  readonly providers?: Readonly<Record<'citizen' | 'staff', OidcClientConfig>>;
  readonly casework?: Partial<CaseworkConfig>;
  /** Personnummer (12 digits) of persons with protected identity. */
  readonly protectedNumbers?: readonly string[];
  /** Custody in the population register as [guardian, child] personnummer (12 digits). */
  readonly custody?: readonly (readonly [string, string])[];
  /** Collects the server's log lines (parsed JSON); logging is silent without it. */
  readonly logLines?: Record<string, unknown>[];
}

export interface SessionCookie {
  /** The value for a `cookie` request header: `insyn_session=<token>`. */
  readonly cookie: string;
  /** The session's token, e.g. for a browser context's cookie. */
  readonly token: string;
  /** The value of the `_csrf` form field every POST must carry. */
  readonly csrfToken: string;
  /** The citizen's subject key (what cases are found by); undefined for staff. */
  readonly subjectKey?: string;
}

export interface WebFixture {
  readonly app: FastifyInstance;
  readonly database: DatabaseHandle;
  readonly db: Kysely<Database>;
  readonly processingLog: ProcessingLog;
  readonly casework: CaseworkService;
  readonly caseworkDeps: CaseworkServiceDependencies;
  readonly auth: WebAuth;
  readonly sessions: WebSessions;
  /** The accessibility statement's feedback function, limited per address like the other public forms. */
  readonly accessibilityFeedback: AccessibilityFeedbackService;
  /** Cookie consent (the banner on every page until a choice). */
  readonly consent: ConsentService;
  /** A citizen logged in with e-legitimation (personnummer or samordningsnummer). */
  citizenCookie(identityNumber: string, options?: { readonly name?: string }): Promise<SessionCookie>;
  /** A citizen logged in with a foreign eID (no personnummer: cases go to manual matching). */
  foreignCookie(foreignId: string, options?: { readonly name?: string; readonly birthDate?: string }): Promise<SessionCookie>;
  /** A staff member with these roles. */
  staffCookie(roles: readonly StaffRole[], options?: { readonly staffId?: string; readonly name?: string }): Promise<SessionCookie>;
  /** Moves an access request on as the extract worker does when collection found nothing to review: received → collecting → ready. */
  collected(requestId: string): Promise<void>;
  /** Processing-log rows with outcome 'refused' (refused views of cases, among others). */
  refusedCount(): Promise<number>;
  setNow(iso: string): void;
  advance(ms: number): void;
  now(): Date;
  close(): Promise<void>;
}

const unusedProvider: OidcClientConfig = { issuer: 'http://127.0.0.1:9/no-identity-provider', clientId: 'unused', clientSecret: 'unused' };

function webConfig(overrides: Partial<WebConfig> = {}): WebConfig {
  return {
    publicUrl: 'http://127.0.0.1', citizenOidc: undefined, staffOidc: undefined, staffRolesClaim: 'roles', devIdentityProviderPort: 0,
    sessionIdleMinutes: 15, sessionMaxHours: 8, rateLimitPerPerson: 10, rateLimitPerAddress: 100, trustedProxies: [], ...overrides,
  };
}

function caseworkDependencies(
  database: DatabaseHandle, log: ProcessingLog, clock: () => Date, options: WebFixtureOptions,
): CaseworkServiceDependencies {
  const protectedNumbers = new Set(options.protectedNumbers ?? []);
  const custody = new Set((options.custody ?? []).map(([guardian, child]) => `${guardian}>${child}`));
  return {
    db: database.db, catalog: demoCatalog(), processingLog: log, viewLog: log,
    subjectKey: createSubjectKeyer(WEB_FIXTURE_SECRET), sealer: createSubjectSealer(WEB_FIXTURE_SECRET),
    contentSealer: createContentSealer(WEB_FIXTURE_SECRET), recordKeyer: createRecordKeyer(WEB_FIXTURE_SECRET), clock,
    casework: { caseNumberPrefix: 'DSR', duplicateWindowDays: 30, reminderWorkingDays: 5, erasureWaitMs: 0, ...options.casework }, evesAreHolidays: false,
    protectionOf: async (subject: IdentityNumber) => protectedNumbers.has(subject.normalized),
    guardianOf: async (guardian: IdentityNumber, child: IdentityNumber) => custody.has(`${guardian.normalized}>${child.normalized}`),
  };
}

function cookieOf(created: { readonly token: string; readonly session: { readonly csrfToken: string } }, subjectKey?: string): SessionCookie {
  return {
    cookie: `${SESSION_COOKIE}=${created.token}`, token: created.token, csrfToken: created.session.csrfToken,
    ...(subjectKey === undefined ? {} : { subjectKey }),
  };
}

/** Opens the fixture; call close() when done (e.g. in `after`). */
export async function openWebFixture(options: WebFixtureOptions = {}): Promise<WebFixture> {
  const database = await pgliteDatabase();
  let now = new Date(options.now ?? WEB_FIXTURE_NOW);
  const clock = () => now;
  const processingLog = openLog(database.db, { checkpointIntervalMs: 0 });
  const caseworkDeps = caseworkDependencies(database, processingLog, clock, options);
  const casework = createCaseworkService(caseworkDeps);
  const web = webConfig(options.web);
  const auth = createWebAuth({
    db: database.db, mode: 'development', web, providers: options.providers ?? { citizen: unusedProvider, staff: unusedProvider },
    subjectKeySecret: WEB_FIXTURE_SECRET, clock,
  });
  const sessions = createWebSessions({
    db: database.db, sealer: createContentSealer(WEB_FIXTURE_SECRET), clock, idleMinutes: web.sessionIdleMinutes, maxHours: web.sessionMaxHours,
  });
  const accessibilityFeedback = createAccessibilityFeedback({
    db: database.db, sealer: caseworkDeps.contentSealer, clock,
    rateLimit: createRateLimiter({ db: database.db, clock, secret: WEB_FIXTURE_SECRET, perPerson: web.rateLimitPerPerson, perAddress: web.rateLimitPerAddress }),
  });
  const lines = options.logLines;
  // Cookie consent as in production: every page has the banner until a choice is made.
  const consent = createConsentService({ db: database.db, catalog: caseworkDeps.catalog, clock, retention: 'P3Y' });
  const app = await buildServer({
    config: { mode: 'development', logLevel: 'info', casework: caseworkDeps.casework }, catalog: caseworkDeps.catalog, ready: alwaysReady, auth, casework, clock,
    accessibilityFeedback, consent,
    log: lines ? { level: 'info', destination: { write: (line) => { lines.push(JSON.parse(line) as Record<string, unknown>); } } } : { level: 'silent' },
  });
  const foreignKey = createForeignSubjectKeyer(WEB_FIXTURE_SECRET);
  const open = async (session: NewSession, subjectKey?: string) => cookieOf(await sessions.create(session), subjectKey);
  return {
    app, database, db: database.db, processingLog, casework, caseworkDeps, auth, sessions, accessibilityFeedback, consent,
    citizenCookie: async (identityNumber, more = {}) => {
      const { normalized } = parseIdentityNumber(identityNumber);
      const subjectKey = caseworkDeps.subjectKey(normalized);
      const identity = { kind: 'personnummer', identityNumber: normalized, name: more.name ?? 'Testa Testsson', acr: 'http://id.elegnamnden.se/loa/1.0/loa3' } as const;
      return open({ kind: 'citizen', identity, subjectKey }, subjectKey);
    },
    foreignCookie: async (foreignId, more = {}) => {
      const subjectKey = foreignKey(foreignId);
      const identity = {
        kind: 'foreign', foreignId, name: more.name ?? 'Erika Mustermann', birthDate: more.birthDate ?? null, acr: 'http://eidas.europa.eu/LoA/substantial',
      } as const;
      return open({ kind: 'citizen', identity, subjectKey }, subjectKey);
    },
    staffCookie: async (roles, more = {}) => open({ kind: 'staff', identity: { staffId: more.staffId ?? 'hanna', name: more.name ?? 'Hanna Handläggare', roles } }),
    collected: (requestId) => collected(caseworkDeps, requestId),
    refusedCount: async () => Number((await database.db.selectFrom('processing_log').select((eb) => eb.fn.countAll().as('n'))
      .where('outcome', '=', 'refused').executeTakeFirstOrThrow()).n),
    setNow: (iso) => { now = new Date(iso); },
    advance: (ms) => { now = new Date(now.getTime() + ms); },
    now: () => now,
    close: async () => {
      await app.close();
      await processingLog.close();
      await database.close();
    },
  };
}

async function collected(deps: CaseworkServiceDependencies, requestId: string): Promise<void> {
  await settleCollection(deps, requestId, 'ready');
}
