// The accessibility statement's feedback function (R44, meddelandefunktion) against the real
// server and a PGlite database: a message posted without a login is stored sealed and answered
// with a receipt in the page's language, then listed in the console for an administrator only;
// a post from another site, an empty or oversized message, and a sender over the address limit
// are refused with their codes and nothing stored; a signed-in visitor's form carries the CSRF token.
import assert from 'node:assert/strict';
import { after, before, test } from 'node:test';
import type { LightMyRequestResponse } from 'fastify';
import { isInsynError } from '../../src/domain/error-catalogue.ts';
import { syntheticIdentityNumber } from '../../src/domain/personnummer.ts';
import { openWebFixture, type SessionCookie, type WebFixture } from '../support/web-fixture.ts';

let fixture: WebFixture;
let administrator: SessionCookie;

before(async () => {
  fixture = await openWebFixture();
  administrator = await fixture.staffCookie(['administrator'], { staffId: 'adam', name: 'Adam Administratör' });
});
after(() => fixture.close());

type Fields = Readonly<Record<string, string>>;

function post(path: string, fields: Fields, headers: Readonly<Record<string, string>> = {}): Promise<LightMyRequestResponse> {
  return fixture.app.inject({
    method: 'POST', url: path, payload: new URLSearchParams(fields).toString(),
    headers: { 'content-type': 'application/x-www-form-urlencoded', ...headers },
  });
}

async function storedRows() {
  return fixture.db.selectFrom('accessibility_feedback').selectAll().orderBy('received_at').execute();
}

const message = 'Knappen "Skicka" på sidan om registerutdrag går inte att nå med tangentbordet.';

test('a message is stored sealed, with no address, and the sender gets the receipt in their language', async () => {
  const sent = await post('/tillganglighet', {
    message, page: '/e-tjanst/registerutdrag', name: 'Anna Andersson', email: 'anna@example.se', phone: '',
  }, { origin: 'http://localhost:80', 'sec-fetch-site': 'same-origin' });
  assert.equal(sent.statusCode, 303, sent.body.slice(0, 300));
  assert.equal(sent.headers.location, '/tillganglighet/tack');
  const receipt = await fixture.app.inject({ url: '/tillganglighet/tack' });
  assert.equal(receipt.statusCode, 200);
  assert.match(receipt.body, /<h1>Tack för ditt meddelande<\/h1>/);
  assert.match(receipt.body, /<a href="\/tillganglighet">Tillbaka till tillgänglighetsredogörelsen<\/a>/);

  const [row, ...more] = await storedRows();
  assert.equal(more.length, 0);
  assert.ok(row);
  assert.equal(row.language, 'sv');
  assert.deepEqual(Object.keys(row).sort(), ['contact_sealed', 'id', 'language', 'message_sealed', 'received_at']);
  const stored = JSON.stringify(row);
  for (const clear of ['registerutdrag', 'Anna', 'anna@example.se', '/e-tjanst']) assert.ok(!stored.includes(clear), `${clear} is not stored in clear`);
  assert.match(row.message_sealed, /^c1\./);
  assert.match(row.contact_sealed ?? '', /^c1\./);
  const sealer = fixture.caseworkDeps.contentSealer;
  assert.deepEqual(sealer.openJson(row.message_sealed, row.id), { message, page: '/e-tjanst/registerutdrag' });
  assert.deepEqual(sealer.openJson(row.contact_sealed ?? '', row.id), { name: 'Anna Andersson', email: 'anna@example.se', phone: null });
  assert.throws(() => sealer.openJson(row.message_sealed, 'another-row'), (error) => isInsynError(error, 'SUBJECT_SEAL_INVALID'));
});

test('the English form answers with the English receipt; a message without contact details stores none', async () => {
  fixture.advance(60_000);
  const sent = await post('/en/accessibility', { message: 'The PDF has no headings.' });
  assert.equal(sent.statusCode, 303);
  assert.equal(sent.headers.location, '/en/accessibility/thank-you');
  const receipt = await fixture.app.inject({ url: '/en/accessibility/thank-you' });
  assert.match(receipt.body, /<html lang="en">/);
  assert.match(receipt.body, /<h1>Thank you for your message<\/h1>/);
  const row = (await storedRows()).at(-1);
  assert.equal(row?.language, 'en');
  assert.equal(row?.contact_sealed, null);
});

