// The e-service's forms against the real server, database and processing log (inject): the start
// page, a request for each right registered through its form (sv and en), the form shown again
// with its problems, a foreign eID login sent to manual matching, and a guardian's request for a
// child listed for the guardian only.
import assert from 'node:assert/strict';
import { after, before, test } from 'node:test';
import { syntheticIdentityNumber } from '../../src/domain/personnummer.ts';
import { REQUEST_RIGHTS } from '../../src/domain/request-kinds.ts';
import { eservicePaths } from '../../src/http/views/eservice/eservice-paths.ts';
import { completeForm, getPage, linksOf, postForm, registerThroughForm } from '../support/eservice-forms.ts';
import { openWebFixture, type WebFixture } from '../support/web-fixture.ts';

const sv = eservicePaths('sv');
const en = eservicePaths('en');
const adult = syntheticIdentityNumber('1984-03-12', 900).normalized;
const guardian = syntheticIdentityNumber('1986-05-30', 412).normalized;
const child = syntheticIdentityNumber('2015-08-17', 233).normalized;
const stranger = syntheticIdentityNumber('1970-01-01', 987).normalized;
const handler = { staffId: 'hanna', roles: ['handlaggare'] } as const;

let fixture: WebFixture;
before(async () => { fixture = await openWebFixture({ custody: [[guardian, child]] }); });
after(() => fixture.close());

test('the e-service start page is public, explains each right and links to its form and to the login; the public start page links to it', async () => {
  for (const language of ['sv', 'en'] as const) {
    const paths = eservicePaths(language);
    const page = await getPage(fixture.app, undefined, paths.start);
    assert.equal(page.statusCode, 200);
    assert.equal(page.headers['cache-control'], 'no-store');
    const links = linksOf(page.body);
    for (const right of REQUEST_RIGHTS) assert.ok(links.includes(paths.form(right)), `${language}: a link to the ${right} form`);
    assert.ok(links.includes(paths.login(paths.requests)), `${language}: the login returns to my requests`);
    assert.doesNotMatch(page.body, /utloggning/, 'nobody is logged in');
    const home = await getPage(fixture.app, undefined, language === 'sv' ? '/' : '/en');
    assert.ok(linksOf(home.body).includes(paths.start), `${language}: the public start page links to the e-service`);
  }
  assert.match((await getPage(fixture.app, undefined, sv.start)).body, /Begär rättelse[\s\S]*Få uppgifter om dig som är fel rättade/);
});

test('pages behind the login send the browser to it with the way back; a form posted without a session is refused', async () => {
  for (const path of [sv.requests, sv.form('access'), en.form('objection')]) {
    const response = await getPage(fixture.app, undefined, path);
    assert.equal(response.statusCode, 303, path);
    assert.equal(response.headers.location, `/inloggning?tillbaka=${encodeURIComponent(path)}`);
  }
  const posted = await postForm(fixture.app, undefined, sv.form('access'), completeForm('access'));
  assert.equal(posted.statusCode, 401);
  assert.match(posted.body, /LOGIN_REQUIRED/);
});

