// Cookie consent end to end through HTTP on a real (PGlite) database: the banner until a choice,
// the form without JavaScript, the JSON API, proof records, GPC, revisions, cross-site refusal,
// open redirects refused, the agency's other sites, page views gated, append-only records and
// retention.
import assert from 'node:assert/strict';
import { test } from 'node:test';
import { sql } from 'kysely';
import { consentFixture, type ConsentFixture } from '../support/consent-fixture.ts';
import { openWebFixture } from '../support/web-fixture.ts';
import { demoCatalog, testServer } from '../support/test-server.ts';
import { consentNotice } from '../../src/operations/consent/consent-notice.ts';

const form = (fields: Record<string, string>) => new URLSearchParams(fields).toString();
const formHeaders = { 'content-type': 'application/x-www-form-urlencoded' };

function setCookies(response: { headers: Record<string, unknown> }): string[] {
  const header = response.headers['set-cookie'];
  return header === undefined ? [] : Array.isArray(header) ? header.map(String) : [String(header)];
}

function consentCookie(response: { headers: Record<string, unknown> }): string {
  const line = setCookies(response).find((cookie) => cookie.startsWith('insyn_consent=1'));
  assert.ok(line, 'the consent cookie is set');
  return decodeURIComponent(line.split(';')[0]?.slice('insyn_consent='.length) ?? '');
}

async function records(fixture: ConsentFixture) {
  return fixture.database.db.selectFrom('consent_record').selectAll().orderBy('recorded_at').orderBy('record_id').execute();
}

test('before a choice every public page opens with the banner; the scripts carry the CSP nonce and analytics is inert', async (t) => {
  const { app } = await consentFixture(t);
  for (const [path, language] of [['/', 'sv'], ['/en/personal-data', 'en']] as const) {
    const response = await app.inject({ url: path });
    assert.equal(response.statusCode, 200);
    const body = response.body;
    const notice = consentNotice(demoCatalog(), language);
    assert.match(body, /<body>\s*<section class="insyn-consent" id="insyn-consent" aria-labelledby="insyn-consent-heading"/);
    assert.ok(body.indexOf('insyn-consent') < body.indexOf('skip-link'), 'the banner comes before the skip link');
    assert.ok(body.includes(`>${notice.accept}</button>`) && body.includes(`>${notice.refuse}</button>`));
    assert.ok(!body.includes('role="dialog"'));
    const nonce = /'nonce-([^']+)'/.exec(String(response.headers['content-security-policy']))?.[1];
    assert.ok(nonce);
    assert.ok(body.includes(`<script src="/assets/consent.js" defer nonce="${nonce}"`));
    assert.ok(body.includes(`<script type="text/plain" data-consent="analytics" src="/assets/analytics.js" nonce="${nonce}"`));
    assert.ok(!body.includes('<!--insyn:'), 'no slot is left');
    assert.equal(response.headers['cache-control'], 'private, no-store');
  }
  const cookiePage = await app.inject({ url: '/kakor' });
  assert.ok(!cookiePage.body.includes('id="insyn-consent"'), 'the cookie page asks in its own form, not in a banner too');
  assert.match(cookiePage.body, /Du har inte gjort något val ännu/);
  assert.match(cookiePage.body, /<code>_pk_id<\/code>/);
});

