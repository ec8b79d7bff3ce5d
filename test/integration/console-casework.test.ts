// Casework in the staff console (issue 4, items 3, 5 and 6) against the real server, database and
// processing log: the queue sorted by due date with its filters, days left, reminder and overdue
// badges; extension only in the first month; pause and resume; matching a foreign eID request;
// the secrecy review proposed and approved; letters as HTML and PDF; the deliveries of the letters
// (way, reason, receipt, fallback to post) and their timeline entries; every route in OpenAPI.
import assert from 'node:assert/strict';
import { after, before, test } from 'node:test';
import { syntheticIdentityNumber } from '../../src/domain/personnummer.ts';
import { caseActionSlugs } from '../../src/http/views/console/case-paths.ts';
import { listDeliveries, updateDelivery } from '../../src/stores/delivery-store.ts';
import { appendRequestEvent } from '../../src/stores/request-event-store.ts';
import { settleCollection } from '../support/collection-outcome.ts';
import { getConsole, inReview, pageText, phoneCall, postConsole, registerInConsole } from '../support/console-forms.ts';
import { openWebFixture, type SessionCookie, type WebFixture } from '../support/web-fixture.ts';

const dashed = (normalized: string) => `${normalized.slice(0, 8)}-${normalized.slice(8)}`;
let serial = 200;
const nextPerson = () => dashed(syntheticIdentityNumber('1988-08-08', (serial += 1)).normalized);
const action = (id: string, name: keyof typeof caseActionSlugs) => `/konsol/arenden/${id}/${caseActionSlugs[name]}`;
const viewer = { staffId: 'test', roles: ['handlaggare'] } as const;

let fixture: WebFixture;
let handler: SessionCookie;
let greta: SessionCookie;

before(async () => {
  fixture = await openWebFixture();
  handler = await fixture.staffCookie(['handlaggare'], { staffId: 'hanna' });
  greta = await fixture.staffCookie(['granskare'], { staffId: 'greta' });
});
after(() => fixture.close());

