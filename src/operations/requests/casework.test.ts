// The casework operations against a real (PGlite) database and processing log: intake from any
// channel with a case number and an acknowledgement on the outbox, duplicates, the extension
// rules of R03, pause and resume, and decisions with four-eyes approval.
import assert from 'node:assert/strict';
import { after, before, test } from 'node:test';
import { isInsynError } from '../../domain/error-catalogue.ts';
import { parseIdentityNumber } from '../../domain/personnummer.ts';
import { listLetters, findLetter } from '../../stores/letter-store.ts';
import { listRequestEvents } from '../../stores/request-event-store.ts';
import { findRequest } from '../../stores/request-store.ts';
import { openCaseworkFixture, type CaseworkFixture } from '../../../test/support/casework-fixture.ts';
import { settleCollection } from '../../../test/support/collection-outcome.ts';
import { approveRequestDecision, proposeRequestDecision, returnRequestDecision } from './decide-request.ts';
import { extendDeadline } from './extend-deadline.ts';
import type { LetterModel } from '../../documents/letters/letter-model.ts';
import { pauseRequest, resumeRequest } from './pause-request.ts';
import { registerRequest } from './register-request.ts';
import { reminderHorizon, remindRequests } from './remind-job.ts';
import { searchCases } from './search-cases.ts';
import { retryCollection } from './retry-collection.ts';

const adult = parseIdentityNumber('198403129003');
const other = parseIdentityNumber('197001019871');
let fixture: CaseworkFixture;
before(async () => { fixture = await openCaseworkFixture(); });
after(() => fixture.close());

const phone = (receivedAt: string, right: 'access' | 'rectification' = 'rectification') => ({
  right, channel: 'phone' as const, language: 'sv' as const, subject: adult, identityMethod: 'registered-address' as const,
  receivedAt: new Date(receivedAt), details: { text: 'Min adress i ärendet om sjukpenning är fel.' }, actor: 'staff:hanna',
});

test('a phone request without a form gets a case number, the contact time, an acknowledgement and a logged registration (R01, R04)', async () => {
  fixture.setNow('2026-01-31T10:00:00Z');
  const result = await registerRequest(fixture.deps, phone('2026-01-31T08:15:00Z'));
  assert.match(result.caseNumber, /^DSR 2026\/\d{6}$/);
  assert.equal(result.status, 'handling');
  const request = await findRequest(fixture.db, result.id);
  assert.equal(request?.receivedAt.toISOString(), '2026-01-31T08:15:00.000Z');
  // Received 31 January → due on the last day of February (a Saturday in 2026 → Monday 2 March).
  assert.equal(request?.dueAt.toISOString(), '2026-03-02T22:59:59.999Z');
  assert.equal(request?.identityMethod, 'registered-address');
  assert.doesNotMatch(request?.detailsSealed ?? '', /adress|sjukpenning/);
  const letters = await listLetters(fixture.db, result.id);
  assert.deepEqual(letters.map((letter) => [letter.kind, letter.deliveryStatus]), [['acknowledgement', 'pending']]);
  const stored = await findLetter(fixture.db, result.id, letters[0]!.id);
  const facts = fixture.deps.contentSealer.openJson<LetterModel>(stored!.contentSealed, stored!.id);
  assert.equal(facts.kind, 'acknowledgement');
  assert.equal(facts.caseNumber, result.caseNumber);
  const events = await listRequestEvents(fixture.db, result.id);
  assert.deepEqual(events.map((event) => event.kind), ['registered', 'letter']);
  const logged = await fixture.db.selectFrom('processing_log').select(['kind', 'actor', 'step_id']).where('step_id', '=', result.id).execute();
  assert.deepEqual(logged.map((event) => [event.kind, event.actor]), [['register', 'staff:hanna']]);
});

test('case numbers run on within the year and never repeat', async () => {
  fixture.setNow('2026-02-02T10:00:00Z');
  const numbers = await Promise.all([1, 2, 3].map(() => registerRequest(fixture.deps, { ...phone('2026-02-02T09:00:00Z'), subject: other, right: 'rectification' })));
  assert.equal(new Set(numbers.map((result) => result.caseNumber)).size, 3);
});

test('the case number takes the Swedish year: half past midnight on New Year\'s Day is the new year', async () => {
  fixture.setNow('2026-12-31T23:30:00Z'); // 00:30 on 1 January 2027 in Sweden
  const { caseNumber } = await registerRequest(fixture.deps, { ...phone('2026-12-31T23:20:00Z'), right: 'objection' });
  assert.match(caseNumber, /^DSR 2027\/\d{6}$/);
});