test('a choice without JavaScript: recorded with the notice shown, cookie set, back to the page; withdrawal continues the chain and expires analytics cookies', async (t) => {
  const fixture = await consentFixture(t);
  const { app } = fixture;
  const accepted = await app.inject({
    method: 'POST', url: '/kakor', headers: formHeaders,
    payload: form({ choice: 'all', method: 'banner', return: '/behandling-av-personuppgifter' }),
  });
  assert.equal(accepted.statusCode, 303);
  assert.equal(accepted.headers.location, '/behandling-av-personuppgifter');
  const cookie = consentCookie(accepted);
  assert.match(cookie, /^1\.[A-Za-z0-9_-]{22}\.1\.analytics$/);
  const line = setCookies(accepted).find((entry) => entry.startsWith('insyn_consent=1')) ?? '';
  assert.match(line, /SameSite=Lax/);
  assert.match(line, /Max-Age=3\d{7}/);
  assert.doesNotMatch(line, /HttpOnly/);

  const after = await app.inject({ url: '/', cookies: { insyn_consent: cookie } });
  assert.ok(!after.body.includes('id="insyn-consent"'));
  assert.match(after.body, /<script src="\/assets\/analytics.js" defer nonce=/);

  const withdrawn = await app.inject({
    method: 'POST', url: '/en/cookies', headers: formHeaders, cookies: { insyn_consent: cookie, '_pk_id.1.ab12': 'x', _pk_ses: '1', other: 'y' },
    payload: form({ choice: 'necessary', method: 'settings' }),
  });
  assert.equal(withdrawn.statusCode, 303);
  assert.equal(withdrawn.headers.location, '/en/cookies?sparat=1');
  const expired = setCookies(withdrawn).filter((entry) => /Expires=Thu, 01 Jan 1970/.test(entry)).map((entry) => entry.split('=')[0]);
  assert.deepEqual(expired.sort(), ['_pk_id.1.ab12', '_pk_ses']);
  const newCookie = consentCookie(withdrawn);
  assert.equal(newCookie.split('.')[1], cookie.split('.')[1], 'the same consent id');
  assert.match(newCookie, /\.1\.$/);

  const rows = await records(fixture);
  assert.deepEqual(rows.map((row) => [row.event, row.granted, row.refused, row.method, row.language]), [
    ['given', ['analytics'], [], 'banner', 'sv'],
    ['withdrawn', [], ['analytics'], 'settings', 'en'],
  ]);
  assert.equal(rows[0]?.notice_hash, consentNotice(demoCatalog(), 'sv').hash);
  assert.equal(rows[0]?.site, 'http://localhost:80', 'the page\'s origin (inject\'s host)');
  assert.ok(!Object.keys(rows[0] ?? {}).some((column) => /ip|agent|address/.test(column)), 'no IP address or user agent is stored');
  const notice = await fixture.database.db.selectFrom('consent_notice').selectAll().where('hash', '=', rows[0]?.notice_hash ?? '').executeTakeFirst();
  assert.ok(notice?.notice.includes('Ja, jag godkänner alla kakor'));

  const proof = await app.inject({ url: '/api/consent/records', cookies: { insyn_consent: newCookie } });
  const body = proof.json() as { consentId: string; records: { event: { type: string }; notice: { text: string }; purposes: { category: string; status: string }[] }[] };
  assert.equal(body.consentId, cookie.split('.')[1]);
  assert.deepEqual(body.records.map((record) => record.event.type), ['given', 'withdrawn']);
  assert.ok(body.records[0]?.notice.text.includes('Kakor på'));
  assert.deepEqual(body.records[1]?.purposes.map((purpose) => [purpose.category, purpose.status]), [['necessary', 'necessary'], ['analytics', 'refused']]);

  const page = await app.inject({ url: '/kakor?sparat=1', cookies: { insyn_consent: newCookie } });
  assert.match(page.body, /Ditt val är sparat/);
  assert.match(page.body, /Du har valt att bara godkänna nödvändiga kakor/);
});