test('the console lists the messages newest first for an administrator', async () => {
  const response = await fixture.app.inject({ url: '/konsol/tillganglighet', headers: { cookie: administrator.cookie } });
  assert.equal(response.statusCode, 200);
  assert.equal(response.headers['cache-control'], 'no-store');
  const body = response.body;
  assert.match(body, /<h1>Tillgänglighetsmeddelanden<\/h1>/);
  assert.match(body, /<a href="\/konsol\/tillganglighet" aria-current="page">Tillgänglighetsmeddelanden<\/a>/);
  assert.match(body, /2 meddelanden\./);
  const english = body.indexOf('The PDF has no headings.');
  const swedish = body.indexOf('Knappen &quot;Skicka&quot; på sidan om registerutdrag');
  assert.ok(english > 0 && swedish > english, 'newest first, the message escaped');
  assert.match(body, /<time datetime="2026-03-02T09:01:00.000Z">2 mars 2026 kl. 10:01<\/time>/);
  assert.match(body, /<dd>\/e-tjanst\/registerutdrag<\/dd>/);
  assert.match(body, /E-post: <a href="mailto:anna@example.se">anna@example.se<\/a>/);
  assert.match(body, /Namn: Anna Andersson/);
  assert.match(body, /<dd>Vill inte ha svar<\/dd>/);
  assert.match(body, /<dd>Inte angiven<\/dd>/);
  const englishPage = await fixture.app.inject({ url: '/konsol/tillganglighet?lang=en', headers: { cookie: administrator.cookie } });
  assert.match(englishPage.body, /<h1>Accessibility feedback<\/h1>/);
});

test('no one else reads it: other staff roles get ROLE_REQUIRED, a citizen or a visitor is sent to the staff login', async () => {
  for (const roles of [['handlaggare'], ['granskare'], ['dataskyddsombud']] as const) {
    const staff = await fixture.staffCookie(roles, { staffId: `s-${roles[0]}` });
    const response = await fixture.app.inject({ url: '/konsol/tillganglighet', headers: { cookie: staff.cookie } });
    assert.equal(response.statusCode, 403, roles[0]);
    assert.match(response.body, /ROLE_REQUIRED/);
    assert.doesNotMatch(response.body, /anna@example\.se|Knappen/);
    const queue = await fixture.app.inject({ url: '/konsol', headers: { cookie: staff.cookie } });
    assert.doesNotMatch(queue.body, /\/konsol\/tillganglighet/, `no link for ${roles[0]}`);
  }
  const citizen = await fixture.citizenCookie(syntheticIdentityNumber('1984-03-12', 901).normalized);
  for (const headers of [{ cookie: citizen.cookie }, {}]) {
    const response = await fixture.app.inject({ url: '/konsol/tillganglighet', headers });
    assert.equal(response.statusCode, 303);
    assert.match(String(response.headers.location), /^\/konsol\/inloggning\?tillbaka=/);
  }
  await assert.rejects(fixture.accessibilityFeedback.latest({ roles: ['handlaggare', 'dataskyddsombud'] }), (error) => isInsynError(error, 'ROLE_REQUIRED'));
});

test('a post from another site is refused (CROSS_ORIGIN_REFUSED) and nothing is stored', async () => {
  const before = (await storedRows()).length;
  const foreign: readonly Readonly<Record<string, string>>[] = [{ origin: 'https://evil.example' }, { 'sec-fetch-site': 'cross-site' }];
  for (const headers of foreign) {
    const response = await post('/tillganglighet', { message: 'Klicka här!' }, headers);
    assert.equal(response.statusCode, 403);
    assert.match(response.body, /CROSS_ORIGIN_REFUSED/);
  }
  // Sandboxed frames send "Origin: null" too; the browser's Sec-Fetch-Site then names the other site.
  const sandboxed = await post('/tillganglighet', { message: 'Klicka här!' }, { origin: 'null', 'sec-fetch-site': 'cross-site' });
  assert.equal(sandboxed.statusCode, 403);
  assert.match(sandboxed.body, /CROSS_ORIGIN_REFUSED/);
  assert.equal((await storedRows()).length, before);
});