/** The queue's rows: case link id and the text of the row. */
function queueRows(body: string): { id: string; text: string }[] {
  return [...body.matchAll(/<tr>\s*<th scope="row"><a href="\/konsol\/arenden\/([0-9a-f-]{36})[^"]*">([\s\S]*?)<\/tr>/g)]
    .map((match) => ({ id: match[1]!, text: pageText(match[2]!) }));
}

test('the queue: earliest due date first, days left, a reminder within 5 working days, an overdue alert, and the filters', async () => {
  const late = await registerInConsole(fixture.app, handler, phoneCall(nextPerson(), { receivedAt: '2026-01-15T10:00', right: 'erasure', correction: '' }));
  const soon = await registerInConsole(fixture.app, handler, phoneCall(nextPerson(), { receivedAt: '2026-02-05T10:00', channel: 'letter' }));
  const fresh = await registerInConsole(fixture.app, handler, phoneCall(nextPerson(), { receivedAt: '2026-03-02T09:30', right: 'objection', correction: '' }));
  const all = queueRows((await getConsole(fixture.app, handler, '/konsol')).body);
  const mine = all.filter((row) => [late, soon, fresh].includes(row.id));
  assert.deepEqual(mine.map((row) => row.id), [late, soon, fresh]);
  assert.match(mine[0]!.text, /16 februari 2026 Försenad 14 dagar/);
  assert.match(mine[1]!.text, /5 mars 2026 3 dagar Påminnelse: snart sista dag/);
  assert.match(mine[2]!.text, /2 april 2026 31 dagar/);
  assert.doesNotMatch(mine[2]!.text, /Påminnelse|Försenad/);

  const overdue = queueRows((await getConsole(fixture.app, handler, '/konsol?urval=forsenade')).body).map((row) => row.id);
  assert.ok(overdue.includes(late) && !overdue.includes(soon) && !overdue.includes(fresh));
  const letters = queueRows((await getConsole(fixture.app, handler, '/konsol?kanal=letter')).body).map((row) => row.id);
  assert.deepEqual(letters, [soon]);
  const objections = queueRows((await getConsole(fixture.app, handler, '/konsol?rattighet=objection&status=handling')).body).map((row) => row.id);
  assert.deepEqual(objections, [fresh]);
  const form = (await getConsole(fixture.app, handler, '/konsol?rattighet=objection&urval=mina')).body;
  assert.match(form, /<option value="objection" selected>Invändning<\/option>/);
  assert.match(form, /<input type="checkbox" id="urval-0" name="urval" value="mina" checked>/);
  assert.match(form, /<caption id="ko-rubrik">|Inga ärenden matchar urvalet\./);
  assert.equal((await getConsole(fixture.app, handler, '/konsol?status=nonsense')).statusCode, 200, 'an unknown filter value is no filter');
});

test('extension: the form only while the first month runs; once extended the due date moves and a notice goes out', async () => {
  const late = await registerInConsole(fixture.app, handler, phoneCall(nextPerson(), { receivedAt: '2026-01-20T10:00' }));
  assert.doesNotMatch((await getConsole(fixture.app, handler, `/konsol/arenden/${late}`)).body, /forlangning/);
  const refused = await postConsole(fixture.app, handler, action(late, 'extend'), { reason: 'complexity', reasons: 'Många system berörs av begäran.' });
  assert.equal(refused.statusCode, 409);
  assert.match(refused.body, /<a href="#handlaggning">Den första månaden har gått; tiden kan inte förlängas längre\.<\/a>/);

  const id = await registerInConsole(fixture.app, handler, phoneCall(nextPerson()));
  const page = await getConsole(fixture.app, handler, `/konsol/arenden/${id}`);
  assert.match(page.body, new RegExp(`action="/konsol/arenden/${id}/forlangning"`));
  const missing = await postConsole(fixture.app, handler, action(id, 'extend'), { reasons: 'kort' });
  assert.equal(missing.statusCode, 422);
  assert.deepEqual([...missing.body.matchAll(/<li><a href="#([^"]+)">/g)].map((match) => match[1]), ['extension-reason-0', 'extension-reasons']);
  const done = await postConsole(fixture.app, handler, action(id, 'extend'), { reason: 'complexity', reasons: 'Begäran rör uppgifter i många system.' });
  assert.equal(done.headers.location, `/konsol/arenden/${id}?klart=extended`);
  const after = await getConsole(fixture.app, handler, String(done.headers.location));
  const text = pageText(after.body);
  assert.ok(text.includes('Sista svarsdag 2 juni 2026'), text.slice(0, 600));
  assert.ok(text.includes('Förlängd från 2 april 2026.'));
  assert.ok(text.includes('Tiden är förlängd: Begäran är omfattande eller komplicerad. Begäran rör uppgifter i många system.'));
  assert.ok(text.includes('Besked om förlängd tid'));
  assert.doesNotMatch(after.body, /action="[^"]*\/forlangning"/);
});

test('pause asks the person to supplement and stops the clock; resume restarts it', async () => {
  const id = await registerInConsole(fixture.app, handler, phoneCall(nextPerson(), { right: 'completion' }));
  const empty = await postConsole(fixture.app, handler, action(id, 'pause'), { details: 'kort' });
  assert.equal(empty.statusCode, 422);
  assert.match(empty.body, /<a href="#pause-needs-0">Välj minst en sak/);
  const paused = await postConsole(fixture.app, handler, action(id, 'pause'), { needs: ['which-data', 'context'], details: 'Vilket år gäller det?' });
  assert.equal(paused.headers.location, `/konsol/arenden/${id}?klart=paused`);
  const page = await getConsole(fixture.app, handler, `/konsol/arenden/${id}`);
  assert.ok(pageText(page.body).includes('Status Pausad – väntar på komplettering'));
  assert.ok(pageText(page.body).includes('Begäran om komplettering'));
  assert.match(page.body, new RegExp(`action="/konsol/arenden/${id}/ateruppta"`));
  assert.doesNotMatch(page.body, /action="[^"]*\/paus"/);
  const resumed = await postConsole(fixture.app, handler, action(id, 'resume'));
  assert.equal(resumed.headers.location, `/konsol/arenden/${id}?klart=resumed`);
  const detail = await fixture.casework.staffCase(id, viewer);
  assert.equal(detail.summary.status, 'handling');
  assert.ok(detail.events.some((event) => event.kind === 'transition' && event.from === 'paused' && event.to === 'handling'));
});

test('a foreign eID request is matched to a person by hand, then proceeds', async () => {
  const registered = await fixture.casework.register({
    right: 'access', channel: 'e-service', language: 'sv', identityMethod: 'foreign-eid', requesterKey: 'foreign:test-key', actor: 'e-service',
    foreignIdentity: { foreignId: 'DE/SE/1234567890', name: 'Erika Mustermann', birthDate: '1964-08-12' },
  });
  assert.equal(registered.status, 'matching');
  const page = pageText((await getConsole(fixture.app, handler, `/konsol/arenden/${registered.id}`)).body);
  assert.ok(page.includes('Personnummer Inte identifierad ännu (utländsk e-legitimation)'));
  assert.ok(page.includes('Namn enligt e-legitimationen Erika Mustermann'));
  assert.ok(page.includes('Identifiera personen'));
  const invalid = await postConsole(fixture.app, handler, action(registered.id, 'match'), { subject: '12345' });
  assert.equal(invalid.statusCode, 422);
  assert.match(invalid.body, /<a href="#match-subject">Ange ett giltigt personnummer/);
  const someoneElse = await postConsole(fixture.app, handler, action(registered.id, 'match'), { subject: nextPerson() });
  assert.ok(someoneElse.statusCode >= 400 && someoneElse.statusCode < 500, 'a number whose date of birth is not the eID\'s is refused');
  assert.equal((await fixture.casework.staffCase(registered.id, viewer)).summary.status, 'matching');
  const person = dashed(syntheticIdentityNumber('1964-08-12', 77).normalized);
  const matched = await postConsole(fixture.app, handler, action(registered.id, 'match'), { subject: person });
  assert.equal(matched.headers.location, `/konsol/arenden/${registered.id}?klart=matched`);
  const detail = await fixture.casework.staffCase(registered.id, viewer);
  assert.equal(detail.subject, person);
  assert.equal(detail.summary.status, 'received');
});

test('secrecy review: a case handler proposes per item, a granskare approves, and the request is ready for decision', async () => {
  const id = await registerInConsole(fixture.app, handler, phoneCall(nextPerson(), { right: 'access', correction: '' }));
  await inReview(fixture, id, [
    { dataset: 'kontakthistorik.kontakt', itemKey: 'K-1001', kinds: ['third-party'], values: { summary: 'Samtal om sjukpenning', third_party_note: 'Grannen ringde' } },
    { dataset: 'arenden.utkast', itemKey: 'U-7', kinds: ['draft-or-note'] },
  ]);
  const page = await getConsole(fixture.app, handler, `/konsol/arenden/${id}`);
  assert.ok(pageText(page.body).includes('Sammanfattning Samtal om sjukpenning'), 'the reviewer sees what was collected');
  assert.ok(pageText(page.body).includes('Uppgift om annan person Grannen ringde'));
  assert.ok(pageText(page.body).includes('Inga insamlade värden'));
  assert.match(page.body, /<caption id="granskning-tabell">Uppgifter som väntar på prövning<\/caption>/);
  assert.ok(pageText(page.body).includes('K-1001 Kontakthistorik – Kontakter Uppgifter om någon annan person'));
  assert.equal(page.body.match(/action="[^"]*\/sekretessprovning"/g)?.length, 2, 'one proposal form per item');
  // Items are listed by dataset: arenden.utkast (0), kontakthistorik.kontakt (1).
  const noFields = await postConsole(fixture.app, handler, action(id, 'review'), { dataset: 'kontakthistorik.kontakt', itemKey: 'K-1001', index: '1', decision: 'redact' });
  assert.equal(noFields.statusCode, 422);
  assert.match(noFields.body, /<a href="#review-1-fields-0">Välj de fält som ska maskas\.<\/a>/);
  const redact = await postConsole(fixture.app, handler, action(id, 'review'), {
    dataset: 'kontakthistorik.kontakt', itemKey: 'K-1001', index: '1', decision: 'redact', kind: 'third-party', fields: ['third_party_pnr', 'third_party_note'],
  });
  assert.equal(redact.headers.location, `/konsol/arenden/${id}?klart=review-proposed`);
  const withhold = await postConsole(fixture.app, handler, action(id, 'review'), { dataset: 'arenden.utkast', itemKey: 'U-7', index: '0', decision: 'withhold' });
  assert.equal(withhold.statusCode, 303);
  const proposed = await getConsole(fixture.app, handler, `/konsol/arenden/${id}`);
  assert.ok(pageText(proposed.body).includes('Maska vissa fält: third_party_pnr, third_party_note (Uppgifter om någon annan person)'));
  assert.doesNotMatch(proposed.body, /sekretessprovning\/godkann/, 'no approve button for a handläggare');
  assert.equal((await postConsole(fixture.app, handler, action(id, 'review-approve'))).statusCode, 403);
  const pending = await getConsole(fixture.app, handler, `/konsol/arenden/${id}/forhandsgranskning`);
  assert.equal(pending.statusCode, 200);
  assert.ok(!pending.body.includes('Samtal om sjukpenning'), 'an item waiting for review is left out of the preview');
  // The granskare approves what the page showed: the form carries the latest proposal time it saw.
  const shown = (await getConsole(fixture.app, greta, `/konsol/arenden/${id}`)).body;
  const seen = /name="seen" value="([^"]+)"/.exec(shown)?.[1];
  assert.ok(seen, 'the approve form names what it shows');
  // A proposal changed after the page was shown is not approved unseen.
  fixture.advance(1_000);
  await postConsole(fixture.app, handler, action(id, 'review'), { dataset: 'arenden.utkast', itemKey: 'U-7', index: '0', decision: 'withhold', kind: 'draft-or-note' });
  const stale = await postConsole(fixture.app, greta, action(id, 'review-approve'), { seen });
  assert.equal(stale.statusCode, 409);
  const fresh = /name="seen" value="([^"]+)"/.exec((await getConsole(fixture.app, greta, `/konsol/arenden/${id}`)).body)?.[1];
  const approved = await postConsole(fixture.app, greta, action(id, 'review-approve'), { seen: fresh });
  assert.equal(approved.headers.location, `/konsol/arenden/${id}?klart=review-approved`);
  const ready = await getConsole(fixture.app, greta, `/konsol/arenden/${id}`);
  assert.ok(pageText(ready.body).includes('Status Klar för beslut'));
  assert.ok(pageText(ready.body).includes('Godkänt av Handläggare greta'));
  assert.match(ready.body, /Föreslå beslut/);

  // The extract as it would be sent now: the redacted contact without its note, the withheld draft left out; the view is logged.
  assert.ok(ready.body.includes(`/konsol/arenden/${id}/forhandsgranskning`));
  const views = async () => (await fixture.db.selectFrom('processing_log').select('detail').where('step_id', '=', id).where('kind', '=', 'read').execute())
    .filter((event) => (event.detail as Record<string, unknown>).view === 'extract-preview').length;
  const preview = await getConsole(fixture.app, handler, `/konsol/arenden/${id}/forhandsgranskning`);
  assert.equal(preview.statusCode, 200);
  assert.match(preview.body, /<h1>Förhandsgranskning av registerutdraget – DSR \d{4}\/\d{6}<\/h1>/);
  assert.ok(pageText(preview.body).includes('Samtal om sjukpenning'));
  assert.ok(!preview.body.includes('Grannen ringde'), 'the redacted field is not shown');
  assert.equal(await views(), 2);
  // What the review left out is part of the decision: a decision granting everything is refused,
  // and one that states it waits for a granskare even though the items were approved in review.
  await assert.rejects(fixture.casework.proposeDecision(id, { staffId: 'hanna', roles: ['handlaggare'] }, {
    items: [{ description: 'Registerutdrag', outcome: 'granted', legalGrounds: [] }],
  }), (error) => error instanceof Error && /withholding-not-stated/.test(error.message));
  assert.equal(await fixture.casework.proposeDecision(id, { staffId: 'hanna', roles: ['handlaggare'] }, {
    items: [{ description: 'Registerutdrag', outcome: 'granted', legalGrounds: [] },
      { description: 'Uppgifter om en annan person', outcome: 'refused', reasons: 'Sekretess till skydd för en annan person.', legalGrounds: ['osl-28-1'] }],
  }), 'approval');
  const other = await registerInConsole(fixture.app, handler, phoneCall(nextPerson(), { right: 'erasure', correction: '' }));
  assert.equal((await getConsole(fixture.app, handler, `/konsol/arenden/${other}/forhandsgranskning`)).statusCode, 409, 'no collected copy: nothing to preview');
});

