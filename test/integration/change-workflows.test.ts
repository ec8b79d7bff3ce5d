// The change workflows end to end (issue 6, R18–R22) on the demo agency (PGlite; PostgreSQL + MariaDB): a case handler's
// proposals, the decision built from them item for item, the durable run that carries them out in
// the source systems, the restrictions set while a request is assessed and lifted after the
// decision's notice, Art. 19 notifications to the recipients that received the data, and the
// receipt. Each right: the source rows change exactly as decided, kept items carry their ground.
import assert from 'node:assert/strict';
import { after, before, describe, test } from 'node:test';
import { demoPersonas } from '../../src/devservices/demo-agency/demo-personas.ts';
import { isInsynError } from '../../src/domain/error-catalogue.ts';
import { parseIdentityNumber } from '../../src/domain/personnummer.ts';
import type { Decision } from '../../src/domain/decision.ts';
import type { LetterModel } from '../../src/documents/letters/letter-model.ts';
import {
  decideItem, HANDLER_DECIDES, keepUndecided, personRecords, proposeCompletion, proposeCorrection, proposeErasure, proposeRestriction, registerObjection,
} from '../../src/operations/changes/change-items.ts';
import { planErasure } from '../../src/operations/changes/erasure-plan.ts';
import { approveRequestDecision, proposeRequestDecision, returnRequestDecision } from '../../src/operations/requests/decide-request.ts';
import { abandonChangeItem } from '../../src/operations/changes/execute-changes.ts';
import { rightsEvent } from '../../src/operations/requests/move-request.ts';
import { changeItemsOf, findChangeExecution, stalledChangeExecutions } from '../../src/stores/change-item-store.ts';
import { listLetters, findLetter } from '../../src/stores/letter-store.ts';
import { requestNotifications } from '../../src/stores/recipient-notification-store.ts';
import { statementsOfSubject } from '../../src/stores/supplementary-statement-store.ts';
import { changeBackends, openChangeBackends, SERVICES_MISSING } from '../support/change-backends.ts';
import type { ChangeFixture } from '../support/change-fixture.ts';

const personas = demoPersonas();
const heavy = parseIdentityNumber(personas.heavy.identityNumber);
const adult = parseIdentityNumber(personas.ordinaryAdult.identityNumber);
const handler = 'staff:hanna';
const reviewer = 'staff:greta';
const noReasons: Decision = { items: [] };
const pick = <T extends object, K extends keyof T>(value: T | undefined, keys: readonly K[]) => Object.fromEntries(keys.map((key) => [key, value?.[key]]));

// Every group of cases runs on each backend in turn, with that backend's fixture current.
const fixtures = await openChangeBackends({ persons: 30 });
after(async () => { for (const opened of fixtures) await opened?.close(); });
let fixture: ChangeFixture;
function describeEach(name: string, cases: () => void): void {
  changeBackends.forEach((backend, index) => describe(`${name} (${backend.name})`, { skip: fixtures[index] ? false : SERVICES_MISSING }, () => {
    before(() => { fixture = fixtures[index]!; });
    cases();
  }));
}

async function letterOf(requestId: string, kind: string): Promise<LetterModel> {
  const letter = (await listLetters(fixture.deps.db, requestId)).find((candidate) => candidate.kind === kind);
  assert.ok(letter, `a ${kind} letter`);
  const record = await findLetter(fixture.deps.db, requestId, letter.id);
  return fixture.deps.contentSealer.openJson<LetterModel>(record!.contentSealed, letter.id);
}

/** Proposes the decision from the items and, when it needs one, has a granskare approve it. */
async function decide(requestId: string): Promise<void> {
  const result = await proposeRequestDecision(fixture.deps, { requestId, decision: noReasons, actor: handler });
  if (result === 'approval') await approveRequestDecision(fixture.deps, { requestId, actor: reviewer });
}

async function readFor(purpose: string, subject: typeof heavy, dataset: string) {
  return fixture.sources.sources.access.readSubject({ actor: { id: handler }, purpose, subject, dataset });
}

