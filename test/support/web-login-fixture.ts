// A real login setup for tests: the development identity provider on a free port, Insyn's server
// with createWebAuth on a free port and its own PGlite database, a movable clock, and a few
// test routes behind requireCitizen/requireStaff. `login` drives the provider's form like a person.
import assert from 'node:assert/strict';
import type { FastifyInstance } from 'fastify';
import type { WebConfig } from '../../src/config/config.ts';
import type { DatabaseHandle } from '../../src/db/database.ts';
import { startDevIdentityProvider, type DevIdentityProvider } from '../../src/devservices/identity-provider/dev-identity-provider.ts';
import { requireCitizen, requireStaff } from '../../src/http/auth/require-session.ts';
import { buildServer } from '../../src/http/build-server.ts';
import { createWebAuth, type WebAuth } from '../../src/operations/auth/create-web-auth.ts';
import type { CookieBrowser} from './cookie-browser.ts';
import { type Hop } from './cookie-browser.ts';
import { pgliteDatabase } from './test-databases.ts';
import { alwaysReady, demoCatalog } from './test-server.ts';

export const TEST_SUBJECT_SECRET = 'a-test-secret-of-at-least-32-characters';

export interface WebLoginFixture {
  readonly base: string;
  readonly idp: DevIdentityProvider;
  readonly auth: WebAuth;
  readonly database: DatabaseHandle;
  readonly logLines: Record<string, unknown>[];
  /** Moves the server's clock (sessions, login flows, rate windows) by this many milliseconds. */
  advance(ms: number): void;
  /** Holds the server's clock still (undefined lets it run again). */
  freeze(at: Date | undefined): void;
  close(): Promise<void>;
}

function testRoutes(app: FastifyInstance, auth: WebAuth): void {
  app.get('/test/medborgare', async (request, reply) => {
    const session = requireCitizen(request, reply);
    return session ? { identity: session.identity, subjectKey: session.subjectKey, csrfToken: session.csrfToken } : reply;
  });
  app.get('/test/konsol', async (request, reply) => {
    const session = requireStaff(request, reply, []);
    return session ? { identity: session.identity, csrfToken: session.csrfToken } : reply;
  });
  app.get('/test/granskning', async (request, reply) => (requireStaff(request, reply, ['granskare']) ? { ok: true } : reply));
  app.post('/test/formular', async (request, reply) => {
    const session = requireCitizen(request, reply);
    if (!session) return reply;
    await auth.checkRateLimit({ personKey: session.subjectKey, address: request.ip });
    return { ok: true };
  });
}

export async function webLoginFixture(limits: Partial<WebConfig> = {}): Promise<WebLoginFixture> {
  const database = await pgliteDatabase();
  const idp = await startDevIdentityProvider({ mode: 'development', publicUrl: 'http://127.0.0.1' });
  const web = {
    publicUrl: '', citizenOidc: undefined, staffOidc: undefined, staffRolesClaim: 'roles', devIdentityProviderPort: 0,
    sessionIdleMinutes: 15, sessionMaxHours: 8, rateLimitPerPerson: 10, rateLimitPerAddress: 100, trustedProxies: [], ...limits,
  };
  let offset = 0;
  let frozen: Date | undefined;
  const clock = () => frozen ?? new Date(Date.now() + offset);
  const auth = createWebAuth({ db: database.db, mode: 'development', web, providers: idp.clients, subjectKeySecret: TEST_SUBJECT_SECRET, clock });
  const logLines: Record<string, unknown>[] = [];
  const app = await buildServer({
    config: { mode: 'development', logLevel: 'info' }, catalog: demoCatalog(), ready: alwaysReady, auth,
    log: { level: 'info', destination: { write: (line) => { logLines.push(JSON.parse(line) as Record<string, unknown>); } } },
  });
  testRoutes(app, auth);
  const base = await app.listen({ host: '127.0.0.1', port: 0 });
  web.publicUrl = base;
  return {
    base, idp, auth, database, logLines,
    advance: (ms) => { offset += ms; },
    freeze: (at) => { frozen = at; },
    close: async () => {
      await app.close();
      await idp.close();
      await database.close();
    },
  };
}

/** The radio buttons' values on the provider's login page. */
export function listedPersons(page: string): string[] {
  return [...page.matchAll(/name="person" id="[^"]+" value="([^"]+)"/g)].map((match) => match[1]!);
}

/**
 * Starts a login at `loginPath`, chooses `person` on the provider's page and follows the answer
 * back to Insyn. Returns the provider's page and the last hop (the page returned to, or an error).
 */
export async function login(
  browser: CookieBrowser, base: string, loginPath: string, person: string,
): Promise<{ readonly loginPage: Hop; readonly result: Hop & { readonly hops: readonly URL[] } }> {
  const loginPage = await browser.follow(`${base}${loginPath}`);
  assert.equal(loginPage.response.status, 200, `the provider's login page (${loginPage.url.pathname})`);
  assert.match(loginPage.url.pathname, /^\/interaction\//);
  const result = await browser.submit(loginPage.url, { person, action: 'logga-in' });
  return { loginPage, result };
}