test('a second request for the same right while one is open is linked to it and answered by a duplicate notice', async () => {
  fixture.setNow('2026-04-01T10:00:00Z');
  const first = await registerRequest(fixture.deps, { ...phone('2026-04-01T09:00:00Z', 'access') });
  const second = await registerRequest(fixture.deps, { ...phone('2026-04-01T09:30:00Z', 'access'), channel: 'letter' });
  assert.equal(second.duplicateOf, first.id);
  assert.equal(second.status, 'completed');
  const letters = await listLetters(fixture.db, second.id);
  assert.deepEqual(letters.map((letter) => letter.kind), ['duplicate']);
});

test('an extension needs reasons and the first month, is possible once, and notifies before the original due date (R03)', async () => {
  fixture.setNow('2026-03-16T10:00:00Z');
  const { id } = await registerRequest(fixture.deps, { ...phone('2026-03-15T10:00:00Z'), subject: parseIdentityNumber('197512241238') });
  const extend = (reasons: string) => extendDeadline(fixture.deps, { requestId: id, reason: 'complexity', reasons, actor: 'staff:hanna' });
  await assert.rejects(extend(''), (error) => isInsynError(error, 'EXTENSION_NOT_ALLOWED') && /reasons-missing/.test(error.message));
  fixture.setNow('2026-04-10T10:00:00Z');
  const { dueAt } = await extend('Ärendet rör uppgifter i många system och kräver sekretessprövning.');
  // 15 March + 3 months = 15 June 2026 (a Monday).
  assert.equal(dueAt.toISOString(), '2026-06-15T21:59:59.999Z');
  await assert.rejects(extend('Ännu en förlängning med skäl.'), (error) => isInsynError(error, 'EXTENSION_NOT_ALLOWED') && /already-extended/.test(error.message));
  const letters = await listLetters(fixture.db, id);
  const notice = letters.find((letter) => letter.kind === 'extension');
  const request = await findRequest(fixture.db, id);
  assert.ok(notice && request?.originalDueAt && notice.createdAt < request.originalDueAt);

  fixture.setNow('2026-03-16T10:00:00Z');
  const late = await registerRequest(fixture.deps, { ...phone('2026-03-16T09:00:00Z'), subject: parseIdentityNumber('196203034563') });
  fixture.setNow('2026-04-17T10:00:00Z');
  await assert.rejects(
    extendDeadline(fixture.deps, { requestId: late.id, reason: 'number-of-requests', reasons: 'Många ärenden just nu hos oss.', actor: 'staff:hanna' }),
    (error) => isInsynError(error, 'EXTENSION_NOT_ALLOWED') && /first-month-over/.test(error.message),
  );
});

test('a pause asks the person to supplement and moves the due date on by the days paused', async () => {
  fixture.setNow('2026-05-04T10:00:00Z');
  const { id } = await registerRequest(fixture.deps, { ...phone('2026-05-04T09:00:00Z'), subject: parseIdentityNumber('199001011239') });
  const before = await findRequest(fixture.db, id);
  await pauseRequest(fixture.deps, { requestId: id, needs: ['context'], actor: 'staff:hanna' });
  assert.equal((await findRequest(fixture.db, id))?.status, 'paused');
  fixture.setNow('2026-05-11T10:00:00Z');
  const { dueAt } = await resumeRequest(fixture.deps, { requestId: id, actor: 'staff:hanna' });
  assert.equal((await findRequest(fixture.db, id))?.status, 'handling');
  assert.equal(before?.dueAt.toISOString(), '2026-06-04T21:59:59.999Z');
  // Seven days later: 11 June 2026, a Thursday.
  assert.equal(dueAt.toISOString(), '2026-06-11T21:59:59.999Z');
  assert.ok((await listLetters(fixture.db, id)).some((letter) => letter.kind === 'supplement'));
});