test('every right is registered through its form: 303 to the request page, which acknowledges it with the case number and the deadline in words', async () => {
  const person = await fixture.citizenCookie(adult, { name: 'Anna Andersson' });
  for (const right of REQUEST_RIGHTS) {
    const form = await getPage(fixture.app, person, sv.form(right));
    assert.equal(form.statusCode, 200);
    assert.ok(form.body.includes(`name="_csrf" value="${person.csrfToken}"`), 'the form carries the CSRF token');
    assert.equal(form.body.includes('name="correction"'), right === 'rectification' || right === 'completion', `${right}: correction field`);
    const id = await registerThroughForm(fixture.app, person, right, completeForm(right, { answerFormat: 'paper' }));
    const page = await getPage(fixture.app, person, sv.received(id));
    assert.equal(page.statusCode, 200);
    assert.equal(page.headers['cache-control'], 'no-store');
    assert.match(page.body, /Vi har tagit emot din begäran/);
    assert.match(page.body, /DSR 2026\/\d{6}/);
    // Received Monday 2 March 2026: one month → Thursday 2 April 2026.
    assert.match(page.body, /Vi svarar senast 2 april 2026/);
    assert.ok(linksOf(page.body).some((href) => href.startsWith(`${sv.request(id)}/brev/`)), 'the acknowledgement is linked');
    assert.match(page.body, /Bekräftelse på din begäran/);
    const stored = await fixture.casework.staffCase(id, handler);
    assert.equal(stored.summary.right, right);
    assert.equal(stored.summary.channel, 'e-service');
    assert.equal(stored.identityMethod, 'e-legitimation');
    assert.equal(stored.answerFormat, 'paper');
    assert.equal(stored.details.text, `Uppgifterna i ärendet om bostadsbidrag (${right}).`);
    assert.equal(stored.details.correction, right === 'rectification' || right === 'completion' ? 'Rätt uppgift: Storgatan 1, 123 45 Exempelby.' : undefined);
    assert.equal(stored.subject?.replace('-', ''), adult);
  }
  const list = await getPage(fixture.app, person, sv.requests);
  assert.equal((list.body.match(/class="case-card"/g) ?? []).length, REQUEST_RIGHTS.length);
  assert.match(list.body, /Rättelse[\s\S]*Vi svarar senast 2 april 2026/);
  assert.doesNotMatch(list.body, new RegExp(adult.slice(2, 8)), 'no personnummer on the page');
});

test('the English form registers in English and stays under /en/e-service', async () => {
  const person = await fixture.citizenCookie(syntheticIdentityNumber('1990-11-02', 311).normalized);
  const form = await getPage(fixture.app, person, en.form('erasure'));
  assert.match(form.body, /<html lang="en">/);
  assert.match(form.body, /Which data do you want us to erase, and why\?/);
  assert.ok(linksOf(form.body).includes(sv.form('erasure')), 'the language switch leads to the Swedish form');
  const id = await registerThroughForm(fixture.app, person, 'erasure', completeForm('erasure', { answerLanguage: 'en' }), 'en');
  const page = await getPage(fixture.app, person, en.received(id));
  assert.match(page.body, /We have received your request/);
  assert.match(page.body, /We will answer by 2 April 2026/);
  assert.equal((await fixture.casework.staffCase(id, handler)).summary.status, 'handling');
  const mine = await getPage(fixture.app, person, en.requests);
  assert.ok(linksOf(mine.body).includes(en.request(id)));
});

test('a form with problems comes back (422) with an error summary linked to the fields, the values kept and escaped, and nothing registered', async () => {
  const person = await fixture.citizenCookie(syntheticIdentityNumber('1975-12-24', 123).normalized);
  const response = await postForm(fixture.app, person, sv.form('rectification'), {
    details: '', correction: '<script>alert(1)</script>', about: 'child', child: '12345', answerFormat: 'pigeon', answerLanguage: 'sv',
  });
  assert.equal(response.statusCode, 422);
  assert.match(response.body, /<title>Fel: Begär rättelse/);
  const summary = /<div class="error-summary"[\s\S]*?<\/div>/.exec(response.body)?.[0] ?? '';
  assert.deepEqual(linksOf(summary), ['#details', '#child', '#answer-format-electronic']);
  assert.match(summary, /Skriv vilka uppgifter det gäller/);
  assert.match(summary, /Personnumret är inte giltigt/);
  for (const id of ['details', 'child', 'answer-format-electronic']) assert.match(response.body, new RegExp(`id="${id}"`), `#${id} exists`);
  assert.match(response.body, /<textarea id="details"[^>]*aria-invalid="true"/);
  assert.match(response.body, /&lt;script&gt;alert\(1\)&lt;\/script&gt;<\/textarea>/);
  assert.doesNotMatch(response.body, /<script>/);
  assert.match(response.body, /id="about-child" name="about" value="child" checked/);
  assert.match(response.body, /name="child" value="12345"/);
  assert.deepEqual(await fixture.casework.myRequests(person.subjectKey!), []);
  const own = await postForm(fixture.app, person, sv.form('access'), { ...completeForm('access'), about: 'child', child: syntheticIdentityNumber('1975-12-24', 123).normalized });
  assert.equal(own.statusCode, 422);
  assert.match(own.body, /Skriv barnets personnummer, inte ditt eget/);
});

