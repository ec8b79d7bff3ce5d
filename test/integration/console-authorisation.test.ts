// Who may do what in the staff console (issue 4, items 5, 6 and 8), against the real server,
// database and processing log: a handläggare cannot approve; the proposer of a decision cannot
// approve it (APPROVAL_NOT_ALLOWED), another granskare can; a case handler without the
// skyddad-identitet authorisation gets 403 on EVERY route that takes the id of a protected
// person's case, each refusal logged; forms without the CSRF token are refused; the DPO
// dashboard and its CSV only for dataskyddsombud and administratör.
import assert from 'node:assert/strict';
import { after, before, test } from 'node:test';
import { syntheticIdentityNumber } from '../../src/domain/personnummer.ts';
import { caseActionSlugs } from '../../src/http/views/console/case-paths.ts';
import { getConsole, pageText, phoneCall, postConsole, registerInConsole, type ConsoleFields } from '../support/console-forms.ts';
import { openWebFixture, type SessionCookie, type WebFixture } from '../support/web-fixture.ts';

const dashed = (normalized: string) => `${normalized.slice(0, 8)}-${normalized.slice(8)}`;
const person = dashed(syntheticIdentityNumber('1984-03-12', 900).normalized);
/** A person of their own per test: a second request for the same right would be a duplicate. */
let serial = 100;
const nextPerson = () => dashed(syntheticIdentityNumber('1990-01-01', (serial += 1)).normalized);
const hidden = syntheticIdentityNumber('1979-09-09', 456).normalized;

let fixture: WebFixture;
let handler: SessionCookie;
let greta: SessionCookie;
let gustav: SessionCookie;
let protectedHandler: SessionCookie;

before(async () => {
  fixture = await openWebFixture({ protectedNumbers: [hidden] });
  handler = await fixture.staffCookie(['handlaggare'], { staffId: 'hanna' });
  greta = await fixture.staffCookie(['granskare'], { staffId: 'greta', name: 'Greta Granskare' });
  gustav = await fixture.staffCookie(['granskare'], { staffId: 'gustav', name: 'Gustav Granskare' });
  protectedHandler = await fixture.staffCookie(['handlaggare', 'skyddad-identitet'], { staffId: 'sara' });
});
after(() => fixture.close());

const refusal: ConsoleFields = {
  items: '1', step: 'propose', 'item-0-description': 'Radering av uppgifterna i ärendet om sjukpenning', 'item-0-outcome': 'refused',
  'item-0-reasons': 'Uppgifterna behövs för att handlägga ärendet om sjukpenning.', 'item-0-grounds': ['gdpr-17-3-b'], refusalKind: '',
};
const action = (id: string, name: keyof typeof caseActionSlugs) => `/konsol/arenden/${id}/${caseActionSlugs[name]}`;

test('an incomplete decision is shown again with its problems linked to the fields, nothing proposed', async () => {
  const id = await registerInConsole(fixture.app, handler, phoneCall(nextPerson(), { right: 'erasure', correction: '' }));
  const response = await postConsole(fixture.app, handler, action(id, 'decision'), { ...refusal, 'item-0-reasons': 'Nej.', 'item-0-grounds': [] });
  assert.equal(response.statusCode, 422);
  const links = [...response.body.matchAll(/<li><a href="#([^"]+)">/g)].map((match) => match[1]);
  assert.deepEqual(links, ['item-0-reasons', 'item-0-grounds-0']);
  assert.match(response.body, /<input type="text" id="item-0-description" name="item-0-description"[^>]*value="Radering av uppgifterna i ärendet om sjukpenning">/);
  assert.equal((await fixture.casework.staffCase(id, { staffId: 'test', roles: ['handlaggare'] })).decision, null);
});