test('a refusal needs reasons and a ground, waits for a granskare other than the proposer, and is sent as a decision', async () => {
  fixture.setNow('2026-06-01T10:00:00Z');
  const { id } = await registerRequest(fixture.deps, { ...phone('2026-06-01T09:00:00Z'), subject: parseIdentityNumber('198506152381') });
  const item = { description: 'Rättelse av adress', outcome: 'refused' as const, legalGrounds: [] as string[] };
  await assert.rejects(
    proposeRequestDecision(fixture.deps, { requestId: id, decision: { items: [item] }, actor: 'staff:hanna' }),
    (error) => isInsynError(error, 'DECISION_INCOMPLETE'),
  );
  const decision = { items: [{ ...item, reasons: 'Uppgiften är riktig enligt folkbokföringen.', legalGrounds: ['Artikel 16 i dataskyddsförordningen'] }] };
  assert.equal(await proposeRequestDecision(fixture.deps, { requestId: id, decision, actor: 'staff:hanna' }), 'approval');
  await assert.rejects(approveRequestDecision(fixture.deps, { requestId: id, actor: 'staff:hanna' }), (error) => isInsynError(error, 'APPROVAL_NOT_ALLOWED'));
  await returnRequestDecision(fixture.deps, { requestId: id, actor: 'staff:gustav' });
  assert.equal((await findRequest(fixture.db, id))?.status, 'handling');
  await proposeRequestDecision(fixture.deps, { requestId: id, decision, actor: 'staff:hanna' });
  await approveRequestDecision(fixture.deps, { requestId: id, actor: 'staff:gustav' });
  const request = await findRequest(fixture.db, id);
  assert.equal(request?.status, 'completed');
  assert.ok((await listLetters(fixture.db, id)).some((letter) => letter.kind === 'decision'));
  const transitions = (await listRequestEvents(fixture.db, id)).filter((event) => event.kind === 'transition').map((event) => `${event.from}→${event.to}`);
  assert.deepEqual(transitions, ['handling→approval', 'approval→handling', 'handling→approval', 'approval→completed']);
  const logged = await fixture.db.selectFrom('processing_log').select('kind').where('step_id', '=', id).execute();
  assert.equal(logged.filter((event) => event.kind === 'store').length, 4);
});

test('a foreign eID request waits for matching and a protected person is marked at intake', async () => {
  fixture.setNow('2026-07-01T10:00:00Z');
  const foreign = await registerRequest(fixture.deps, {
    right: 'access', channel: 'e-service', language: 'en', identityMethod: 'foreign-eid', requesterKey: 'f'.repeat(64),
    foreignIdentity: { foreignId: 'DE/SE/1234', name: 'Erika Mustermann', birthDate: '1964-08-12' }, actor: 'e-service',
  });
  assert.equal(foreign.status, 'matching');
  assert.equal((await findRequest(fixture.db, foreign.id))?.subjectKey, null);
  assert.ok(!(await fixture.db.selectFrom('job').select('id').where('idempotency_key', '=', `collect:${foreign.id}`).executeTakeFirst()));
  const shielded = await openCaseworkFixture({ protectedNumbers: [adult.normalized] });
  try {
    const { id } = await registerRequest(shielded.deps, phone('2026-03-02T08:00:00Z'));
    assert.equal((await findRequest(shielded.db, id))?.protected, true);
  } finally {
    await shielded.close();
  }
});

test('a reminder before the due date and an alert after it, once each, in the timeline', async () => {
  fixture.setNow('2026-08-03T09:00:00Z');
  const { id } = await registerRequest(fixture.deps, { ...phone('2026-08-03T08:00:00Z'), subject: parseIdentityNumber('198808088887') });
  const remind = () => remindRequests({ db: fixture.db, reminderWorkingDays: 5, evesAreHolidays: false, clock: fixture.deps.clock });
  const kinds = async () => (await listRequestEvents(fixture.db, id)).map((event) => event.kind).filter((kind) => kind === 'reminder' || kind === 'overdue-alert');
  await remind();
  assert.deepEqual(await kinds(), []);
  // Due Thursday 3 September 2026; five working days before is Thursday 27 August.
  fixture.setNow('2026-08-27T08:00:00Z');
  await remind();
  await remind();
  assert.deepEqual(await kinds(), ['reminder']);
  fixture.setNow('2026-09-04T08:00:00Z');
  await remind();
  await remind();
  assert.deepEqual(await kinds(), ['reminder', 'overdue-alert']);
});

test('the reminder horizon counts working days, skipping weekends and holidays', () => {
  // Wednesday 23 December 2026 + 2 working days: 24th (julafton, a working day by default), 28th (after Christmas and the weekend).
  assert.equal(reminderHorizon(new Date('2026-12-23T10:00:00Z'), 2, false).toISOString(), '2026-12-28T22:59:59.999Z');
  assert.equal(reminderHorizon(new Date('2026-12-23T10:00:00Z'), 2, true).toISOString(), '2026-12-29T22:59:59.999Z');
});