test('a letter as a page and as a PDF; an unknown letter or request is not found', async () => {
  const id = await registerInConsole(fixture.app, handler, phoneCall(nextPerson()));
  const letterId = (await fixture.casework.staffCase(id, viewer)).letters[0]!.id;
  const page = await getConsole(fixture.app, handler, `/konsol/arenden/${id}/brev/${letterId}`);
  assert.equal(page.statusCode, 200);
  assert.match(page.body, /<h1>Bekräftelse – DSR 2026\/\d{6}<\/h1>/);
  assert.match(page.body, /<div class="letter" lang="sv"><h2>/);
  assert.match(page.body, new RegExp(`<a href="/konsol/arenden/${id}/brev/${letterId}/pdf" download>Ladda ner som PDF</a>`));
  const pdf = await getConsole(fixture.app, handler, `/konsol/arenden/${id}/brev/${letterId}/pdf`);
  assert.equal(pdf.statusCode, 200);
  assert.equal(pdf.headers['content-type'], 'application/pdf');
  assert.match(String(pdf.headers['content-disposition']), /^attachment; filename="acknowledgement-[0-9a-f]{8}\.pdf"$/);
  assert.equal(pdf.rawPayload.subarray(0, 5).toString(), '%PDF-');
  assert.equal((await getConsole(fixture.app, handler, `/konsol/arenden/${id}/brev/00000000-0000-4000-8000-000000000000`)).statusCode, 404);
  assert.equal((await getConsole(fixture.app, handler, '/konsol/arenden/00000000-0000-4000-8000-000000000000')).statusCode, 404);
  assert.equal((await getConsole(fixture.app, handler, '/konsol/arenden/inte-ett-id')).statusCode, 404);
});

