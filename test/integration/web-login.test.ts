// E-legitimation round trips: the development identity provider (oidc-provider) and Insyn's
// server (openid-client) on free ports, a cookie-keeping client that follows every redirect by
// hand and submits the provider's login form like a person.
import assert from 'node:assert/strict';
import { after, before, test } from 'node:test';
import { createForeignSubjectKeyer } from '../../src/audit/foreign-subject-key.ts';
import { createSubjectKeyer } from '../../src/audit/subject-key.ts';
import { demoPersonas } from '../../src/devservices/demo-agency/demo-personas.ts';
import { startDevIdentityProvider } from '../../src/devservices/identity-provider/dev-identity-provider.ts';
import { assuranceLevels } from '../../src/domain/assurance-levels.ts';
import { isInsynError } from '../../src/domain/error-catalogue.ts';
import { CookieBrowser } from '../support/cookie-browser.ts';
import { listedPersons, login, TEST_SUBJECT_SECRET, webLoginFixture, type WebLoginFixture } from '../support/web-login-fixture.ts';

const personas = demoPersonas();
let fixture: WebLoginFixture;

before(async () => {
  fixture = await webLoginFixture();
});
after(async () => {
  await fixture?.close();
});

async function citizenLogin(person: string, returnTo = '/test/medborgare') {
  const browser = new CookieBrowser();
  const outcome = await login(browser, fixture.base, `/inloggning?tillbaka=${encodeURIComponent(returnTo)}`, person);
  return { browser, ...outcome };
}

async function sessionCount(): Promise<number> {
  const row = await fixture.database.db.selectFrom('web_session').select((eb) => eb.fn.countAll<number>().as('n')).executeTakeFirstOrThrow();
  return Number(row.n);
}

test('a citizen with personnummer logs in at level 3 and comes back to the page asked for, with a sealed session', async () => {
  const { browser, loginPage, result } = await citizenLogin('medborgare-vanlig');
  assert.match(loginPage.body, /<html lang="sv">/);
  assert.match(loginPage.body, /<h1>Utvecklingsinloggning för Insyn<\/h1>/);
  assert.deepEqual(listedPersons(loginPage.body), fixture.idp.accounts.filter((a) => a.audience === 'citizen').map((a) => a.id));
  assert.equal(result.response.status, 200);
  assert.equal(result.url.pathname, '/test/medborgare');
  const number = personas.ordinaryAdult.identityNumber;
  const body = JSON.parse(result.body) as { identity: Record<string, unknown>; subjectKey: string };
  assert.deepEqual(body.identity, {
    kind: 'personnummer', identityNumber: number, acr: assuranceLevels.loa3,
    name: `${personas.ordinaryAdult.givenName} ${personas.ordinaryAdult.familyName}`,
  });
  assert.equal(body.subjectKey, createSubjectKeyer(TEST_SUBJECT_SECRET)(number));
  const token = browser.cookies('127.0.0.1').get('insyn_session') ?? '';
  assert.match(token, /^[A-Za-z0-9_-]{43}$/);
  assert.equal(browser.cookies('127.0.0.1').has('insyn_login'), false, 'the login cookie is gone');
  const rows = await fixture.database.db.selectFrom('web_session').selectAll().execute();
  for (const row of rows) {
    assert.notEqual(row.id_hash, token, 'only a hash of the token is stored');
    assert.ok(!JSON.stringify(row).includes(number) && !JSON.stringify(row).includes(personas.ordinaryAdult.familyName));
  }
  for (const hop of result.hops) assert.ok(!hop.href.includes(number), 'no personnummer in any URL');
  assert.ok(!JSON.stringify(fixture.logLines).includes(number), 'no personnummer in the log');
});