test('a search for a person names its purpose, is logged before it runs, and leaves protected persons out without the authorisation', async () => {
  const shielded = await openCaseworkFixture({ protectedNumbers: ['196203034563'] });
  try {
    shielded.setNow('2026-09-01T10:00:00Z');
    const open = await registerRequest(shielded.deps, { ...phone('2026-09-01T08:00:00Z'), subject: parseIdentityNumber('197512241238') });
    await registerRequest(shielded.deps, { ...phone('2026-09-01T08:00:00Z'), subject: parseIdentityNumber('196203034563') });
    const deps = { ...shielded.deps, viewLog: shielded.log };
    const handler = { staffId: 'hanna', roles: ['handlaggare'] as const };
    const found = await searchCases(deps, handler, { person: parseIdentityNumber('197512241238'), purpose: 'rattigheter' });
    assert.deepEqual(found.map((summary) => summary.id), [open.id]);
    assert.deepEqual(await searchCases(deps, handler, { person: parseIdentityNumber('196203034563'), purpose: 'rattigheter' }), []);
    const cleared = await searchCases(deps, { staffId: 'sara', roles: ['handlaggare', 'skyddad-identitet'] }, { person: parseIdentityNumber('196203034563'), purpose: 'rattigheter' });
    assert.equal(cleared.length, 1);
    await assert.rejects(searchCases(deps, handler, { person: parseIdentityNumber('197512241238'), purpose: 'nyfikenhet' }), (error) => isInsynError(error, 'UNKNOWN_PURPOSE'));
    const searches = await shielded.db.selectFrom('processing_log').select(['actor', 'purpose']).where('kind', '=', 'read').execute();
    assert.deepEqual(searches.map((event) => `${event.actor}:${event.purpose}`), ['staff:hanna:rattigheter', 'staff:hanna:rattigheter', 'staff:sara:rattigheter']);
  } finally {
    await shielded.close();
  }
});

test('a request by another requester about the same person is not a duplicate: an agent\'s request is answered on its own', async () => {
  fixture.setNow('2026-10-01T10:00:00Z');
  const person = parseIdentityNumber('199001011239');
  const own = await registerRequest(fixture.deps, { ...phone('2026-10-01T09:00:00Z', 'access'), subject: person });
  const agent = await registerRequest(fixture.deps, {
    ...phone('2026-10-01T09:30:00Z', 'access'), subject: person, channel: 'letter',
    representative: { kind: 'agent', identity: parseIdentityNumber('197512241238'), proof: 'power-of-attorney' },
  });
  assert.equal(agent.duplicateOf, null);
  assert.equal(agent.status, 'received');
  assert.notEqual(agent.caseNumber, own.caseNumber);
  const again = await registerRequest(fixture.deps, { ...phone('2026-10-01T09:45:00Z', 'access'), subject: person, channel: 'email' });
  assert.equal(again.duplicateOf, own.id, 'the person\'s own second request is');
});

test('an access request is not paused while its collection is under way', async () => {
  fixture.setNow('2026-10-02T10:00:00Z');
  const { id } = await registerRequest(fixture.deps, { ...phone('2026-10-02T09:00:00Z', 'access'), subject: parseIdentityNumber('196203034563') });
  await assert.rejects(pauseRequest(fixture.deps, { requestId: id, needs: ['which-data'], actor: 'staff:hanna' }),
    (error) => isInsynError(error, 'REQUEST_TRANSITION_INVALID'));
});

test('a failed register extract is collected again on a case handler\'s word, with a fresh job; nothing else is', async () => {
  fixture.setNow('2026-10-05T10:00:00Z');
  const { id } = await registerRequest(fixture.deps, { ...phone('2026-10-05T09:00:00Z', 'access'), subject: parseIdentityNumber('198808088887') });
  await settleCollection(fixture.deps, id, 'failed', { errorCode: 'SOURCE_UNAVAILABLE' });
  await retryCollection(fixture.deps, { requestId: id, actor: 'staff:hanna' });
  const request = await findRequest(fixture.db, id);
  assert.equal(request?.status, 'received');
  assert.equal(request?.errorCode, null);
  const jobs = await fixture.db.selectFrom('job').select(['idempotency_key', 'status']).where('kind', '=', 'extract.collect')
    .where('idempotency_key', 'like', `collect:${id}%`).execute();
  assert.equal(jobs.length, 2, 'the first job and a fresh one');
  await assert.rejects(retryCollection(fixture.deps, { requestId: id, actor: 'staff:hanna' }), (error) => isInsynError(error, 'REQUEST_TRANSITION_INVALID'));
});