test('"add an item" shows the form again with one more item and the values kept, nothing saved', async () => {
  const id = await registerInConsole(fixture.app, handler, phoneCall(nextPerson(), { right: 'restriction', correction: '' }));
  const response = await postConsole(fixture.app, handler, action(id, 'decision'), { ...refusal, step: 'add-item' });
  assert.equal(response.statusCode, 200);
  assert.match(response.body, /<legend>Punkt 2<\/legend>/);
  assert.match(response.body, /<input type="hidden" name="items" value="2">/);
  assert.match(response.body, /value="refused" checked/);
  assert.doesNotMatch(response.body, /error-summary/);
});

test('four eyes: a handläggare cannot approve, the proposer cannot approve their own decision, another granskare can', async () => {
  const id = await registerInConsole(fixture.app, handler, phoneCall(nextPerson(), { right: 'erasure', correction: '', channel: 'letter' }));
  const proposed = await postConsole(fixture.app, greta, action(id, 'decision'), refusal);
  assert.equal(proposed.statusCode, 303);
  assert.equal(proposed.headers.location, `/konsol/arenden/${id}?klart=decision-proposed`);

  const byHandler = await postConsole(fixture.app, handler, action(id, 'decision-approve'));
  assert.equal(byHandler.statusCode, 403);
  assert.match(byHandler.body, /ROLE_REQUIRED/);
  const handlerPage = pageText((await getConsole(fixture.app, handler, `/konsol/arenden/${id}`)).body);
  assert.ok(handlerPage.includes('Beslutet väntar på godkännande av en granskare.'));

  const ownPage = await getConsole(fixture.app, greta, `/konsol/arenden/${id}`);
  assert.ok(pageText(ownPage.body).includes('Du föreslog beslutet. En annan granskare godkänner det.'));
  assert.doesNotMatch(ownPage.body, /beslut\/godkann/);
  const byProposer = await postConsole(fixture.app, greta, action(id, 'decision-approve'));
  assert.equal(byProposer.statusCode, 403);
  assert.match(byProposer.body, /<a href="#handlaggning">Du kan inte godkänna detta\./);
  assert.equal((await fixture.casework.staffCase(id, { staffId: 'test', roles: ['handlaggare'] })).summary.status, 'approval');

  const otherPage = await getConsole(fixture.app, gustav, `/konsol/arenden/${id}`);
  assert.match(otherPage.body, new RegExp(`action="/konsol/arenden/${id}/beslut/godkann"`));
  assert.match(otherPage.body, new RegExp(`action="/konsol/arenden/${id}/beslut/atervisa"`));
  assert.ok(pageText(otherPage.body).includes('Radering av uppgifterna i ärendet om sjukpenning Avslag'));
  const approved = await postConsole(fixture.app, gustav, action(id, 'decision-approve'));
  assert.equal(approved.statusCode, 303);
  assert.equal(approved.headers.location, `/konsol/arenden/${id}?klart=decision-approved`);
  const done = pageText((await getConsole(fixture.app, gustav, String(approved.headers.location))).body);
  assert.ok(done.includes('Beslutet är godkänt och skickas till personen.'));
  assert.ok(done.includes('Status Avslutad'));
  assert.ok(done.includes('Godkänt av Handläggare gustav'));
  assert.match(done, /Brev: Beslut/);
});

test('a granskare sends a proposal back: the request is handled again and the timeline says so', async () => {
  const id = await registerInConsole(fixture.app, handler, phoneCall(nextPerson(), { right: 'objection', correction: '' }));
  assert.equal((await postConsole(fixture.app, handler, action(id, 'decision'), refusal)).statusCode, 303);
  const returned = await postConsole(fixture.app, greta, action(id, 'decision-return'));
  assert.equal(returned.headers.location, `/konsol/arenden/${id}?klart=decision-returned`);
  const page = pageText((await getConsole(fixture.app, handler, `/konsol/arenden/${id}`)).body);
  assert.ok(page.includes('Status Under handläggning'));
  assert.ok(page.includes('Beslutsförslaget återvisat'));
});