describeEach('erasure', () => {
  test('the dry run, the decision and the run agree item for item; kept items keep their ground; a receipt lists what was erased where', async () => {
    const requestId = await fixture.register('erasure', heavy);
    const count = await proposeErasure(fixture.changework, { requestId, actor: handler });
    const items = await changeItemsOf(fixture.deps.db, requestId);
    assert.equal(items.length, count);
    const erase = items.filter((item) => item.decision === 'apply');
    const kept = items.filter((item) => item.decision === 'keep');
    assert.deepEqual([...new Set(erase.map((item) => item.dataset))].sort(), ['kontakthistorik.kontakt', 'mina-sidor.avisering'], 'erasable data in two systems');
    assert.ok(kept.some((item) => item.reason === 'official-authority') && kept.some((item) => item.reason === 'legal-obligation'));
    // Records the plan cannot settle (reached only through a case, restricted, an ambiguous key) are the case handler's to decide.
    if (kept.some((item) => HANDLER_DECIDES.has(item.reason ?? ''))) {
      await assert.rejects(proposeRequestDecision(fixture.deps, { requestId, decision: noReasons, actor: handler }), (error) => isInsynError(error, 'DECISION_INCOMPLETE'));
    }
    for (const reason of HANDLER_DECIDES) {
      const open = kept.filter((candidate) => candidate.reason === reason).length;
      assert.equal(await keepUndecided(fixture.deps.db, fixture.changework, {
        requestId, reason, ground: 'gdpr-17-3-e', reasons: 'Du behöver uppgifterna för ett rättsligt anspråk, som du själv angett.', actor: handler,
      }), open, `every ${reason} record kept at once, with the same reasons`);
    }

    await decide(requestId);
    const decision = await letterOf(requestId, 'decision');
    assert.equal(decision.kind, 'decision');
    if (decision.kind !== 'decision') return;
    assert.equal(decision.decision.items.length, items.length, 'one decision item per change item');
    assert.equal(decision.decision.items.filter((item) => item.outcome === 'granted').length, erase.length);
    for (const item of decision.decision.items.filter((candidate) => candidate.outcome === 'refused')) {
      assert.ok(item.reasons && item.reasons.length >= 10, 'a kept item is reasoned in words');
      assert.ok(item.legalGrounds.length > 0 && item.legalGrounds.every((ground) => ground.startsWith('gdpr-')));
    }
    assert.ok(!JSON.stringify(decision).includes(heavy.normalized.slice(2)), 'no identity number in the decision');

    assert.ok(await fixture.runJobs() >= 1);
    const execution = await findChangeExecution(fixture.deps.db, requestId);
    assert.equal(execution?.status, 'done');
    const done = await changeItemsOf(fixture.deps.db, requestId);
    for (const item of done.filter((candidate) => candidate.decision === 'apply')) assert.deepEqual([item.status, item.outcome], ['done', 'deleted']);
    const again = await planErasure(fixture.sources.catalog, fixture.sources.sources.access, { subject: heavy, actor: handler });
    assert.deepEqual(again.filter((item) => item.decision === 'erase'), [], 'nothing erasable is left');
    assert.equal(again.filter((item) => item.decision === 'keep').length, kept.length, 'every kept record is still there');

    const receipt = await letterOf(requestId, 'receipt');
    assert.equal(receipt.kind, 'receipt');
    if (receipt.kind !== 'receipt') return;
    assert.equal(receipt.items.filter((item) => item.outcome === 'done').length, erase.length);
    assert.ok(receipt.items.some((item) => item.outcome === 'done' && item.system === 'Kontakthistorik'));
    assert.ok(receipt.items.some((item) => item.outcome === 'done' && item.system.startsWith('Mina sidor')));
    assert.equal(receipt.items.filter((item) => item.outcome === 'kept').length, kept.length);
  });
});