test('a foreign eID login registers for itself, goes to manual matching and is told a case handler will confirm who they are', async () => {
  const person = await fixture.foreignCookie('DE/SE/4711-0815', { name: 'Erika Mustermann', birthDate: '1980-02-29' });
  const form = await getPage(fixture.app, person, sv.form('access'));
  assert.match(form.body, /utländsk e-legitimation/);
  assert.doesNotMatch(form.body, /name="about"/, 'no choice of a child without a personnummer');
  const id = await registerThroughForm(fixture.app, person, 'access', { details: '', answerFormat: 'electronic', answerLanguage: 'sv' });
  const page = await getPage(fixture.app, person, sv.received(id));
  assert.match(page.body, /En handläggare kontrollerar vem du är/);
  assert.match(page.body, /Vi kontrollerar vem du är/);
  const stored = await fixture.casework.staffCase(id, handler);
  assert.equal(stored.summary.status, 'matching');
  assert.equal(stored.identityMethod, 'foreign-eid');
  assert.equal(stored.subject, null);
  assert.deepEqual(stored.foreignIdentity, { foreignId: 'DE/SE/4711-0815', name: 'Erika Mustermann', birthDate: '1980-02-29' });
  assert.deepEqual((await fixture.casework.myRequests(person.subjectKey!)).map((summary) => summary.id), [id]);
});

test("a guardian's request for their child is listed for the guardian, not for an unrelated person; custody the register does not show is a form error", async () => {
  const parent = await fixture.citizenCookie(guardian);
  const unrelated = await fixture.citizenCookie(stranger);
  const id = await registerThroughForm(fixture.app, parent, 'access', completeForm('access', { about: 'child', child: `${child.slice(0, 8)}-${child.slice(8)}` }));
  const list = await getPage(fixture.app, parent, sv.requests);
  assert.ok(linksOf(list.body).includes(sv.request(id)));
  assert.match(list.body, /Ditt barn/);
  assert.doesNotMatch(list.body, new RegExp(child.slice(2, 8)), "the child's number is not shown");
  const stored = await fixture.casework.staffCase(id, handler);
  assert.equal(stored.subject?.replace('-', ''), child);
  assert.equal(stored.summary.requesterKind, 'guardian');
  assert.equal(stored.representative?.proof, 'population-register');
  const other = await getPage(fixture.app, unrelated, sv.requests);
  assert.ok(!linksOf(other.body).includes(sv.request(id)));
  assert.equal((await getPage(fixture.app, unrelated, sv.request(id))).statusCode, 404);

  const notTheirs = await postForm(fixture.app, unrelated, sv.form('access'), completeForm('access', { about: 'child', child }));
  assert.equal(notTheirs.statusCode, 422);
  assert.match(notTheirs.body, /<a href="#child">[\s\S]*?Vi kan inte se i folkbokföringen att du är vårdnadshavare/);
  assert.deepEqual(await fixture.casework.myRequests(unrelated.subjectKey!), []);
});

test('the OpenAPI document describes every e-service route with its responses', async () => {
  const document = (await fixture.app.inject({ url: '/api/openapi.json' })).json() as { paths: Record<string, Record<string, { responses: Record<string, unknown> }>> };
  const expected = [
    ['get', '/e-tjanst'], ['get', '/en/e-service'], ['get', '/e-tjanst/begaran/rattelse'], ['post', '/e-tjanst/begaran/rattelse'],
    ['post', '/en/e-service/request/objection'], ['get', '/e-tjanst/arenden'], ['get', '/e-tjanst/arenden/{id}'],
    ['get', '/e-tjanst/arenden/{id}/brev/{letterId}'], ['get', '/e-tjanst/arenden/{id}/brev/{letterId}/pdf'],
    ['get', '/en/e-service/requests/{id}/letters/{letterId}/json'],
  ] as const;
  for (const [method, path] of expected) {
    const operation = document.paths[path]?.[method];
    assert.ok(operation, `${method} ${path} is documented`);
    assert.notDeepEqual(operation.responses, { 200: { description: 'Default Response' } }, `${method} ${path} has its own responses`);
  }
});