test('every console route is in the OpenAPI document with its responses', async () => {
  const document = (await fixture.app.inject({ url: '/api/openapi.json' })).json() as { paths: Record<string, Record<string, { tags?: string[]; responses: Record<string, unknown> }>> };
  const consolePaths = Object.keys(document.paths).filter((path) => path.startsWith('/konsol') && !path.includes('inloggning') && !path.includes('utloggning'));
  const operations = consolePaths.flatMap((path) => Object.entries(document.paths[path]!).map(([method, operation]) => ({ path, method, operation })));
  // queue, registration (2), request, extract preview, letter, letter PDF; the DPO page and its CSV; the search (2);
  // the accessibility feedback list; one POST per action
  assert.equal(operations.length, 6 + 1 + 2 + 1 + Object.keys(caseActionSlugs).length + 2);
  for (const { path, method, operation } of operations) {
    assert.deepEqual(operation.tags, ['console'], `${method} ${path}`);
    assert.notDeepEqual(operation.responses, { 200: { description: 'Default Response' } }, `${method} ${path}`);
  }
});

test('a case handler takes a request: it is theirs under "mine" in the queue, the timeline says so, and others see who has it', async () => {
  const id = await registerInConsole(fixture.app, handler, phoneCall(nextPerson(), { receivedAt: '2026-03-02T08:00', right: 'restriction', correction: '' }));
  const mineBefore = queueRows((await getConsole(fixture.app, handler, '/konsol?urval=mina')).body).map((row) => row.id);
  assert.ok(!mineBefore.includes(id));
  const before = pageText((await getConsole(fixture.app, handler, `/konsol/arenden/${id}`)).body);
  assert.match(before, /Ingen handläggare har tagit ärendet ännu\. Ta ärendet/);
  const taken = await postConsole(fixture.app, handler, action(id, 'assign'), {});
  assert.equal(taken.statusCode, 303);
  const mine = queueRows((await getConsole(fixture.app, handler, '/konsol?urval=mina')).body).map((row) => row.id);
  assert.ok(mine.includes(id));
  const after = pageText((await getConsole(fixture.app, handler, `/konsol/arenden/${id}`)).body);
  assert.match(after, /Ärendet handläggs av/);
  assert.doesNotMatch(after, /Ta ärendet/);
  assert.match(after, /Ärendet tilldelat/);
  const seenByGreta = pageText((await getConsole(fixture.app, greta, `/konsol/arenden/${id}`)).body);
  assert.match(seenByGreta, /Ärendet handläggs av .*hanna/);
  assert.match(seenByGreta, /Ta ärendet/);
});