test('a protected person\'s case: 403 on EVERY id route without the skyddad-identitet authorisation, each refusal logged', async () => {
  const id = await registerInConsole(fixture.app, protectedHandler, phoneCall(dashed(hidden), { right: 'rectification' }));
  const detail = await fixture.casework.staffCase(id, { staffId: 'sara', roles: ['handlaggare', 'skyddad-identitet'] });
  const letterId = detail.letters[0]!.id;
  const gets = [`/konsol/arenden/${id}`, `/konsol/arenden/${id}?klart=registered`, `/konsol/arenden/${id}/forhandsgranskning`, `/konsol/arenden/${id}/brev/${letterId}`, `/konsol/arenden/${id}/brev/${letterId}/pdf`];
  const posts: [keyof typeof caseActionSlugs, ConsoleFields][] = [
    ['assign', {}], ['retry', {}], ['resend-delivery', { delivery: detail.deliveries[0]!.id }], ['extend', { reason: 'complexity', reasons: 'Ärendet rör många system och kräver prövning.' }],
    ['pause', { needs: ['which-data'] }], ['resume', {}], ['match', { subject: person }],
    ['review', { dataset: 'kontakthistorik.kontakt', itemKey: 'K-1', index: '0', decision: 'release' }], ['review-approve', {}],
    ['decision', refusal], ['decision', { ...refusal, step: 'add-item' }], ['decision', { step: 'propose' }],
    ['decision-approve', {}], ['decision-return', {}],
    ['change-correct', { target: 'mobile|token', value: '070-174 06 99' }], ['change-complete', { record: 'token', statement: 'Ett tillägg.' }],
    ['change-erasure-plan', {}], ['change-restrict', { target: 'dataset|mina-sidor.avisering', reason: 'legal-claims' }],
    ['change-object', { dataset: 'arenden.arende' }], ['change-item', { item: 'x', do: 'remove' }], ['changes-decision', {}], ['changes-retry', {}],
    ['change-keep-undecided', { reason: 'restricted', ground: 'gdpr-17-3-e', reasons: 'Rättsligt anspråk som personen angett.' }],
  ];
  assert.equal(new Set(posts.map(([name]) => name)).size, Object.keys(caseActionSlugs).length, 'every action route is tried');
  const refusedBefore = await fixture.refusedCount();
  for (const path of gets) {
    const response = await getConsole(fixture.app, handler, path);
    assert.equal(response.statusCode, 403, path);
    assert.match(response.body, /ROLE_REQUIRED/);
    assert.ok(!response.body.includes(dashed(hidden)) && !response.body.includes(hidden), 'nothing of the person');
  }
  // A granskare's actions are refused to a handläggare for the role before the case is opened;
  // a granskare without the authorisation is refused by need-to-know, and that is logged too.
  const reviewerOnly = new Set(['review-approve', 'decision-approve', 'decision-return']);
  for (const [name, fields] of posts) {
    for (const staff of reviewerOnly.has(name) ? [handler, greta] : [handler]) {
      const response = await postConsole(fixture.app, staff, action(id, name), fields);
      assert.equal(response.statusCode, 403, `${name} ${JSON.stringify(fields)}`);
      assert.match(response.body, /ROLE_REQUIRED/);
    }
  }
  assert.equal(await fixture.refusedCount() - refusedBefore, gets.length + posts.length);
  const unchanged = await fixture.casework.staffCase(id, { staffId: 'sara', roles: ['handlaggare', 'skyddad-identitet'] });
  assert.equal(unchanged.summary.status, 'handling');
  assert.equal(unchanged.summary.extended, false);

  const allowed = await getConsole(fixture.app, protectedHandler, `/konsol/arenden/${id}`);
  assert.equal(allowed.statusCode, 200);
  assert.match(allowed.body, /<span class="badge badge-protected">Skyddad identitet<\/span>/);
  assert.equal((await getConsole(fixture.app, protectedHandler, `/konsol/arenden/${id}/brev/${letterId}`)).statusCode, 200);
  const queue = (await getConsole(fixture.app, handler, '/konsol')).body;
  assert.ok(!queue.includes(id), 'the queue leaves it out');
  assert.match(queue, /Ärenden om personer med skyddad identitet visas bara för den som har behörighet till dem\./);
  assert.ok((await getConsole(fixture.app, protectedHandler, '/konsol')).body.includes(`/konsol/arenden/${id}`));
});