describeEach('rectification', () => {
  test('a correction restricts the disputed record at once, is made in the source after the decision, and the restriction is lifted on its notice', async () => {
    const requestId = await fixture.register('rectification', adult);
    const records = await personRecords(fixture.changework, { requestId, actor: handler });
    const setting = records.find((record) => record.dataset === 'mina-sidor.avisering');
    assert.ok(setting, 'the person has a notification setting');
    const before = (await readFor('information', adult, 'mina-sidor.avisering')).rows.length;
    await proposeCorrection(fixture.changework, { requestId, actor: handler, record: setting.token, set: { mobile: '070-174 06 99' } });
    // A disclosure made through Insyn (a processing-log event naming the recipient) of the number now corrected.
    await fixture.sources.log.append([rightsEvent(fixture.sources.catalog, {
      actor: 'staff:hanna', kind: 'disclose', subjectKey: fixture.sources.subjectKey(adult.normalized), datasets: ['mina-sidor.avisering'], fields: ['mobile'],
      detail: { recipient: 'arbetsformedlingen' },
    })]);
    const during = await readFor('information', adult, 'mina-sidor.avisering');
    assert.equal(during.rows.length, before - 1, 'the disputed record is left out of case handling while restricted');

    await decide(requestId);
    // The correction is made, but the restriction waits until the decision that gives notice of the lift has reached the person.
    await fixture.runJobs(['changes.execute']);
    assert.deepEqual(Object.values(pick(await findChangeExecution(fixture.deps.db, requestId), ['status', 'errorCode'])), ['waiting', 'NOTICE_NOT_DELIVERED']);
    assert.equal((await readFor('information', adult, 'mina-sidor.avisering')).rows.length, before - 1, 'still restricted before the notice arrives');
    await fixture.runJobs();
    const [item] = await changeItemsOf(fixture.deps.db, requestId);
    assert.deepEqual([item!.status, item!.outcome], ['done', 'updated']);
    const afterRead = await readFor('information', adult, 'mina-sidor.avisering');
    assert.equal(afterRead.rows.length, before, 'the restriction was lifted once the decision was carried out');
    assert.ok(afterRead.rows.some((row) => row.mobile === '070-174 06 99'), 'the source holds the corrected value');
    const lifted = await fixture.deps.db.selectFrom('restriction').select(['lifted_at', 'lift_notice']).where('request_id', '=', requestId).execute();
    const decisionLetter = (await listLetters(fixture.deps.db, requestId)).find((letter) => letter.kind === 'decision')!;
    assert.ok(lifted.length > 0 && lifted.every((row) => row.lifted_at !== null && row.lift_notice === decisionLetter.id), 'lifted on the decision\'s notice');
    const decision = await letterOf(requestId, 'decision');
    assert.ok(decision.kind === 'decision' && decision.decision.reasons?.includes('Begränsningen upphör'), 'the decision tells the person before the lift');
    const notified = await requestNotifications(fixture.deps.db, requestId);
    assert.deepEqual(notified.map((notification) => [notification.recipient, notification.kind]), [['arbetsformedlingen', 'rectification']],
      'the recipient of the disclosure made through Insyn is told');
    const receipt = await letterOf(requestId, 'receipt');
    assert.ok(receipt.kind === 'receipt' && receipt.notified.includes('Arbetsförmedlingen'), 'and the person learns who was told');
  });

  test('a field the catalog does not declare changeable is refused', async () => {
    const requestId = await fixture.register('rectification', adult);
    const records = await personRecords(fixture.changework, { requestId, actor: handler });
    const setting = records.find((record) => record.dataset === 'mina-sidor.avisering')!;
    await assert.rejects(proposeCorrection(fixture.changework, { requestId, actor: handler, record: setting.token, set: { reminder: 'x' } }),
      (error) => isInsynError(error, 'CHANGE_NOT_ALLOWED'));
    await assert.rejects(proposeCorrection(fixture.changework, { requestId, actor: handler, record: 'forged', set: { summary: 'x' } }),
      (error) => isInsynError(error, 'VALIDATION_FAILED'));
  });

  test('a completion is stored once as a supplementary statement beside the record', async () => {
    const requestId = await fixture.register('completion', adult);
    const records = await personRecords(fixture.changework, { requestId, actor: handler });
    const person = records.find((record) => record.dataset === 'folkbokforing.person')!;
    const before = (await statementsOfSubject(fixture.deps.db, fixture.sources.subjectKey(adult.normalized))).length;
    await proposeCompletion(fixture.changework, { requestId, actor: handler, record: person.token, statement: 'Jag kallas Annie i vardagligt tal.' });
    await decide(requestId);
    await fixture.runJobs();
    const [item] = await changeItemsOf(fixture.deps.db, requestId);
    assert.deepEqual([item!.status, item!.outcome], ['done', 'completed']);
    assert.equal((await statementsOfSubject(fixture.deps.db, fixture.sources.subjectKey(adult.normalized))).length, before + 1);
  });
});