test('a form whose page names no origin ("Origin: null") is accepted only when Sec-Fetch-Site says it is Insyn\'s own', async () => {
  const before = (await storedRows()).length;
  const own = await post('/tillganglighet', { message: 'Från webbplatsens eget formulär.' }, { origin: 'null', 'sec-fetch-site': 'same-origin' });
  assert.equal(own.statusCode, 303, own.body.slice(0, 300));
  assert.equal((await storedRows()).length, before + 1);
});

test('an empty or oversized message is shown again with a clear error linked to the field; nothing is stored', async () => {
  const before = (await storedRows()).length;
  const empty = await post('/tillganglighet', { message: '   ', page: 'Startsidan', email: 'anna@example.se' });
  assert.equal(empty.statusCode, 422);
  assert.match(empty.body, /<title>Fel: Tillgänglighetsredogörelse/);
  assert.match(empty.body, /<a href="#feedback-message"><span class="visually-hidden">Fel: <\/span>Skriv ditt meddelande<\/a>/);
  assert.match(empty.body, /value="Startsidan"/);
  assert.match(empty.body, /value="anna@example.se"/);
  const long = await post('/en/accessibility', { message: 'x'.repeat(4001) });
  assert.equal(long.statusCode, 422);
  assert.match(long.body, /<a href="#feedback-message"><span class="visually-hidden">Error: <\/span>The message can be at most 4,000 characters<\/a>/);
  assert.ok(long.body.includes(`>${'x'.repeat(4001)}</textarea>`), 'the text is kept to shorten');
  assert.equal((await storedRows()).length, before);
});

test('a signed-in visitor: the form carries the session\'s CSRF token, and a post without it is refused', async () => {
  const citizen = await fixture.citizenCookie(syntheticIdentityNumber('1990-01-01', 902).normalized);
  const page = await fixture.app.inject({ url: '/tillganglighet', headers: { cookie: citizen.cookie } });
  assert.ok(page.body.includes(`<input type="hidden" name="_csrf" value="${citizen.csrfToken}">`));
  assert.match(String(page.headers['cache-control']), /no-store/);
  const without = await post('/tillganglighet', { message }, { cookie: citizen.cookie });
  assert.equal(without.statusCode, 403);
  assert.match(without.body, /CSRF_INVALID/);
  const withToken = await post('/tillganglighet', { message, _csrf: citizen.csrfToken }, { cookie: citizen.cookie });
  assert.equal(withToken.statusCode, 303);
  const anonymous = await fixture.app.inject({ url: '/tillganglighet' });
  assert.doesNotMatch(anonymous.body, /name="_csrf"/);
});

test('every submission counts against the address: over the limit is RATE_LIMITED until the next minute', async (t) => {
  const limited = await openWebFixture({ web: { rateLimitPerAddress: 3 } });
  t.after(() => limited.close());
  const send = (fields: Fields, address = '192.0.2.7') => limited.app.inject({
    method: 'POST', url: '/tillganglighet', payload: new URLSearchParams(fields).toString(), remoteAddress: address,
    headers: { 'content-type': 'application/x-www-form-urlencoded' },
  });
  assert.equal((await send({ message: 'Ett' })).statusCode, 303);
  assert.equal((await send({ message: '' })).statusCode, 422);
  assert.equal((await send({ message: 'Tre' })).statusCode, 303);
  const over = await send({ message: 'Fyra' });
  assert.equal(over.statusCode, 429);
  assert.match(over.body, /RATE_LIMITED/);
  assert.equal((await send({ message: 'Från en annan adress' }, '198.51.100.9')).statusCode, 303);
  limited.advance(60_000);
  assert.equal((await send({ message: 'En minut senare' })).statusCode, 303);
  const count = await limited.db.selectFrom('accessibility_feedback').select((eb) => eb.fn.countAll().as('n')).executeTakeFirstOrThrow();
  assert.equal(Number(count.n), 4);
});