test('CSRF: a form without the token, or with another session\'s, is refused and changes nothing; without a session LOGIN_REQUIRED', async () => {
  const id = await registerInConsole(fixture.app, handler, phoneCall(nextPerson(), { right: 'completion' }));
  const fields = { reason: 'complexity', reasons: 'Ärendet rör många system och kräver prövning.' };
  const missing = await postConsole(fixture.app, handler, action(id, 'extend'), fields, { csrf: null });
  assert.equal(missing.statusCode, 403);
  assert.match(missing.body, /CSRF_INVALID/);
  const wrong = await postConsole(fixture.app, handler, action(id, 'extend'), fields, { csrf: greta.csrfToken });
  assert.equal(wrong.statusCode, 403);
  assert.match(wrong.body, /CSRF_INVALID/);
  const registration = await postConsole(fixture.app, handler, '/konsol/registrera', phoneCall(person), { csrf: null });
  assert.equal(registration.statusCode, 403);
  const anonymous = await postConsole(fixture.app, undefined, action(id, 'extend'), fields);
  assert.equal(anonymous.statusCode, 401);
  assert.match(anonymous.body, /LOGIN_REQUIRED/);
  const detail = await fixture.casework.staffCase(id, { staffId: 'test', roles: ['handlaggare'] });
  assert.equal(detail.summary.extended, false);
  assert.ok(!detail.events.some((event) => event.kind === 'extended'));
  const ok = await postConsole(fixture.app, handler, action(id, 'extend'), fields);
  assert.equal(ok.headers.location, `/konsol/arenden/${id}?klart=extended`);
});

test('the DPO dashboard and its CSV: only for dataskyddsombud and administratör', async () => {
  const dpo = await fixture.staffCookie(['dataskyddsombud'], { staffId: 'dana' });
  const admin = await fixture.staffCookie(['administrator'], { staffId: 'adam' });
  for (const path of ['/konsol/dso', '/konsol/dso/statistik.csv']) {
    assert.equal((await getConsole(fixture.app, handler, path)).statusCode, 403, path);
    assert.equal((await getConsole(fixture.app, greta, path)).statusCode, 403, path);
  }
  const page = await getConsole(fixture.app, dpo, '/konsol/dso?fran=2026-03-01&till=2026-03-31');
  assert.equal(page.statusCode, 200);
  assert.match(page.body, /<h1>Översikt för dataskyddsombudet<\/h1>/);
  assert.match(page.body, /<a href="\/konsol\/dso" aria-current="page">Dataskyddsombud<\/a>/);
  assert.doesNotMatch((await getConsole(fixture.app, handler, '/konsol')).body, /href="\/konsol\/dso"/, 'no DPO link for a case handler');
  const csv = await getConsole(fixture.app, admin, '/konsol/dso/statistik.csv?fran=2026-03-01&till=2026-03-31');
  assert.equal(csv.statusCode, 200);
  assert.equal(csv.headers['content-type'], 'text/csv; charset=utf-8');
  assert.equal(csv.headers['content-disposition'], 'attachment; filename="statistik-2026-03-01-2026-03-31.csv"');
  assert.equal(csv.headers['cache-control'], 'no-store');
  assert.ok(csv.body.startsWith('\ufeff'), 'UTF-8 with BOM');
  const received = await fixture.db.selectFrom('request').select((eb) => eb.fn.countAll<number>().as('n')).executeTakeFirstOrThrow();
  assert.match(csv.body, new RegExp(`Mottagna begäranden;${Number(received.n)}\\r?\\n`));
  const english = await getConsole(fixture.app, dpo, '/konsol/dso/statistik.csv?lang=en&fran=2026-03-01&till=2026-03-31');
  assert.equal(english.headers['content-disposition'], 'attachment; filename="statistics-2026-03-01-2026-03-31.csv"');
  assert.equal((await getConsole(fixture.app, dpo, '/konsol/dso?fran=2026-13-01')).statusCode, 400);
});