describeEach('restriction and objection', () => {
  test('a decided restriction: case handling is refused, storage is not; recipients that received the data are told, and the receipt names them', async () => {
    const requestId = await fixture.register('restriction', heavy);
    await proposeRestriction(fixture.changework, { requestId, actor: handler, dataset: 'arenden.arende', reason: 'legal-claims' });
    await decide(requestId);
    await fixture.runJobs();
    await assert.rejects(readFor('handlaggning', heavy, 'arenden.arende'), (error) => isInsynError(error, 'PROCESSING_RESTRICTED'));
    const stored = await readFor('rattigheter', heavy, 'arenden.arende');
    assert.ok(stored.rows.length > 0, 'the data are still stored (read on the person\'s own request)');
    const notifications = await requestNotifications(fixture.deps.db, requestId);
    assert.ok(notifications.length > 0, 'the heavy persona\'s case data were disclosed to others');
    assert.ok(notifications.every((notification) => notification.kind === 'restriction'));
    assert.equal(new Set(notifications.map((notification) => notification.recipient)).size, notifications.length, 'one notification per recipient');
    const receipt = await letterOf(requestId, 'receipt');
    assert.ok(receipt.kind === 'receipt' && receipt.notified.length === notifications.length, 'the person is told who was notified');
  });

  test('an objection restricts the processing while assessed; refused with reasons, the restriction is lifted after the decision', async () => {
    const requestId = await fixture.register('objection', adult);
    await registerObjection(fixture.changework, { requestId, actor: handler, dataset: 'kontakthistorik.kontakt' });
    await assert.rejects(readFor('handlaggning', adult, 'kontakthistorik.kontakt'), (error) => isInsynError(error, 'PROCESSING_RESTRICTED'));
    const [item] = await changeItemsOf(fixture.deps.db, requestId);
    await assert.rejects(decideItem(fixture.deps.db, fixture.changework, { requestId, itemId: item!.id, decision: 'keep', actor: handler }),
      (error) => isInsynError(error, 'DECISION_INCOMPLETE'));
    await decideItem(fixture.deps.db, fixture.changework, {
      requestId, itemId: item!.id, decision: 'keep', ground: 'gdpr-21-1', reasons: 'Uppgifterna behövs för att handlägga pågående ärenden.', actor: handler,
    });
    assert.equal(await proposeRequestDecision(fixture.deps, { requestId, decision: noReasons, actor: handler }), 'approval');
    await approveRequestDecision(fixture.deps, { requestId, actor: reviewer });
    await fixture.runJobs();
    assert.ok((await readFor('handlaggning', adult, 'kontakthistorik.kontakt')).rows.length > 0, 'processing resumes after the decision');
    const decision = await letterOf(requestId, 'decision');
    assert.ok(decision.kind === 'decision' && decision.decision.items[0]?.outcome === 'refused' && decision.decision.items[0].legalGrounds.includes('gdpr-21-1'));
  });
});

describeEach('a refused change', () => {
  test('a record changed after the decision: the item fails with its code, the run stops visibly, nothing else is touched', async () => {
    const person = parseIdentityNumber(personas.fingeradePersonuppgifter.identityNumber);
    const requestId = await fixture.register('rectification', person);
    const records = await personRecords(fixture.changework, { requestId, actor: handler });
    const setting = records.find((record) => record.dataset === 'mina-sidor.avisering')!;
    await proposeCorrection(fixture.changework, { requestId, actor: handler, record: setting.token, set: { email: 'ny@example.com' } });
    await decide(requestId);
    // Someone else changes the record before the run (through the door, on another request).
    const key = fixture.changework.contentSealer.openJson<{ key: Record<string, string> }>(setting.token, `${requestId}/record`).key;
    await fixture.sources.sources.access.changeRecord({
      actor: { id: handler }, purpose: 'rattigheter', subject: person, dataset: 'mina-sidor.avisering', key,
      expect: { email: setting.changeable.email ?? '' }, set: { email: 'annan@example.com' }, restrictionGround: 'consent',
    });
    await fixture.runJobs();
    const [item] = await changeItemsOf(fixture.deps.db, requestId);
    assert.deepEqual([item!.status, item!.errorCode], ['failed', 'SOURCE_CONFLICT']);
    const execution = await findChangeExecution(fixture.deps.db, requestId);
    assert.deepEqual([execution?.status, execution?.errorCode], ['failed', 'CHANGE_NOT_CARRIED_OUT']);
    assert.equal((await listLetters(fixture.deps.db, requestId)).filter((letter) => letter.kind === 'receipt').length, 0, 'no receipt for what was not done');
    const stalled = await stalledChangeExecutions(fixture.deps.db, true);
    assert.ok(stalled.some((run) => run.requestId === requestId && run.status === 'failed'), 'the queue shows the run that needs attention');

    // The case handler settles it as not carried out, with reasons: the run finishes and the receipt says why.
    await abandonChangeItem(fixture.changework, { requestId, itemId: item!.id, reasons: 'Uppgiften ändrades av dig i Mina sidor efter beslutet.', actor: handler });
    await fixture.runJobs();
    assert.equal((await findChangeExecution(fixture.deps.db, requestId))?.status, 'done');
    const receipt = await letterOf(requestId, 'receipt');
    assert.ok(receipt.kind === 'receipt');
    if (receipt.kind !== 'receipt') return;
    assert.equal(receipt.items[0]?.outcome, 'not-done');
    assert.match(receipt.items[0]?.reasons ?? '', /ändrades av dig i Mina sidor.*fortfarande begränsad/s, 'the reasons, and that the record stays restricted');
    const still = await fixture.deps.db.selectFrom('restriction').select('lifted_at').where('request_id', '=', requestId).execute();
    assert.ok(still.length > 0 && still.every((row) => row.lifted_at === null), 'a correction not made stays restricted');
  });
});

