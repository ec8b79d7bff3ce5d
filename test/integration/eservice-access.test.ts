// Who may do what in the e-service (issue 4, item 8), against the real server, database and
// processing log (inject): CSRF on the forms, the rate limit per person, and for EVERY route that
// takes an id: another citizen's session gets 404 and the refused attempt is in the processing log.
import assert from 'node:assert/strict';
import { after, before, test } from 'node:test';
import { syntheticIdentityNumber } from '../../src/domain/personnummer.ts';
import { eservicePaths } from '../../src/http/views/eservice/eservice-paths.ts';
import { completeForm, getPage, postForm, registerThroughForm } from '../support/eservice-forms.ts';
import { openWebFixture, type SessionCookie, type WebFixture } from '../support/web-fixture.ts';

const sv = eservicePaths('sv');
const en = eservicePaths('en');
const owner = syntheticIdentityNumber('1984-03-12', 900).normalized;
const intruder = syntheticIdentityNumber('1970-01-01', 987).normalized;

let fixture: WebFixture;
let ownerSession: SessionCookie;
let intruderSession: SessionCookie;
let requestId: string;
let letters: { readonly acknowledgement: string; readonly decision: string; readonly extract: string };

before(async () => {
  fixture = await openWebFixture();
  ownerSession = await fixture.citizenCookie(owner);
  intruderSession = await fixture.citizenCookie(intruder);
  requestId = await registerThroughForm(fixture.app, ownerSession, 'access');
  fixture.advance(60_000);
  await fixture.collected(requestId);
  await fixture.casework.proposeDecision(requestId, { staffId: 'hanna', roles: ['handlaggare'] }, {
    items: [{ description: 'Registerutdrag', outcome: 'granted', legalGrounds: [] }],
  });
  const detail = await fixture.casework.citizenCase(requestId, ownerSession.subjectKey!);
  const idOf = (kind: string) => detail.letters.find((letter) => letter.kind === kind)?.id ?? assert.fail(`no ${kind} letter`);
  letters = { acknowledgement: idOf('acknowledgement'), decision: idOf('decision'), extract: idOf('extract') };
});
after(() => fixture.close());

async function requestCount(session: SessionCookie): Promise<number> {
  return (await fixture.casework.myRequests(session.subjectKey!)).length;
}

test('a form posted without the CSRF token, or with another session\'s, is refused and registers nothing', async () => {
  const before = await requestCount(intruderSession);
  const missing = await postForm(fixture.app, intruderSession, sv.form('erasure'), completeForm('erasure'), { csrf: null });
  assert.equal(missing.statusCode, 403);
  assert.match(missing.body, /CSRF_INVALID/);
  const wrong = await postForm(fixture.app, intruderSession, sv.form('erasure'), completeForm('erasure'), { csrf: ownerSession.csrfToken });
  assert.equal(wrong.statusCode, 403);
  assert.equal(await requestCount(intruderSession), before);
});

test('the 11th submission in a minute is refused (RATE_LIMITED), whether or not the forms were complete; the next minute it works again', async () => {
  const person = await fixture.citizenCookie(syntheticIdentityNumber('1991-07-07', 77).normalized);
  fixture.advance(60_000);
  for (let n = 1; n <= 10; n += 1) {
    const fields = n % 2 === 0 ? completeForm('objection') : { details: '' };
    const response = await postForm(fixture.app, person, sv.form('objection'), fields, { address: '192.0.2.10' });
    assert.equal(response.statusCode, n % 2 === 0 ? 303 : 422, `submission ${n}`);
  }
  const eleventh = await postForm(fixture.app, person, sv.form('objection'), completeForm('objection'), { address: '192.0.2.10' });
  assert.equal(eleventh.statusCode, 429);
  assert.match(eleventh.body, /RATE_LIMITED/);
  assert.equal(await requestCount(person), 5);
  const elsewhere = await postForm(fixture.app, person, sv.form('objection'), completeForm('objection'), { address: '198.51.100.20' });
  assert.equal(elsewhere.statusCode, 429, 'the limit is per person, not only per address');
  fixture.advance(60_000);
  assert.equal((await postForm(fixture.app, person, sv.form('objection'), completeForm('objection'), { address: '192.0.2.10' })).statusCode, 303);
});

function idRoutes(): { readonly name: string; readonly path: string }[] {
  const routes = (paths: typeof sv, language: string) => [
    { name: `${language} request page`, path: paths.request(requestId) },
    { name: `${language} request page after registration`, path: paths.received(requestId) },
    { name: `${language} acknowledgement`, path: paths.letter(requestId, letters.acknowledgement) },
    { name: `${language} decision`, path: paths.letter(requestId, letters.decision) },
    { name: `${language} extract`, path: paths.letter(requestId, letters.extract) },
    { name: `${language} decision PDF`, path: paths.pdf(requestId, letters.decision) },
    { name: `${language} extract PDF`, path: paths.pdf(requestId, letters.extract) },
    { name: `${language} extract JSON`, path: paths.json(requestId, letters.extract) },
  ];
  return [...routes(sv, 'sv'), ...routes(en, 'en')];
}

test('every route that takes an id answers the owner', async () => {
  for (const route of idRoutes()) {
    const response = await getPage(fixture.app, ownerSession, route.path);
    assert.equal(response.statusCode, 200, route.name);
    assert.equal(response.headers['cache-control'], 'no-store', route.name);
  }
});

test("for EVERY route that takes an id, another citizen's session gets 404 and the refused attempt is in the processing log", async () => {
  for (const route of idRoutes()) {
    const refusedBefore = await fixture.refusedCount();
    const response = await getPage(fixture.app, intruderSession, route.path);
    assert.equal(response.statusCode, 404, route.name);
    assert.match(response.body, /NOT_FOUND/);
    assert.doesNotMatch(response.body, /DSR 2026/, `${route.name}: nothing of the case shows`);
    assert.equal(await fixture.refusedCount(), refusedBefore + 1, `${route.name}: the refusal is logged`);
  }
  const refused = await fixture.db.selectFrom('processing_log').select(['actor', 'kind', 'subject_key', 'detail'])
    .where('outcome', '=', 'refused').orderBy('id', 'desc').executeTakeFirstOrThrow();
  assert.equal(refused.actor, 'e-service');
  assert.equal(refused.subject_key, null, "the refusal names no one's subject key");
  assert.deepEqual(refused.detail, { view: 'letter' });
});

test('ids that are not UUIDs, a letter of another request and a staff session get nothing either', async () => {
  const own = await registerThroughForm(fixture.app, ownerSession, 'restriction');
  const refusedBefore = await fixture.refusedCount();
  for (const path of [sv.request('not-a-uuid'), sv.letter(requestId, 'x'), sv.letter(own, letters.decision), sv.pdf(own, letters.extract)]) {
    assert.equal((await getPage(fixture.app, ownerSession, path)).statusCode, 404, path);
  }
  assert.equal(await fixture.refusedCount(), refusedBefore + 1, 'a malformed request id is a refused attempt; a missing letter of one\'s own request is not');
  assert.equal((await getPage(fixture.app, ownerSession, sv.json(requestId, letters.decision))).statusCode, 404, 'only the extract has JSON');
  const staff = await fixture.staffCookie(['handlaggare', 'granskare']);
  const asStaff = await getPage(fixture.app, staff, sv.request(requestId));
  assert.equal(asStaff.statusCode, 303, 'a staff session is not a citizen session');
  assert.match(String(asStaff.headers.location), /^\/inloggning\?tillbaka=/);
});