test('a failed register extract shows why and can be collected again from the request page', async () => {
  const id = await registerInConsole(fixture.app, handler, phoneCall(nextPerson(), { right: 'access', correction: '' }));
  await settleCollection(fixture.caseworkDeps, id, 'failed', { errorCode: 'EXTRACT_TOO_LARGE' });
  const page = pageText((await getConsole(fixture.app, handler, `/konsol/arenden/${id}`)).body);
  assert.match(page, /Insamlingen av uppgifterna misslyckades \(felkod EXTRACT_TOO_LARGE\)/);
  const queue = (await getConsole(fixture.app, handler, '/konsol')).body;
  assert.ok(queue.includes(`/konsol/arenden/${id}`), 'a failed request is still unanswered: it stays in the queue');
  const retried = await postConsole(fixture.app, handler, action(id, 'retry'));
  assert.equal(retried.headers.location, `/konsol/arenden/${id}?klart=retried`);
  assert.equal((await fixture.casework.staffCase(id, viewer)).summary.status, 'received');
});

/** The request page's deliveries section, as text. */
function deliveriesOf(body: string): string {
  return pageText(body.match(/<section aria-labelledby="utskick">[\s\S]*?<\/section>/)?.[0] ?? assert.fail('no deliveries section'));
}

test('deliveries: a mailbox delivery shows the operator and the receipt; one that fell back to post says why; the timeline says both', async () => {
  const subject = nextPerson();
  const id = await registerInConsole(fixture.app, handler, phoneCall(subject));
  const pending = deliveriesOf((await getConsole(fixture.app, handler, `/konsol/arenden/${id}`)).body);
  assert.match(pending, /Bekräftelse Väntar på att skickas Inte valt ännu – – – 0/);
  const [delivery] = await listDeliveries(fixture.db, id);
  const sentAt = new Date('2026-03-02T09:20:00Z');
  await updateDelivery(fixture.db, delivery!.id, {
    status: 'sent', channel: 'mailbox', reason: 'mailbox-reachable', operator: 'Kivra (demo)', transId: 'kivra-demo-7f3a', attempts: 1, sentAt, at: sentAt,
  });
  await appendRequestEvent(fixture.db, {
    requestId: id, at: sentAt, actor: 'insyn-delivery', kind: 'delivered',
    detail: { delivery: delivery!.id, channel: 'mailbox', reason: 'mailbox-reachable', operator: 'Kivra (demo)', letters: 1, recipient: 'subject' },
  });
  const body = (await getConsole(fixture.app, handler, `/konsol/arenden/${id}`)).body;
  const sent = deliveriesOf(body);
  assert.match(sent, /Bekräftelse Skickat Digital brevlåda \(Kivra \(demo\)\) Personen har en digital brevlåda som tar emot post från oss kivra-demo-7f3a 2 mars 2026 kl\. 10:20 1/);
  assert.ok(!sent.includes(subject) && !sent.includes('Storgatan'), 'no personal data in the deliveries');
  assert.match(pageText(body), /Skickat: Digital brevlåda \(Kivra \(demo\)\) Systemet/);
  assert.match(body, /<span class="badge badge-done">Skickat<\/span>/);
  const english = deliveriesOf((await getConsole(fixture.app, handler, `/konsol/arenden/${id}?lang=en`)).body);
  assert.match(english, /Acknowledgement Sent Digital mailbox \(Kivra \(demo\)\) The person has a digital mailbox that accepts post from us kivra-demo-7f3a/);

  const other = await registerInConsole(fixture.app, handler, phoneCall(nextPerson()));
  const [fallback] = await listDeliveries(fixture.db, other);
  const at = new Date('2026-03-02T13:00:00Z');
  await appendRequestEvent(fixture.db, { requestId: other, at, actor: 'insyn-delivery', kind: 'delivery-retry', detail: { delivery: fallback!.id, code: 'MAILBOX_UNAVAILABLE' } });
  await appendRequestEvent(fixture.db, { requestId: other, at, actor: 'insyn-delivery', kind: 'delivery-alert', detail: { delivery: fallback!.id, code: 'MAILBOX_UNAVAILABLE' } });
  await appendRequestEvent(fixture.db, {
    requestId: other, at, actor: 'insyn-delivery', kind: 'delivered',
    detail: { delivery: fallback!.id, channel: 'post', route: 'direct', reason: 'mailbox-unavailable', letters: 1, recipient: 'subject' },
  });
  await updateDelivery(fixture.db, fallback!.id, {
    status: 'sent', channel: 'post', route: 'direct', reason: 'mailbox-unavailable', lastErrorCode: 'MAILBOX_UNAVAILABLE', attempts: 7, sentAt: at, at,
  });
  const fallbackBody = (await getConsole(fixture.app, handler, `/konsol/arenden/${other}`)).body;
  assert.match(deliveriesOf(fallbackBody),
    /Bekräftelse Skickat Post till folkbokföringsadressen Reservväg: post Tjänsten för digital post svarade inte inom reservtiden – skickat med post \(felkod MAILBOX_UNAVAILABLE \) – 2 mars 2026 kl\. 14:00 7/);
  assert.match(fallbackBody, /<span class="badge badge-due-soon">Reservväg: post<\/span>/);
  const timeline = pageText(fallbackBody);
  assert.match(timeline, /Tjänsten för digital post svarade inte – nytt försök senare/);
  assert.match(timeline, /Larm: Tjänsten för digital post svarade inte inom reservtiden – brevet skickas med post/);
  assert.match(timeline, /Skickat: Post till folkbokföringsadressen – Tjänsten för digital post svarade inte inom reservtiden/);
});