test('bad choices, cross-site posts and open redirects are refused; nothing is recorded for them', async (t) => {
  const fixture = await consentFixture(t, { consent: { sites: ['https://www.agency.example'] } });
  const { app } = fixture;
  const bad = await app.inject({ method: 'POST', url: '/kakor', headers: formHeaders, payload: form({ choice: 'maybe' }) });
  assert.equal(bad.statusCode, 400);
  assert.match(bad.body, /CONSENT_CHOICE_INVALID/);
  const evil = await app.inject({ method: 'POST', url: '/kakor', headers: { ...formHeaders, origin: 'https://evil.example' }, payload: form({ choice: 'all' }) });
  assert.equal(evil.statusCode, 403);
  assert.match(evil.body, /CROSS_ORIGIN_REFUSED/);
  const crossSite = await app.inject({ method: 'POST', url: '/kakor', headers: { ...formHeaders, 'sec-fetch-site': 'cross-site' }, payload: form({ choice: 'all' }) });
  assert.equal(crossSite.statusCode, 403);
  const unknown = await app.inject({ method: 'POST', url: '/api/consent', payload: { granted: ['marketing'] } });
  assert.equal(unknown.statusCode, 400);
  assert.equal(unknown.json().code, 'CONSENT_CHOICE_INVALID');
  assert.equal((await records(fixture)).length, 0);

  for (const target of ['//evil.example/x', 'https://evil.example/', '/\\evil.example', 'javascript:alert(1)']) {
    const response = await app.inject({ method: 'POST', url: '/kakor', headers: formHeaders, payload: form({ choice: 'necessary', return: target }) });
    assert.equal(response.headers.location, '/kakor?sparat=1', target);
  }
  const toSite = await app.inject({
    method: 'POST', url: '/kakor', headers: { ...formHeaders, origin: 'https://www.agency.example' },
    payload: form({ choice: 'all', return: 'https://www.agency.example/om-oss' }),
  });
  assert.equal(toSite.headers.location, 'https://www.agency.example/om-oss');
  assert.equal((await records(fixture)).at(-1)?.site, 'https://www.agency.example');
});

test('Global Privacy Control counts as refusal until the person chooses; a new consent revision asks again', async (t) => {
  const { app } = await consentFixture(t);
  const gpc = await app.inject({ url: '/', headers: { 'sec-gpc': '1' } });
  assert.ok(!gpc.body.includes('id="insyn-consent"'));
  assert.match(gpc.body, /type="text\/plain" data-consent="analytics"/);
  const state = (await app.inject({ url: '/api/consent', headers: { 'sec-gpc': '1' } })).json();
  assert.deepEqual([state.source, state.granted, state.bannerNeeded], ['gpc', [], false]);
  const chosen = await app.inject({ method: 'POST', url: '/api/consent', headers: { 'sec-gpc': '1' }, payload: { choice: 'all', method: 'settings' } });
  assert.equal(chosen.statusCode, 200);
  const cookie = consentCookie(chosen);
  const explicit = await app.inject({ url: '/', headers: { 'sec-gpc': '1' }, cookies: { insyn_consent: cookie } });
  assert.match(explicit.body, /<script src="\/assets\/analytics.js" defer/, 'an explicit choice wins over GPC');

  const revised = { ...demoCatalog(), consentRevision: 2 };
  const next = await consentFixture(t, { catalog: revised });
  const asked = await next.app.inject({ url: '/', cookies: { insyn_consent: cookie } });
  assert.ok(asked.body.includes('id="insyn-consent"'), 'a choice under revision 1 no longer counts');
  assert.match(asked.body, /type="text\/plain" data-consent="analytics"/);
  assert.match(asked.body, /data-revision="2"/);
});

test('the JSON API: CORS with credentials for the agency\'s sites only, answers after commit, many at once all stored', async (t) => {
  const fixture = await consentFixture(t, { consent: { sites: ['https://www.agency.example'] } });
  const { app } = fixture;
  const preflight = await app.inject({ method: 'OPTIONS', url: '/api/consent', headers: { origin: 'https://www.agency.example', 'access-control-request-method': 'POST' } });
  assert.equal(preflight.statusCode, 204);
  assert.equal(preflight.headers['access-control-allow-origin'], 'https://www.agency.example');
  assert.equal(preflight.headers['access-control-allow-credentials'], 'true');
  const stranger = await app.inject({ method: 'OPTIONS', url: '/api/consent', headers: { origin: 'https://evil.example' } });
  assert.equal(stranger.headers['access-control-allow-origin'], undefined);

  const responses = await Promise.all(Array.from({ length: 200 }, (_, index) => app.inject({
    method: 'POST', url: '/api/consent', headers: { origin: 'https://www.agency.example' },
    payload: { choice: index % 2 === 0 ? 'all' : 'necessary', language: 'en' },
  })));
  assert.ok(responses.every((response) => response.statusCode === 200));
  assert.equal(responses[0]?.headers['access-control-allow-origin'], 'https://www.agency.example');
  const ids = new Set(responses.map((response) => response.json().consentId));
  assert.equal(ids.size, 200);
  const stored = await fixture.database.db.selectFrom('consent_record').select('consent_id').execute();
  assert.deepEqual(new Set(stored.map((row) => row.consent_id)), ids, 'every acknowledged choice is stored');

  const fragment = await app.inject({ url: '/api/consent/banner?lang=en&return=https://www.agency.example/x' });
  assert.match(fragment.body, /<form class="insyn-consent-form" method="post" action="http:\/\/localhost\/en\/cookies"/);
  assert.match(fragment.body, /name="return" value="https:\/\/www.agency.example\/x"/);
  const cookie = consentCookie(responses[0] ?? assert.fail());
  assert.equal((await app.inject({ url: '/api/consent/banner', cookies: { insyn_consent: cookie } })).body, '');
});

