// Reading a request's letters in the e-service (inject, real database and sealed letters): the
// acknowledgement, the decision and the register extract as pages, how each letter was sent, the
// PDFs as attachments with file names that name no one, and the extract's JSON copy.
import assert from 'node:assert/strict';
import { after, before, test } from 'node:test';
import { syntheticIdentityNumber } from '../../src/domain/personnummer.ts';
import { eservicePaths } from '../../src/http/views/eservice/eservice-paths.ts';
import { completeForm, getPage, linksOf, registerThroughForm } from '../support/eservice-forms.ts';
import { saveCollectedPart } from '../../src/stores/extract-part-store.ts';
import { listDeliveries, updateDelivery } from '../../src/stores/delivery-store.ts';
import { collapse, readPdf, taggedText } from '../support/read-pdf.ts';
import { openWebFixture, type SessionCookie, type WebFixture } from '../support/web-fixture.ts';

const sv = eservicePaths('sv');
const en = eservicePaths('en');
const person = syntheticIdentityNumber('1984-03-12', 900).normalized;

let fixture: WebFixture;
let session: SessionCookie;
let requestId: string;
let letterIds: Record<string, string>;

before(async () => {
  fixture = await openWebFixture();
  session = await fixture.citizenCookie(person);
  requestId = await registerThroughForm(fixture.app, session, 'access', completeForm('access', { details: '' }));
  fixture.advance(60_000);
  await fixture.collected(requestId);
  // What collection found: the person in the population register (the extract is assembled from it for real).
  await saveCollectedPart(fixture.db, requestId, {
    dataset: 'folkbokforing.person',
    items: [{ key: person, values: { pnr: person, given_name: 'Tolvan', family_name: 'Tolvansson', protection: 'ingen' }, matchedBy: ['pnr'], roles: ['insured'] }],
  }, 'collect:folkbokforing.person');
  await fixture.casework.proposeDecision(requestId, { staffId: 'hanna', roles: ['handlaggare'] }, {
    items: [{ description: 'Registerutdrag med alla uppgifter', outcome: 'granted', legalGrounds: [] }],
  });
  const detail = await fixture.casework.citizenCase(requestId, session.subjectKey!);
  letterIds = Object.fromEntries(detail.letters.map((letter) => [letter.kind, letter.id]));
});
after(() => fixture.close());

test('the request page lists its letters oldest first, each readable and downloadable, and says it was answered', async () => {
  const page = await getPage(fixture.app, session, sv.request(requestId));
  assert.doesNotMatch(page.body, /Vi har tagit emot din begäran/, 'the confirmation only right after registration');
  const documentLinks = linksOf(page.body).filter((href) => href.startsWith(`${sv.request(requestId)}/brev/`));
  assert.deepEqual(documentLinks, [
    sv.letter(requestId, letterIds.acknowledgement!), sv.pdf(requestId, letterIds.acknowledgement!),
    sv.letter(requestId, letterIds.decision!), sv.pdf(requestId, letterIds.decision!),
    sv.letter(requestId, letterIds.extract!), sv.pdf(requestId, letterIds.extract!),
  ]);
  assert.match(page.body, /Besvarad 2 mars 2026/);
  assert.match(page.body, /<dt>Läge<\/dt><dd>Avslutad<\/dd>/);
});

test('each letter says how it was sent: to the digital mailbox, by post, or that it is on its way', async () => {
  const letterList = (body: string) => body.match(/<ul class="letter-list">[\s\S]*?<\/ul>/)?.[0] ?? assert.fail('no letter list');
  const letterItems = (body: string) => [...letterList(body).matchAll(/<li>([\s\S]*?)<\/li>/g)].map((match) => match[1]!.replace(/<[^>]+>/g, ' ').replace(/\s+/g, ' ').trim());
  const before = letterItems((await getPage(fixture.app, session, sv.request(requestId))).body);
  assert.equal(before.length, 3);
  for (const item of before) assert.match(item, /Skickas till dig inom kort\./);

  const [acknowledgement, decision] = await listDeliveries(fixture.db, requestId);
  await updateDelivery(fixture.db, acknowledgement!.id, {
    status: 'sent', channel: 'mailbox', reason: 'mailbox-reachable', operator: 'Kivra (demo)', transId: 'kivra-demo-1', attempts: 1,
    sentAt: new Date('2026-03-02T09:05:00Z'), at: new Date('2026-03-02T09:05:00Z'),
  });
  await updateDelivery(fixture.db, decision!.id, {
    status: 'sent', channel: 'post', route: 'direct', reason: 'mailbox-unavailable', lastErrorCode: 'MAILBOX_UNAVAILABLE', attempts: 5,
    sentAt: new Date('2026-03-03T12:00:00Z'), at: new Date('2026-03-03T12:00:00Z'),
  });
  const page = await getPage(fixture.app, session, sv.request(requestId));
  const items = letterItems(page.body);
  assert.match(items[0]!, /^Bekräftelse på din begäran , daterat 2 mars 2026 Skickat till din digitala brevlåda den 2 mars 2026\./);
  assert.match(items[1]!, /^Beslut , daterat 2 mars 2026 Skickat med post den 3 mars 2026\./);
  assert.match(items[2]!, /^Registerutdrag , daterat 2 mars 2026 Skickat med post den 3 mars 2026\./);
  assert.doesNotMatch(page.body, /Kivra|kivra-demo-1|reservtiden|MAILBOX_UNAVAILABLE/, 'the person is told the way, not the operator\'s receipt or our reasons');
  const english = letterItems((await getPage(fixture.app, session, en.request(requestId))).body);
  assert.match(english[0]!, /Sent to your digital mailbox on 2 March 2026\./);
  assert.match(english[1]!, /Sent by post on 3 March 2026\./);
});