describeEach('the case handler\'s decisions', () => {
  test('a restricted record in an erasure plan waits for the case handler, who may erase it on the person\'s own request', async () => {
    const person = parseIdentityNumber(personas.sekretessmarkering.identityNumber);
    const first = await fixture.register('restriction', person);
    const [setting] = (await personRecords(fixture.changework, { requestId: first, actor: handler })).filter((record) => record.dataset === 'mina-sidor.avisering');
    assert.ok(setting, 'the person has a notification setting');
    await proposeRestriction(fixture.changework, { requestId: first, actor: handler, record: setting.token, reason: 'legal-claims' });
    await decide(first);
    await fixture.runJobs();

    const requestId = await fixture.register('erasure', person);
    await proposeErasure(fixture.changework, { requestId, actor: handler });
    const restricted = (await changeItemsOf(fixture.deps.db, requestId)).filter((item) => item.reason === 'restricted');
    assert.equal(restricted.length, 1, 'the restricted setting is left to the case handler');
    await assert.rejects(proposeRequestDecision(fixture.deps, { requestId, decision: noReasons, actor: handler }), (error) => isInsynError(error, 'UNDECIDED_ITEMS'));
    await decideItem(fixture.deps.db, fixture.changework, { requestId, itemId: restricted[0]!.id, decision: 'apply', actor: handler });
    await decide(requestId);
    await fixture.runJobs();
    const [done] = (await changeItemsOf(fixture.deps.db, requestId)).filter((item) => item.id === restricted[0]!.id);
    assert.deepEqual([done?.status, done?.outcome], ['done', 'deleted'], 'erased on the person\'s own request');
  });

  test('who decided items cannot approve the decision; an upheld objection keeps the data restricted', async () => {
    const person = parseIdentityNumber(personas.guardian.identityNumber);
    const requestId = await fixture.register('objection', person);
    await registerObjection(fixture.changework, { requestId, actor: handler, dataset: 'arenden.arende' });
    const [item] = await changeItemsOf(fixture.deps.db, requestId);
    await decideItem(fixture.deps.db, fixture.changework, {
      requestId, itemId: item!.id, decision: 'keep', ground: 'gdpr-21-1', reasons: 'Tvingande berättigade skäl väger tyngre än ditt intresse.', actor: reviewer,
    });
    assert.equal(await proposeRequestDecision(fixture.deps, { requestId, decision: noReasons, actor: handler }), 'approval');
    await assert.rejects(approveRequestDecision(fixture.deps, { requestId, actor: reviewer }), (error) => isInsynError(error, 'APPROVAL_NOT_ALLOWED'));
    await returnRequestDecision(fixture.deps, { requestId, actor: 'staff:gustav' });
    await decideItem(fixture.deps.db, fixture.changework, { requestId, itemId: item!.id, decision: 'apply', actor: handler });
    await decide(requestId);
    await fixture.runJobs();
    await assert.rejects(readFor('handlaggning', person, 'arenden.arende'), (error) => isInsynError(error, 'PROCESSING_RESTRICTED'), 'upheld: only stored');
    const decision = await letterOf(requestId, 'decision');
    assert.ok(decision.kind === 'decision' && decision.decision.items[0]?.outcome === 'granted' && decision.decision.items[0].reasons?.includes('används inte'));
  });
});