test('page views are counted only with consent to analytics, per page name, never an address with ids', async (t) => {
  const fixture = await consentFixture(t);
  const { app } = fixture;
  const without = await app.inject({ method: 'POST', url: '/api/analytics/pageview', payload: { page: '/' } });
  assert.deepEqual(without.json(), { counted: false });
  const chosen = await app.inject({ method: 'POST', url: '/api/consent', payload: { choice: 'all' } });
  const cookie = consentCookie(chosen);
  for (const page of ['/', '/', '/e-tjanst/arenden/3f0c8a1e-1111-4a4a-9b9b-123456789abc', '/whatever?x=1']) {
    const counted = await app.inject({ method: 'POST', url: '/api/analytics/pageview', payload: { page }, cookies: { insyn_consent: cookie } });
    assert.deepEqual(counted.json(), { counted: true });
  }
  const rows = await fixture.database.db.selectFrom('page_view_count').select(['page', 'views']).orderBy('page').execute();
  assert.deepEqual(rows.map((row) => [row.page, Number(row.views)]), [['/', 2], ['/e-tjanst', 1], ['annan', 1]]);
});

test('records are append-only and deleted once past retention; the export has every record with its notice', async (t) => {
  const fixture = await consentFixture(t, { consent: { retention: 'P1Y' } });
  const { app, consent } = fixture;
  fixture.setNow(new Date('2024-01-10T10:00:00Z'));
  await app.inject({ method: 'POST', url: '/api/consent', payload: { choice: 'all' } });
  fixture.setNow(new Date('2025-06-10T10:00:00Z'));
  await app.inject({ method: 'POST', url: '/api/consent', payload: { choice: 'necessary' } });
  await assert.rejects(sql`update consent_record set event = 'given'`.execute(fixture.database.db), /append-only/);

  const exported = [];
  for await (const entry of consent.exportRecords({ from: new Date('2020-01-01'), to: new Date('2030-01-01') })) exported.push(entry);
  assert.deepEqual(exported.map((entry) => entry.event.type), ['given', 'refused']);
  assert.match(exported[0]?.schema ?? '', /27560/);
  assert.ok(exported.every((entry) => entry.notice.text?.startsWith('revision 1')));

  assert.equal(await consent.purgeExpired(), 1, 'the 2024 record is older than a year');
  const left = await fixture.database.db.selectFrom('consent_record').select('event').execute();
  assert.deepEqual(left.map((row) => row.event), ['refused']);
});

test('with INSYN_CONSENT_COOKIE_DOMAIN the choice is stored for the whole agency domain, and withdrawal expires there too', async (t) => {
  const { app } = await consentFixture(t, { consent: { cookieDomain: 'agency.example' }, publicUrl: 'https://insyn.agency.example' });
  const accepted = await app.inject({ method: 'POST', url: '/api/consent', payload: { choice: 'all' } });
  const line = setCookies(accepted).find((entry) => entry.startsWith('insyn_consent=1')) ?? '';
  assert.match(line, /Domain=agency\.example/);
  assert.match(line, /Secure/);
  const withdrawn = await app.inject({
    method: 'POST', url: '/api/consent', payload: { choice: 'necessary' }, cookies: { insyn_consent: consentCookie(accepted), _pk_ses: '1' },
  });
  const expired = setCookies(withdrawn).filter((entry) => entry.startsWith('_pk_ses=') && /Expires=Thu, 01 Jan 1970/.test(entry));
  assert.deepEqual(expired.map((entry) => /Domain=agency\.example/.test(entry)).sort(), [false, true], 'host-only and domain-wide both expire');
  const shadows = setCookies(accepted).filter((entry) => entry.startsWith('insyn_consent=;') && !/Domain=/.test(entry));
  assert.equal(shadows.length, 1, 'an old host-only consent cookie is expired so it cannot shadow the domain-wide one');
});