test('the session cookie is HttpOnly, SameSite=Lax, Path=/ and not Secure over http', async () => {
  const browser = new CookieBrowser();
  const start = await browser.follow(`${fixture.base}/inloggning`, {}, 2);
  const page = await browser.submit(start.url, { person: 'medborgare-lakare', action: 'logga-in' });
  assert.equal(page.url.pathname, '/', 'no return path: the start page');
  const hops = await collectSetCookies(browser, 'medborgare-lakare');
  const session = hops.find((line) => line.startsWith('insyn_session=')) ?? '';
  assert.match(session, /HttpOnly/i);
  assert.match(session, /SameSite=Lax/i);
  assert.match(session, /Path=\//);
  assert.doesNotMatch(session, /Secure/i);
});

/** Logs in and returns the Set-Cookie lines of Insyn's callback response. */
async function collectSetCookies(browser: CookieBrowser, person: string): Promise<string[]> {
  const loginPage = await browser.follow(`${fixture.base}/inloggning`);
  let hop = await browser.request(loginPage.url, {
    method: 'POST', body: new URLSearchParams({ person, action: 'logga-in' }).toString(),
    headers: { 'content-type': 'application/x-www-form-urlencoded' },
  });
  while (!hop.url.pathname.endsWith('/inloggning/retur')) hop = await browser.request(new URL(hop.response.headers.get('location') ?? '', hop.url));
  return hop.response.headers.getSetCookie();
}

test('a samordningsnummer holder logs in with the coordinationNumber claim', async () => {
  const { result } = await citizenLogin('medborgare-samordningsnummer');
  const body = JSON.parse(result.body) as { identity: { kind: string; identityNumber: string } };
  assert.equal(body.identity.kind, 'personnummer');
  assert.equal(body.identity.identityNumber, personas.samordningsnummer.identityNumber);
});

test('a foreign eID (eIDAS, no personnummer) is accepted as a foreign identity keyed by its prid', async () => {
  const { result } = await citizenLogin('utlandsk-eidas');
  assert.equal(result.response.status, 200);
  const body = JSON.parse(result.body) as { identity: Record<string, unknown>; subjectKey: string };
  assert.deepEqual(body.identity, {
    kind: 'foreign', foreignId: 'DE:7a1c93e4f0b2', name: 'Lena Hoffmann', birthDate: '1981-06-14', acr: assuranceLevels.eidasSubstantial,
  });
  assert.equal(body.subjectKey, createForeignSubjectKeyer(TEST_SUBJECT_SECRET)('DE:7a1c93e4f0b2'));
});

test('a level-2 e-ID is refused with ASSURANCE_TOO_LOW, explained in Swedish, and opens no session', async () => {
  const before = await sessionCount();
  const { browser, result } = await citizenLogin('medborgare-loa2');
  assert.equal(result.response.status, 403);
  assert.match(result.body, /<h1>Inloggningen har för låg tillitsnivå\. Använd en e-legitimation med tillitsnivå 3 eller högre/);
  assert.match(result.body, /ASSURANCE_TOO_LOW/);
  assert.equal(browser.cookies('127.0.0.1').has('insyn_session'), false);
  assert.equal(await sessionCount(), before);
  const refusal = fixture.logLines.find((line) => line.msg === 'login refused' && line.code === 'ASSURANCE_TOO_LOW');
  assert.ok(refusal, 'the refusal is logged with its code');
});

test('a staff member logs in at the console with roles; the staff page lists staff only', async () => {
  const browser = new CookieBrowser();
  const { loginPage, result } = await login(browser, fixture.base, '/konsol/inloggning?tillbaka=%2Ftest%2Fkonsol', 'personal-skyddad');
  const listed = listedPersons(loginPage.body);
  assert.deepEqual(listed, fixture.idp.accounts.filter((a) => a.audience === 'staff').map((a) => a.id));
  assert.ok(!listed.includes('medborgare-vanlig'));
  assert.equal(result.response.status, 200);
  const body = JSON.parse(result.body) as { identity: Record<string, unknown> };
  assert.deepEqual(body.identity, { staffId: 'personal-skyddad', name: 'Karin Sjöberg', roles: ['handlaggare', 'skyddad-identitet'] });
  const reviewer = await browser.follow(`${fixture.base}/test/granskning`);
  assert.equal(reviewer.response.status, 403, 'a handläggare is not a granskare');
  assert.match(reviewer.body, /ROLE_REQUIRED/);
  const citizenPage = await browser.follow(`${fixture.base}/test/medborgare`, {}, 1);
  assert.equal(citizenPage.hops[0]?.pathname, '/inloggning', 'a staff session is no citizen session');
});

test('a staff member without a known role is refused with ROLE_REQUIRED; the console client logs in no citizen', async () => {
  const { result } = await login(new CookieBrowser(), fixture.base, '/konsol/inloggning', 'personal-utan-roll');
  assert.equal(result.response.status, 403);
  assert.match(result.body, /ROLE_REQUIRED/);
  const browser = new CookieBrowser();
  const staffPage = await browser.follow(`${fixture.base}/konsol/inloggning`);
  const wrong = await browser.submit(staffPage.url, { person: 'medborgare-vanlig', action: 'logga-in' });
  assert.equal(wrong.response.status, 400);
});

test('a page behind the login sends a GET to the login with its path and refuses a POST with LOGIN_REQUIRED', async () => {
  const browser = new CookieBrowser();
  const page = await browser.request(`${fixture.base}/test/medborgare?flik=2`);
  assert.equal(page.response.status, 303);
  assert.equal(page.response.headers.get('location'), '/inloggning?tillbaka=%2Ftest%2Fmedborgare%3Fflik%3D2');
  const console = await browser.request(`${fixture.base}/test/konsol`);
  assert.equal(console.response.headers.get('location'), '/konsol/inloggning?tillbaka=%2Ftest%2Fkonsol');
  const post = await browser.submit(`${fixture.base}/test/formular`, { text: 'x' });
  assert.equal(post.response.status, 401);
  assert.match(post.body, /LOGIN_REQUIRED/);
});

test('a POST with a session needs the session\'s CSRF token: none and a wrong one are CSRF_INVALID', async () => {
  const { browser, result } = await citizenLogin('medborgare-vardnadshavare');
  const { csrfToken } = JSON.parse(result.body) as { csrfToken: string };
  const attempts: Record<string, string>[] = [{ text: 'x' }, { text: 'x', _csrf: 'wrong' }, { text: 'x', _csrf: `${csrfToken.slice(0, -1)}${csrfToken.endsWith('A') ? 'B' : 'A'}` }];
  for (const fields of attempts) {
    const refused = await browser.submit(`${fixture.base}/test/formular`, fields);
    assert.equal(refused.response.status, 403);
    assert.match(refused.body, /CSRF_INVALID/);
    assert.match(refused.body, /Formuläret har gått ut/);
  }
  const accepted = await browser.submit(`${fixture.base}/test/formular`, { text: 'x', _csrf: csrfToken });
  assert.equal(accepted.response.status, 200);
  const noToken = await browser.submit(`${fixture.base}/utloggning`, {});
  assert.equal(noToken.response.status, 403, 'logout is a form too');
  const logout = await browser.request(`${fixture.base}/utloggning`, {
    method: 'POST', body: `_csrf=${csrfToken}`, headers: { 'content-type': 'application/x-www-form-urlencoded' },
  });
  assert.equal(logout.response.status, 303);
  assert.equal(logout.response.headers.get('location'), '/');
  assert.equal(browser.cookies('127.0.0.1').has('insyn_session'), false);
  assert.equal((await browser.request(`${fixture.base}/test/medborgare`)).response.status, 303, 'logged out');
});

test('the 11th submission in a minute by one person is RATE_LIMITED', async () => {
  const { browser, result } = await citizenLogin('medborgare-sekretess');
  const { csrfToken } = JSON.parse(result.body) as { csrfToken: string };
  fixture.freeze(new Date(Math.floor(Date.now() / 60_000) * 60_000 + 5_000));
  try {
    for (let index = 1; index <= 10; index += 1) {
      const accepted = await browser.submit(`${fixture.base}/test/formular`, { _csrf: csrfToken });
      assert.equal(accepted.response.status, 200, `submission ${index}`);
    }
    const refused = await browser.submit(`${fixture.base}/test/formular`, { _csrf: csrfToken });
    assert.equal(refused.response.status, 429);
    assert.match(refused.body, /Du har skickat för många förfrågningar/);
    fixture.freeze(new Date(Math.floor(Date.now() / 60_000) * 60_000 + 65_000));
    const nextMinute = await browser.submit(`${fixture.base}/test/formular`, { _csrf: csrfToken });
    assert.equal(nextMinute.response.status, 200, 'a new minute, a new window');
  } finally {
    fixture.freeze(undefined);
  }
  const keys = await fixture.database.db.selectFrom('rate_window').select('key').execute();
  assert.ok(keys.every((row) => /^[ap]:[0-9a-f]{64}$/.test(row.key)), 'addresses and persons only as keyed hashes');
  assert.ok(!keys.some((row) => row.key.includes('127.0.0.1')));
});

test('a session ends after the idle limit and after the absolute limit (server clock moved)', async () => {
  const idle = await citizenLogin('medborgare-skyddad');
  fixture.advance(14 * 60_000);
  assert.equal((await idle.browser.request(`${fixture.base}/test/medborgare`)).response.status, 200, '14 minutes idle: alive');
  fixture.advance(16 * 60_000);
  const expired = await idle.browser.request(`${fixture.base}/test/medborgare`);
  assert.equal(expired.response.status, 303, '16 minutes idle: gone');
  assert.equal(idle.browser.cookies('127.0.0.1').has('insyn_session'), false, 'the dead cookie is cleared');

  const busy = await citizenLogin('medborgare-skyddad');
  for (let minutes = 10; minutes < 8 * 60; minutes += 10) {
    fixture.advance(10 * 60_000);
    assert.equal((await busy.browser.request(`${fixture.base}/test/medborgare`)).response.status, 200, `${minutes} minutes in`);
  }
  fixture.advance(10 * 60_000);
  assert.equal((await busy.browser.request(`${fixture.base}/test/medborgare`)).response.status, 303, '8 hours: gone however active');
});

test('a return path to another site is refused: //evil.example, /\\evil.example, https://evil.example', async () => {
  const flows = async () => (await fixture.database.db.selectFrom('login_flow').selectAll().execute()).length;
  const stored = await flows();
  for (const target of ['//evil.example', '/\\evil.example', 'https://evil.example/', '/%0d%0aLocation:x'.replace('%0d%0a', '\r\n')]) {
    const response = await new CookieBrowser().request(`${fixture.base}/inloggning?tillbaka=${encodeURIComponent(target)}`);
    assert.equal(response.response.status, 400, target);
    assert.match(response.body, /VALIDATION_FAILED/);
  }
  assert.equal(await flows(), stored, 'no login flow was started');
});

test('an answer is accepted once, only in the browser that began the login, and within 10 minutes', async () => {
  const browser = new CookieBrowser();
  const loginPage = await browser.follow(`${fixture.base}/inloggning`);
  let hop = await browser.request(loginPage.url, {
    method: 'POST', body: 'person=medborgare-vanlig&action=logga-in', headers: { 'content-type': 'application/x-www-form-urlencoded' },
  });
  while (!hop.url.pathname.endsWith('/inloggning/retur')) hop = await browser.request(new URL(hop.response.headers.get('location') ?? '', hop.url));
  assert.equal(hop.response.status, 303, 'the first answer opens a session');
  const replay = await browser.request(hop.url);
  assert.equal(replay.response.status, 401, 'the same answer again');
  assert.match(replay.body, /LOGIN_FAILED/);

  const other = new CookieBrowser();
  const started = await other.follow(`${fixture.base}/inloggning`);
  hop = await other.request(started.url, {
    method: 'POST', body: 'person=medborgare-vanlig&action=logga-in', headers: { 'content-type': 'application/x-www-form-urlencoded' },
  });
  while (!hop.url.pathname.endsWith('/inloggning/retur')) hop = await other.request(new URL(hop.response.headers.get('location') ?? '', hop.url));
  const elsewhere = await new CookieBrowser().request(hop.url);
  assert.equal(elsewhere.response.status, 401, 'another browser brings the answer');

  const slow = new CookieBrowser();
  const slowPage = await slow.follow(`${fixture.base}/inloggning`);
  fixture.advance(11 * 60_000);
  const late = await slow.submit(slowPage.url, { person: 'medborgare-vanlig', action: 'logga-in' });
  assert.equal(late.response.status, 401, 'after 10 minutes');
  assert.match(late.body, /LOGIN_FAILED/);
});

test('cancelling at the provider is LOGIN_FAILED and opens no session', async () => {
  const browser = new CookieBrowser();
  const page = await browser.follow(`${fixture.base}/inloggning`);
  const cancelled = await browser.submit(page.url, { action: 'avbryt' });
  assert.equal(cancelled.response.status, 401);
  assert.match(cancelled.body, /Inloggningen misslyckades/);
  assert.equal(browser.cookies('127.0.0.1').has('insyn_session'), false);
});

test('production mode refuses the development identity provider', async () => {
  await assert.rejects(
    startDevIdentityProvider({ mode: 'production', publicUrl: 'https://insyn.example' }),
    (error) => isInsynError(error, 'DEV_SERVICE_REFUSED'),
  );
});
