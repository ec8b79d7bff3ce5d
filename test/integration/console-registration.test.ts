// Registration in the staff console (issue 4, items 2 and 6) against the real server, database and
// processing log: a phone request with no form gets a case number, keeps the time of the call and
// is shown at once with its acknowledgement; a refused form comes back with an error summary that
// links each problem to its field and keeps what was typed; representatives need the right proof.
import assert from 'node:assert/strict';
import { after, before, test } from 'node:test';
import { syntheticIdentityNumber } from '../../src/domain/personnummer.ts';
import { getConsole, pageText, phoneCall, postConsole, registerInConsole } from '../support/console-forms.ts';
import { openWebFixture, type SessionCookie, type WebFixture } from '../support/web-fixture.ts';

const person = syntheticIdentityNumber('1984-03-12', 900).normalized;
const agent = syntheticIdentityNumber('1960-05-05', 123).normalized;
const dashed = (normalized: string) => `${normalized.slice(0, 8)}-${normalized.slice(8)}`;

let fixture: WebFixture;
let handler: SessionCookie;

before(async () => {
  fixture = await openWebFixture();
  handler = await fixture.staffCookie(['handlaggare']);
});
after(() => fixture.close());

test('the form: every control labelled, groups in fieldsets, the CSRF token, and now as the contact time', async () => {
  const response = await getConsole(fixture.app, handler, '/konsol/registrera');
  assert.equal(response.statusCode, 200);
  assert.equal(response.headers['cache-control'], 'no-store');
  const body = response.body;
  assert.match(body, /<form method="post" action="\/konsol\/registrera" class="case-form" novalidate>/);
  assert.match(body, new RegExp(`name="_csrf" value="${handler.csrfToken}"`));
  // The fixture's clock: Monday 2 March 2026, 10:00 in Sweden.
  assert.match(body, /<input type="datetime-local" id="received-at" name="receivedAt"[^>]* value="2026-03-02T10:00"/);
  for (const [, id] of body.matchAll(/<(?:input|textarea|select) (?:type="(?:text|radio|checkbox|datetime-local)" )?id="([^"]+)"/g)) {
    assert.match(body, new RegExp(`<label for="${id}">`), `${id} has a label`);
  }
  for (const legend of ['Vad begär personen?', 'Hur kom begäran in?', 'Hur har identiteten säkerställts?', 'Vem begär?', 'Hur vill personen få svaret?']) {
    assert.ok(body.includes(`<legend>${legend}</legend>`), legend);
  }
  assert.equal(body.match(/name="channel"/g)?.length, 4, 'letter, phone, visit and e-mail');
});

test('a phone request with no form: 303 to its page, which shows the case number, the time of the call and the acknowledgement', async () => {
  const response = await postConsole(fixture.app, handler, '/konsol/registrera', phoneCall(dashed(person)));
  assert.equal(response.statusCode, 303);
  const location = String(response.headers.location);
  assert.match(location, /^\/konsol\/arenden\/[0-9a-f-]{36}\?klart=registered$/);
  const page = await getConsole(fixture.app, handler, location);
  assert.equal(page.statusCode, 200);
  const text = pageText(page.body);
  const caseNumber = /Ärende (DSR 2026\/\d{6})/.exec(text)?.[1];
  assert.ok(caseNumber, 'the case number is the heading');
  assert.ok(text.includes(`Diarienummer ${caseNumber}`));
  assert.ok(text.includes('Ärendet är registrerat och en bekräftelse ligger i utkorgen.'));
  assert.ok(text.includes('Kanal Telefon'));
  assert.ok(text.includes('Mottagen 2 mars 2026 kl. 09:15'), 'the time of the call, not of the registration');
  assert.ok(text.includes('Sista svarsdag 2 april 2026'));
  assert.ok(text.includes('Identiteten Svar bara till brevlådan eller folkbokföringsadressen'));
  assert.ok(text.includes('Adressen i ärendet om sjukpenning är fel.'));
  assert.ok(text.includes('Registrerat (Telefon)'));
  assert.match(page.body, /<th scope="row"><a href="\/konsol\/arenden\/[0-9a-f-]{36}\/brev\/[0-9a-f-]{36}">Bekräftelse<\/a><\/th>/);
  const id = location.split('?')[0]!.split('/').at(-1)!;
  const detail = await fixture.casework.staffCase(id, { staffId: 'test', roles: ['handlaggare'] });
  assert.equal(detail.summary.channel, 'phone');
  assert.equal(detail.summary.receivedAt.toISOString(), '2026-03-02T08:15:00.000Z');
  assert.equal(detail.identityMethod, 'registered-address');
  const logged = await fixture.db.selectFrom('processing_log').select(['kind', 'actor']).where('step_id', '=', id).where('kind', '=', 'register').execute();
  assert.deepEqual(logged, [{ kind: 'register', actor: 'staff:hanna' }]);
});