test('a `$` pattern in the address cannot rewrite the page; returns are normalised; a page naming no origin is accepted only from Insyn itself', async (t) => {
  const { app } = await consentFixture(t);
  const page = await app.inject({ url: '/?a=$`x$&y' });
  assert.equal(page.body.split('<head>').length, 2, 'the head is not copied into the banner');
  assert.ok(page.body.includes('name="return" value="/?a=$`x$&amp;y"'));
  const unicode = await app.inject({ method: 'POST', url: '/kakor', headers: formHeaders, payload: form({ choice: 'all', return: '/sök?ö=1#å' }) });
  assert.equal(unicode.statusCode, 303);
  assert.equal(unicode.headers.location, '/s%C3%B6k?%C3%B6=1#%C3%A5');
  const own = await app.inject({ method: 'POST', url: '/kakor', headers: { ...formHeaders, origin: 'null', 'sec-fetch-site': 'same-origin' }, payload: form({ choice: 'all' }) });
  assert.equal(own.statusCode, 303);
  const sibling = await app.inject({ method: 'POST', url: '/kakor', headers: { ...formHeaders, origin: 'null', 'sec-fetch-site': 'same-site' }, payload: form({ choice: 'all' }) });
  assert.equal(sibling.statusCode, 403);
  const proxied = await app.inject({ method: 'POST', url: '/api/consent', headers: { origin: 'https://localhost' }, payload: { choice: 'all' } });
  assert.equal(proxied.statusCode, 200, 'https in front of a TLS-terminating proxy is still Insyn\'s own origin');
});

test('a logged-in person chooses without a session token (the choice is no session action); other sites include the current script tags', async (t) => {
  const fixture = await openWebFixture();
  t.after(() => fixture.close());
  const citizen = await fixture.citizenCookie('198403129003');
  const chosen = await fixture.app.inject({
    method: 'POST', url: '/kakor', headers: { ...formHeaders, cookie: citizen.cookie, 'sec-fetch-site': 'same-site' },
    payload: form({ choice: 'necessary', method: 'banner', return: '/e-tjanst' }),
  });
  assert.equal(chosen.statusCode, 303, chosen.body.slice(0, 200));
  const { app } = await consentFixture(t, { publicUrl: 'https://insyn.agency.example', catalog: { ...demoCatalog(), consentRevision: 3 } });
  const tags = await app.inject({ url: '/api/consent/scripts?nonce=abc123' });
  assert.match(tags.body, /<link rel="stylesheet" href="https:\/\/insyn.agency.example\/assets\/consent.css">/);
  assert.match(tags.body, /<script src="https:\/\/insyn.agency.example\/assets\/consent.js" defer nonce="abc123" data-api="https:\/\/insyn.agency.example\/api\/consent" data-revision="3"/);
  assert.match(tags.body, /type="text\/plain" data-consent="analytics" src="https:\/\/insyn.agency.example\/assets\/analytics.js"/);
  assert.equal((await app.inject({ url: '/api/consent/scripts?nonce=%22%3E' })).statusCode, 400);
});

test('a server without consent serves the consent assets its pages link, and its pages carry no banner or slot', async (t) => {
  const app = await testServer(t);
  const css = await app.inject({ url: '/assets/consent.css' });
  assert.equal(css.statusCode, 200);
  assert.match(String(css.headers['content-type']), /^text\/css/);
  assert.equal(css.headers['cross-origin-resource-policy'], 'same-site');
  const page = await app.inject({ url: '/' });
  assert.ok(!page.body.includes('insyn-consent') && !page.body.includes('<!--insyn:'));
});