test('deliveries: through Skatteverket for a protected person, held until identified, and failed with nowhere to send', async () => {
  const id = await registerInConsole(fixture.app, handler, phoneCall(nextPerson()));
  const [delivery] = await listDeliveries(fixture.db, id);
  const at = new Date('2026-03-02T09:30:00Z');
  await updateDelivery(fixture.db, delivery!.id, { status: 'sent', channel: 'post', route: 'forwarding', reason: 'no-mailbox', attempts: 1, sentAt: at, at });
  const forwarded = deliveriesOf((await getConsole(fixture.app, handler, `/konsol/arenden/${id}`)).body);
  assert.match(forwarded, /Skickat Post via Skatteverkets vidarebefordran \(skyddade personuppgifter\) Personen har ingen digital brevlåda – 2 mars 2026/);
  assert.doesNotMatch(forwarded, /Reservväg/);

  await updateDelivery(fixture.db, delivery!.id, { status: 'held', channel: null, route: null, reason: 'awaiting-identity', sentAt: null, at });
  assert.match(deliveriesOf((await getConsole(fixture.app, handler, `/konsol/arenden/${id}`)).body), /Väntar på identifiering Inte valt ännu Väntar på att personen identifieras/);

  await updateDelivery(fixture.db, delivery!.id, { status: 'failed', reason: 'no-address', lastErrorCode: 'DELIVERY_NOT_POSSIBLE', at });
  await appendRequestEvent(fixture.db, {
    requestId: id, at, actor: 'insyn-delivery', kind: 'delivery-failed', detail: { delivery: delivery!.id, reason: 'no-address', code: 'DELIVERY_NOT_POSSIBLE' },
  });
  const body = (await getConsole(fixture.app, handler, `/konsol/arenden/${id}`)).body;
  assert.match(deliveriesOf(body), /Misslyckades Skicka igen Inte valt ännu Varken brevlåda eller adress – kontakta personen på annat sätt \(felkod DELIVERY_NOT_POSSIBLE \)/);
  assert.match(body, /<span class="badge badge-overdue">Misslyckades<\/span>/);
  assert.match(pageText(body), /Larm: utskicket gick inte att skicka – Varken brevlåda eller adress – kontakta personen på annat sätt/);

  // Once the cause is mended, the case handler sends it again: pending, a new job, the timeline says who.
  const resent = await postConsole(fixture.app, handler, action(id, 'resend-delivery'), { delivery: delivery!.id });
  assert.equal(resent.statusCode, 303);
  assert.equal(resent.headers.location, `/konsol/arenden/${id}?klart=delivery-resent`);
  const [again] = await listDeliveries(fixture.db, id);
  assert.deepEqual([again?.status, again?.lastErrorCode], ['pending', null]);
  const jobs = await fixture.db.selectFrom('job').select('idempotency_key').where('idempotency_key', 'like', `deliver:${delivery!.id}:resend:%`).execute();
  assert.equal(jobs.length, 1, 'a new delivery job');
  const after = (await getConsole(fixture.app, handler, `/konsol/arenden/${id}?klart=delivery-resent`)).body;
  assert.match(pageText(after), /Utskicket skickas igen\. Kanalen väljs på nytt/);
  assert.match(pageText(after), /Utskicket skickas igen/);
  assert.doesNotMatch(deliveriesOf(after), /Skicka igen/, 'no button on a delivery that has not failed');
  const twice = await postConsole(fixture.app, handler, action(id, 'resend-delivery'), { delivery: delivery!.id });
  assert.notEqual(twice.statusCode, 303, 'a delivery that has not failed is not sent again');
});