test('a refused form: 422, an error summary linking to each field, and the values kept (nothing registered)', async () => {
  const before = await fixture.db.selectFrom('request').select((eb) => eb.fn.countAll<number>().as('n')).executeTakeFirstOrThrow();
  const response = await postConsole(fixture.app, handler, '/konsol/registrera', {
    right: 'erasure', channel: 'email', receivedAt: '2026-03-05T09:00', subject: '19840312-9004', identityMethod: 'id-document',
    requester: 'self', text: 'Radera mina uppgifter.', correction: 'Något', answerFormat: 'electronic', language: 'sv',
  });
  assert.equal(response.statusCode, 422);
  const body = response.body;
  assert.match(body, /<title>Fel: Registrera ärende/);
  assert.match(body, /<div class="error-summary" role="alert" aria-labelledby="felsammanfattning" tabindex="-1">/);
  const links = [...body.matchAll(/<li><a href="#([^"]+)">([^<]+)<\/a><\/li>/g)].map((match) => match[1]);
  assert.deepEqual(links, ['received-at', 'subject', 'identity-method-0', 'correction']);
  for (const id of links) assert.match(body, new RegExp(`id="${id}"[^>]*aria-invalid="true"|aria-describedby="[^"]*${id}-fel`), id);
  assert.match(body, /Tidpunkten kan inte ligga i framtiden\./);
  assert.match(body, /Legitimation kan bara visas vid ett besök\./);
  assert.match(body, /value="erasure" checked/);
  assert.match(body, /<textarea id="text" name="text"[^>]*>Radera mina uppgifter\.<\/textarea>/);
  const after = await fixture.db.selectFrom('request').select((eb) => eb.fn.countAll<number>().as('n')).executeTakeFirstOrThrow();
  assert.equal(Number(after.n), Number(before.n));
});

test('an agent with a power of attorney is recorded with the proof; a god man needs the appointment decision', async () => {
  const wrongProof = await postConsole(fixture.app, handler, '/konsol/registrera',
    phoneCall(dashed(person), { right: 'access', correction: '', requester: 'god-man', representative: dashed(agent), proof: 'power-of-attorney' }));
  assert.equal(wrongProof.statusCode, 422);
  assert.match(wrongProof.body, /<a href="#proof-0">Kontrollen passar inte företrädaren/);
  const id = await registerInConsole(fixture.app, handler, phoneCall(dashed(person), {
    right: 'objection', channel: 'letter', correction: '', requester: 'agent', representative: dashed(agent), proof: 'power-of-attorney', answerFormat: 'paper',
  }));
  const text = pageText((await getConsole(fixture.app, handler, `/konsol/arenden/${id}`)).body);
  assert.ok(text.includes('Begärd av Ombud med fullmakt'));
  assert.ok(text.includes(`Företrädarens personnummer ${dashed(agent)}`));
  assert.ok(text.includes('Rätten att företräda Fullmakt'));
  assert.ok(text.includes('Svaret På papper till folkbokföringsadressen'));
});

test('English with ?lang=en: the form, its action and the page after registering stay in English', async () => {
  const form = await getConsole(fixture.app, handler, '/konsol/registrera?lang=en');
  assert.match(form.body, /<html lang="en">/);
  assert.match(form.body, /<h1>Register a request<\/h1>/);
  assert.match(form.body, /action="\/konsol\/registrera\?lang=en"/);
  const response = await postConsole(fixture.app, handler, '/konsol/registrera?lang=en',
    phoneCall(dashed(syntheticIdentityNumber('1975-12-24', 123).normalized), { channel: 'visit', identityMethod: 'id-document', language: 'en' }));
  assert.match(String(response.headers.location), /\?klart=registered&lang=en$/);
  const page = await getConsole(fixture.app, handler, String(response.headers.location));
  assert.match(pageText(page.body), /Case DSR 2026\/\d{6}.*Received 2 March 2026 at 09:15.*Identification shown at a visit/);
});

test('without a session the form sends the browser to the staff login; a role without casework gets 403', async () => {
  const anonymous = await getConsole(fixture.app, undefined, '/konsol/registrera');
  assert.equal(anonymous.statusCode, 303);
  assert.equal(anonymous.headers.location, `/konsol/inloggning?tillbaka=${encodeURIComponent('/konsol/registrera')}`);
  const dpo = await fixture.staffCookie(['dataskyddsombud'], { staffId: 'dana' });
  assert.equal((await getConsole(fixture.app, dpo, '/konsol/registrera')).statusCode, 403);
  const posted = await postConsole(fixture.app, dpo, '/konsol/registrera', phoneCall(dashed(person)));
  assert.equal(posted.statusCode, 403);
  assert.match(posted.body, /ROLE_REQUIRED/);
});
