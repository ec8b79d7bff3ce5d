// The console's search for a person's cases (issue 4, item 8): it names its purpose, is written
// to the processing log with actor and purpose before it runs, never puts the number in an
// address, and leaves protected persons' cases out without the authorisation.
import assert from 'node:assert/strict';
import { after, before, test } from 'node:test';
import { syntheticIdentityNumber } from '../../src/domain/personnummer.ts';
import { getConsole, pageText, phoneCall, postConsole, registerInConsole } from '../support/console-forms.ts';
import { openWebFixture, type SessionCookie, type WebFixture } from '../support/web-fixture.ts';

const dashed = (normalized: string) => `${normalized.slice(0, 8)}-${normalized.slice(8)}`;
const person = syntheticIdentityNumber('1979-05-17', 41).normalized;
const hidden = syntheticIdentityNumber('1983-02-11', 42).normalized;

let fixture: WebFixture;
let handler: SessionCookie;
let cleared: SessionCookie;

before(async () => {
  fixture = await openWebFixture({ protectedNumbers: [hidden] });
  handler = await fixture.staffCookie(['handlaggare'], { staffId: 'hanna' });
  cleared = await fixture.staffCookie(['handlaggare', 'skyddad-identitet'], { staffId: 'sara' });
});
after(() => fixture.close());

test('a search names its purpose, is logged with actor and purpose, and lists the person\'s cases', async () => {
  const id = await registerInConsole(fixture.app, handler, phoneCall(dashed(person), { right: 'rectification' }));
  const form = await getConsole(fixture.app, handler, '/konsol/sok');
  assert.equal(form.statusCode, 200);
  assert.match(form.body, /<a href="\/konsol\/sok" aria-current="page">Sök person<\/a>/);
  const logged = async () => fixture.db.selectFrom('processing_log').select(['actor', 'purpose']).where('kind', '=', 'read')
    .where('actor', '=', 'staff:hanna').execute();
  const before = (await logged()).length;
  const found = await postConsole(fixture.app, handler, '/konsol/sok', { person: dashed(person), purpose: 'rattigheter' });
  assert.equal(found.statusCode, 200);
  assert.ok(found.body.includes(`/konsol/arenden/${id}`));
  assert.match(pageText(found.body), /1 ärende/);
  const after = await logged();
  assert.equal(after.length, before + 1);
  assert.equal(after.at(-1)?.purpose, 'rattigheter');
});

test('without a purpose or with a bad number nothing is searched, and the form says why', async () => {
  const logged = async () => (await fixture.db.selectFrom('processing_log').select('id').where('kind', '=', 'read').execute()).length;
  const before = await logged();
  const refused = await postConsole(fixture.app, handler, '/konsol/sok', { person: '19790517-0000' });
  assert.equal(refused.statusCode, 422);
  assert.match(pageText(refused.body), /Ange ett giltigt personnummer.*Välj varför du söker/s);
  assert.equal(await logged(), before);
});

test('a protected person\'s cases are found only with the authorisation', async () => {
  const id = await registerInConsole(fixture.app, cleared, phoneCall(dashed(hidden), { right: 'objection', correction: '' }));
  const plain = await postConsole(fixture.app, handler, '/konsol/sok', { person: dashed(hidden), purpose: 'rattigheter' });
  assert.ok(!plain.body.includes(id));
  assert.match(pageText(plain.body), /Personen har inga ärenden som du kan se/);
  const withRole = await postConsole(fixture.app, cleared, '/konsol/sok', { person: dashed(hidden), purpose: 'rattigheter' });
  assert.ok(withRole.body.includes(`/konsol/arenden/${id}`));
});