test('the acknowledgement and the decision read as pages under the page heading, in the letter\'s own language', async () => {
  const acknowledgement = await getPage(fixture.app, session, sv.letter(requestId, letterIds.acknowledgement!));
  assert.equal(acknowledgement.statusCode, 200);
  assert.match(acknowledgement.body, /<h1>Bekräftelse på din begäran<\/h1>/);
  assert.match(acknowledgement.body, /<div class="letter" lang="sv">/);
  assert.equal((acknowledgement.body.match(/<h1>/g) ?? []).length, 1, 'the letter\'s headings sit under the page\'s');
  assert.match(acknowledgement.body, /DSR 2026\/\d{6}/);
  assert.match(acknowledgement.body, /2 april 2026/);
  const decision = await getPage(fixture.app, session, en.letter(requestId, letterIds.decision!));
  assert.match(decision.body, /<html lang="en">/);
  assert.match(decision.body, /<h1>Decision<\/h1>/);
  assert.match(decision.body, /<div class="letter" lang="sv">/, 'a Swedish letter stays Swedish in the English page');
  assert.match(decision.body, /förvaltningsrätt/i, 'the decision says how to appeal');
  assert.ok(!linksOf(decision.body).includes(en.json(requestId, letterIds.decision!)), 'a letter has no JSON copy');
});

test('letters download as PDF attachments named by kind, case number and date, never by the person', async () => {
  for (const kind of ['acknowledgement', 'decision'] as const) {
    const response = await getPage(fixture.app, session, sv.pdf(requestId, letterIds[kind]!));
    assert.equal(response.statusCode, 200);
    assert.equal(response.headers['content-type'], 'application/pdf');
    assert.equal(response.headers['cache-control'], 'no-store');
    const expected = kind === 'acknowledgement' ? 'bekraftelse' : 'beslut';
    assert.match(String(response.headers['content-disposition']), new RegExp(`^attachment; filename="${expected}-DSR-2026-\\d{6}-2026-03-02\\.pdf"$`));
    assert.equal(response.rawPayload.subarray(0, 5).toString(), '%PDF-');
    const pdf = await readPdf(response.rawPayload);
    assert.match(collapse(pdf.pages.map(taggedText).join(' ')), /DSR 2026\/\d{6}/);
  }
  const english = await getPage(fixture.app, session, en.pdf(requestId, letterIds.decision!));
  assert.match(String(english.headers['content-disposition']), /^attachment; filename="decision-DSR-2026-\d{6}-2026-03-02\.pdf"$/);
});

test('the register extract reads as a page and downloads as PDF and as JSON (the model as the schema orders it)', async () => {
  const page = await getPage(fixture.app, session, sv.letter(requestId, letterIds.extract!));
  assert.equal(page.statusCode, 200);
  assert.match(page.body, /<h1>Registerutdrag<\/h1>/);
  assert.match(page.body, /<div class="extract" lang="sv">/);
  assert.match(page.body, /Tolvan Tolvansson/, "the person's own extract shows their data");
  assert.ok(linksOf(page.body).includes(sv.json(requestId, letterIds.extract!)));
  const pdf = await getPage(fixture.app, session, sv.pdf(requestId, letterIds.extract!));
  assert.equal(pdf.headers['content-type'], 'application/pdf');
  assert.equal(pdf.headers['content-disposition'], 'attachment; filename="registerutdrag-2026-03-02.pdf"');
  assert.equal(pdf.rawPayload.subarray(0, 5).toString(), '%PDF-');
  const json = await getPage(fixture.app, session, sv.json(requestId, letterIds.extract!));
  assert.equal(json.statusCode, 200);
  assert.match(String(json.headers['content-type']), /^application\/json/);
  assert.equal(json.headers['content-disposition'], 'attachment; filename="registerutdrag-2026-03-02.json"');
  const copy = JSON.parse(json.body) as { schemaVersion: number; reference: string };
  assert.equal(copy.schemaVersion, 1);
  assert.match(copy.reference, /^DSR \d{4}\/\d{6}$/, 'the case number is the reference');
  assert.match(json.body, /Tolvansson/, 'the same data as the page');
});
