// Delivery of the outbox against real parts (issue 5): the demo agency's population register
// behind the access layer, the development mailbox operator over HTTP (verifying signature and
// seal), print files read back with pdf.js, and the durable job engine for retries and fallback.
import assert from 'node:assert/strict';
import { readFile, readdir } from 'node:fs/promises';
import { join } from 'node:path';
import { after, before, describe, test } from 'node:test';
import { demoPersonas } from '../../src/devservices/demo-agency/demo-personas.ts';
import { parseIdentityNumber, type IdentityNumber } from '../../src/domain/personnummer.ts';
import { createWorker } from '../../src/engine/worker.ts';
import { deliverLetters } from '../../src/operations/delivery/deliver-letters.ts';
import { stagePrintFile, stagedPrintIds } from '../../src/delivery/post/print-batch.ts';
import { closePrintBatches, deliveryJob } from '../../src/operations/delivery/delivery-jobs.ts';
import { registerRequest } from '../../src/operations/requests/register-request.ts';
import { matchRequest } from '../../src/operations/requests/match-request.ts';
import { scheduleDelivery } from '../../src/operations/delivery/schedule-delivery.ts';
import { listDeliveries, type DeliveryRecord } from '../../src/stores/delivery-store.ts';
import { listLetters } from '../../src/stores/letter-store.ts';
import { listRequestEvents } from '../../src/stores/request-event-store.ts';
import { openDeliveryFixture, type DeliveryFixture } from '../support/delivery-fixture.ts';
import { readPdf } from '../support/read-pdf.ts';
import { startTcpProxy } from '../support/tcp-proxy.ts';

const personas = demoPersonas();
const number = (role: keyof typeof personas): IdentityNumber => parseIdentityNumber(personas[role].identityNumber);

let fixture: DeliveryFixture;
before(async () => { fixture = await openDeliveryFixture(); });
after(() => fixture.close());

/** A job step memo as the engine keeps it (within one test's attempts). */
function memo(): <T>(name: string, fn: () => Promise<T>) => Promise<T> {
  const stored = new Map<string, unknown>();
  return async <T>(name: string, fn: () => Promise<T>) => {
    if (!stored.has(name)) stored.set(name, await fn());
    return stored.get(name) as T;
  };
}

async function register(subject: IdentityNumber, extra: Record<string, unknown> = {}): Promise<string> {
  const { id } = await registerRequest(fixture.deps, {
    right: 'rectification', channel: 'phone', language: 'sv', subject, identityMethod: 'registered-address',
    details: { text: 'Uppgiften om min arbetsgivare är fel.' }, actor: 'staff:hanna', ...extra,
  });
  return id;
}

async function onlyDelivery(requestId: string): Promise<DeliveryRecord> {
  const deliveries = await listDeliveries(fixture.casework.db, requestId);
  assert.equal(deliveries.length, 1);
  return deliveries[0]!;
}

/** Registers a request and sends its acknowledgement; returns the delivery as it ended. */
async function acknowledge(subject: IdentityNumber, extra: Record<string, unknown> = {}, deps = fixture.delivery()): Promise<DeliveryRecord> {
  const requestId = await register(subject, extra);
  const delivery = await onlyDelivery(requestId);
  assert.equal(delivery.status, 'pending');
  await deliverLetters(deps, delivery.id, memo());
  return onlyDelivery(requestId);
}

async function printText(deliveryId: string): Promise<{ pages: string[] }> {
  const pdf = await readPdf(await readFile(join(fixture.printDir, 'staged', `${deliveryId}.pdf`)));
  return { pages: pdf.pages.map((page) => page.texts.map((text) => text.str).join(' ')) };
}

describe('the choice, for each row of R25 and each kind of person', () => {
  test('a mailbox that accepts the agency: the letter is in the digital mailbox, verified and stored once', async () => {
    const delivery = await acknowledge(number('ordinaryAdult'));
    assert.equal(delivery.status, 'sent');
    assert.equal(delivery.reason, 'mailbox-reachable', `${delivery.reason} ${delivery.lastErrorCode}`);
    assert.equal(delivery.channel, 'mailbox');
    assert.equal(delivery.reason, 'mailbox-reachable');
    assert.ok(delivery.transId);
    const messages = fixture.operator.accounts.messages(personas.ordinaryAdult.identityNumber).filter((message) => message.messageId === delivery.id);
    assert.equal(messages.length, 1);
    assert.match(messages[0]!.subject, /^Vi har tagit emot din begäran \(DSR \d{4}\/\d{6}\)$/);
    assert.equal(messages[0]!.attachments.length, 1);
  });

  test('each negative answer goes by post to the population-register address, with its reason', async () => {
    const rows: [keyof typeof personas, string][] = [
      ['doctor', 'sender-not-accepted'], ['employerContact', 'mailbox-pending'], ['centenarian', 'no-mailbox'],
      ['fingeradePersonuppgifter', 'no-mailbox'], ['samordningsnummer', 'no-mailbox'],
    ];
    for (const [role, reason] of rows) {
      const delivery = await acknowledge(number(role));
      assert.deepEqual([delivery.status, delivery.channel, delivery.route, delivery.reason], ['sent', 'post', 'direct', reason], role);
      const { pages } = await printText(delivery.id);
      const persona = personas[role];
      assert.ok(pages[0]!.includes(`${persona.givenName} ${persona.familyName}`), `${role}: the name is on the address sheet`);
      assert.equal(fixture.operator.accounts.messages(persona.identityNumber).length, 0, `${role}: nothing in a mailbox`);
    }
  });

  test('paper asked for goes by post even to a person with a mailbox', async () => {
    const delivery = await acknowledge(number('heavy'), { answerFormat: 'paper' });
    assert.deepEqual([delivery.channel, delivery.route, delivery.reason], ['post', 'direct', 'paper-requested']);
  });

  test('sekretessmarkering with a mailbox: the mailbox (R28 prefers it)', async () => {
    const delivery = await acknowledge(number('sekretessmarkering'));
    assert.deepEqual([delivery.channel, delivery.reason], ['mailbox', 'mailbox-reachable']);
  });

  test('skyddad folkbokföring without a mailbox: through Skatteverket, the real address nowhere', async () => {
    const delivery = await acknowledge(number('skyddadFolkbokforing'));
    assert.deepEqual([delivery.channel, delivery.route, delivery.reason], ['post', 'forwarding', 'no-mailbox']);
    const { pages } = await printText(delivery.id);
    assert.match(pages[0]!, /Skatteverket/);
    assert.match(pages[0]!, /Box 2820/);
    const persona = personas.skyddadFolkbokforing;
    const whole = pages.join('\n');
    const { rows } = await fixture.sources.sources.access.readSubject({
      actor: { id: 'test' }, purpose: 'rattigheter', subject: number('skyddadFolkbokforing'), dataset: 'folkbokforing.person', fields: ['street', 'postal_code'],
    });
    const row = rows[0] as { street: string; postal_code: string };
    assert.ok(row.street);
    for (const secret of [row.street, row.postal_code]) assert.ok(!whole.includes(secret), 'the real address is in no page');
    assert.ok(!pages[0]!.includes(persona.familyName), 'the outer envelope does not name the person');
    assert.ok(pages[1]!.includes(`${persona.identityNumber.slice(0, 8)}-${persona.identityNumber.slice(8)}`), 'the inner envelope carries the personnummer');
  });

  test('a child with guardians: the guardian who asked gets the letter, in their own mailbox', async () => {
    const delivery = await acknowledge(number('child'), { representative: { kind: 'guardian', identity: number('guardian'), proof: 'population-register' } });
    assert.deepEqual([delivery.channel, delivery.recipient], ['mailbox', 'representative']);
    assert.equal(fixture.operator.accounts.messages(personas.guardian.identityNumber).filter((message) => message.messageId === delivery.id).length, 1);
    assert.equal(fixture.operator.accounts.messages(personas.child.identityNumber).length, 0);
  });

  test('every delivery is a disclosure in the processing log, and the request shows the choice', async () => {
    const requestId = await register(number('namesThirdParty'));
    const { id } = await onlyDelivery(requestId);
    await deliverLetters(fixture.delivery(), id, memo());
    const events = await listRequestEvents(fixture.casework.db, requestId);
    const delivered = events.find((event) => event.kind === 'delivered');
    assert.equal(delivered?.detail.channel, 'mailbox');
    assert.equal(delivered?.detail.reason, 'mailbox-reachable');
    const letters = await listLetters(fixture.casework.db, requestId);
    assert.deepEqual(letters.map((letter) => letter.deliveryStatus), ['sent']);
    const logged = await fixture.casework.db.selectFrom('processing_log').select(['kind', 'detail']).where('step_id', '=', requestId).execute();
    assert.ok(logged.some((event) => event.kind === 'disclose' && (event.detail as Record<string, unknown>).channel === 'mailbox'));
  });
});

describe('reliability', () => {
  test('the operator fails and recovers: each letter arrives exactly once', async () => {
    const proxy = await startTcpProxy({ host: '127.0.0.1', port: Number(new URL(fixture.operator.url).port) });
    try {
      const deps = fixture.delivery({ deliverVia: `http://127.0.0.1:${proxy.port}` });
      const requestId = await register(number('ordinaryAdult'));
      const { id } = await onlyDelivery(requestId);
      const before = fixture.operator.accounts.messages(personas.ordinaryAdult.identityNumber).length;
      // The operator stores the message but its answer never comes back: the sender cannot know.
      proxy.cutAfterBytes(0);
      const worker = createWorker({ db: fixture.casework.db, definitions: [deliveryJob(deps)], workerId: 'test', pollIntervalMs: 30, backoff: () => 100 });
      worker.start();
      try {
        await waitFor(async () => (await listRequestEvents(fixture.casework.db, requestId)).some((event) => event.kind === 'delivery-retry'));
        proxy.restore();
        await waitFor(async () => (await onlyDelivery(requestId)).status === 'sent');
      } finally {
        await worker.stop();
      }
      const delivery = await onlyDelivery(requestId);
      assert.equal(delivery.channel, 'mailbox');
      const messages = fixture.operator.accounts.messages(personas.ordinaryAdult.identityNumber);
      assert.equal(messages.length, before + 1, 'one letter more in the mailbox, not two');
      assert.equal(messages.filter((message) => message.messageId === id).length, 1);
    } finally {
      await proxy.close();
    }
  });

  test('the mailbox service down past the fallback time: the letter goes by post and the request says so', async () => {
    const proxy = await startTcpProxy({ host: '127.0.0.1', port: Number(new URL(fixture.operator.url).port) });
    try {
      const deps = fixture.delivery({ mailboxUrl: `http://127.0.0.1:${proxy.port}`, fallbackAfterMs: 3_600_000 });
      proxy.cut();
      const requestId = await register(number('ordinaryAdult'));
      const worker = createWorker({ db: fixture.casework.db, definitions: [deliveryJob(deps)], workerId: 'test-2', pollIntervalMs: 30, backoff: () => 100 });
      worker.start();
      try {
        await waitFor(async () => (await onlyDelivery(requestId)).attempts >= 2);
        assert.equal((await onlyDelivery(requestId)).status, 'pending', 'still waiting for the mailbox within the fallback time');
        fixture.casework.setNow('2026-03-02T10:30:00Z');
        await waitFor(async () => (await onlyDelivery(requestId)).status === 'sent');
      } finally {
        await worker.stop();
        fixture.casework.setNow('2026-03-02T09:00:00Z');
      }
      const delivery = await onlyDelivery(requestId);
      assert.deepEqual([delivery.channel, delivery.route, delivery.reason], ['post', 'direct', 'mailbox-unavailable']);
      const events = await listRequestEvents(fixture.casework.db, requestId);
      assert.ok(events.some((event) => event.kind === 'delivered' && event.detail.reason === 'mailbox-unavailable'));
      assert.ok(events.some((event) => event.kind === 'delivery-alert' && event.detail.code === 'MAILBOX_UNAVAILABLE'), 'R25: paper plus an alert');
      assert.equal(delivery.addressSource, 'folkbokforing.person', 'R27: the address came from the population register');
    } finally {
      await proxy.close();
    }
  });

  test('a send whose answer was lost is never followed by post, even past the fallback time: the same message goes again', async () => {
    const proxy = await startTcpProxy({ host: '127.0.0.1', port: Number(new URL(fixture.operator.url).port) });
    try {
      const deps = fixture.delivery({ deliverVia: `http://127.0.0.1:${proxy.port}`, fallbackAfterMs: 1000 });
      const requestId = await register(number('guardian'));
      const { id } = await onlyDelivery(requestId);
      const before = fixture.operator.accounts.messages(personas.guardian.identityNumber).length;
      proxy.cutAfterBytes(0);
      fixture.casework.setNow('2026-03-04T09:00:00Z');
      await assert.rejects(deliverLetters(deps, id, memo()), (error: Error & { code?: string }) => error.code === 'MAILBOX_UNCONFIRMED');
      const unconfirmed = await onlyDelivery(requestId);
      assert.equal(unconfirmed.status, 'pending');
      assert.ok(unconfirmed.mailboxAddress, 'where the message went is remembered');
      proxy.cut();
      await assert.rejects(deliverLetters(deps, id, memo()), (error: Error & { code?: string }) => ['MAILBOX_UNAVAILABLE', 'MAILBOX_UNCONFIRMED'].includes(error.code ?? ''));
      assert.equal((await onlyDelivery(requestId)).channel, null, 'the operator down and the fallback time long past: still no post');
      proxy.restore();
      await deliverLetters(deps, id, memo());
      const sent = await onlyDelivery(requestId);
      assert.deepEqual([sent.status, sent.channel], ['sent', 'mailbox']);
      assert.equal(fixture.operator.accounts.messages(personas.guardian.identityNumber).length, before + 1, 'one letter in the mailbox, not two');
      await assert.rejects(readFile(join(fixture.printDir, 'staged', `${id}.pdf`)), 'no print file');
    } finally {
      fixture.casework.setNow('2026-03-02T09:00:00Z');
      await proxy.close();
    }
  });

  test('two runs of one delivery at once: the one that finds a send out asks the same operator and never posts', async () => {
    const proxy = await startTcpProxy({ host: '127.0.0.1', port: Number(new URL(fixture.operator.url).port) });
    try {
      const requestId = await register(number('heavy'));
      const { id } = await onlyDelivery(requestId);
      const before = fixture.operator.accounts.messages(personas.heavy.identityNumber).length;
      proxy.hold();
      const first = deliverLetters(fixture.delivery({ deliverVia: `http://127.0.0.1:${proxy.port}` }), id, memo());
      await waitFor(async () => (await onlyDelivery(requestId)).mailboxAddress !== null);
      // A second run (a lease that ran out) when the register no longer answers and the fallback time has passed.
      fixture.casework.setNow('2026-03-05T09:00:00Z');
      const second = await deliverLetters(fixture.delivery({ mailboxUrl: 'http://127.0.0.1:1', fallbackAfterMs: 1000 }), id, memo());
      assert.equal(second, 'sent');
      proxy.restore();
      assert.equal(await first, 'done-before');
      const delivery = await onlyDelivery(requestId);
      assert.deepEqual([delivery.status, delivery.channel], ['sent', 'mailbox']);
      assert.equal(fixture.operator.accounts.messages(personas.heavy.identityNumber).length, before + 1, 'one letter in the mailbox');
      await assert.rejects(readFile(join(fixture.printDir, 'staged', `${id}.pdf`)), 'and none by post');
    } finally {
      fixture.casework.setNow('2026-03-02T09:00:00Z');
      await proxy.close();
    }
  });

  test('a foreign eID request: its letters wait for the person to be identified, then go out with the fallback time from then', async () => {
    const foreign = { foreignId: 'DE/SE/1234567890', name: 'Erika Mustermann', birthDate: personas.centenarian.birthDate };
    const { id: requestId } = await registerRequest(fixture.deps, {
      right: 'rectification', channel: 'e-service', language: 'sv', foreignIdentity: foreign, requesterKey: 'foreign-test-key',
      identityMethod: 'foreign-eid', details: { text: 'Min adress är fel.' }, actor: 'e-service',
    });
    const { id } = await onlyDelivery(requestId);
    assert.equal(await deliverLetters(fixture.delivery(), id, memo()), 'held');
    assert.deepEqual([(await onlyDelivery(requestId)).status, (await onlyDelivery(requestId)).reason], ['held', 'awaiting-identity']);
    fixture.casework.setNow('2026-03-05T09:00:00Z');
    try {
      await matchRequest(fixture.deps, { requestId, subject: number('centenarian'), actor: 'staff:hanna' });
      const released = await onlyDelivery(requestId);
      assert.equal(released.status, 'pending');
      assert.equal(released.fallbackFrom.toISOString(), '2026-03-05T09:00:00.000Z');
      const job = await fixture.casework.db.selectFrom('job').select('status').where('idempotency_key', '=', `deliver:${id}:matched`).executeTakeFirst();
      assert.equal(job?.status, 'pending', 'matching enqueued the delivery');
      assert.equal(await deliverLetters(fixture.delivery(), id, memo()), 'sent');
    } finally {
      fixture.casework.setNow('2026-03-02T09:00:00Z');
    }
  });

  test('a delivery that cannot be sent at all fails for good and says so (no endless retries)', async () => {
    const requestId = await register(number('draftAndNote'));
    const deliveryId = await fixture.casework.db.transaction().execute((trx) => scheduleDelivery(trx, { requestId, letterIds: [], at: new Date('2026-03-02T09:00:00Z') }));
    assert.equal(await deliverLetters(fixture.delivery(), deliveryId, memo()), 'failed');
    const failed = (await listDeliveries(fixture.casework.db, requestId)).find((delivery) => delivery.id === deliveryId);
    assert.deepEqual([failed?.status, failed?.lastErrorCode], ['failed', 'VALIDATION_FAILED']);
    assert.ok((await listRequestEvents(fixture.casework.db, requestId)).some((event) => event.kind === 'delivery-failed'));
  });

  test('print batches: every staged file in a batch with its manifest, once; a file whose letter went another way is removed', async () => {
    const mailboxed = await acknowledge(number('ordinaryAdult'));
    assert.equal(mailboxed.channel, 'mailbox');
    await stagePrintFile(fixture.printDir, mailboxed.id, Buffer.from('%PDF-1.7 left behind by an attempt that then found the mailbox'));
    const batches = await closePrintBatches({ db: fixture.casework.db, printDir: fixture.printDir, clock: () => new Date() });
    assert.ok(batches.length >= 1);
    const manifest = JSON.parse(await readFile(join(fixture.printDir, 'batches', batches[0]!, 'manifest.json'), 'utf8')) as { items: { id: string }[] };
    const files = await readdir(join(fixture.printDir, 'batches', batches[0]!));
    for (const item of manifest.items) assert.ok(files.includes(`${item.id}.pdf`));
    assert.ok(manifest.items.some((item) => (item as { enclosure?: string }).enclosure === 'forwarding'));
    assert.deepEqual(await closePrintBatches({ db: fixture.casework.db, printDir: fixture.printDir, clock: () => new Date() }), []);
    assert.deepEqual(await stagedPrintIds(fixture.printDir), [], 'nothing left in staged/');
  });
});

async function waitFor(check: () => Promise<boolean>, timeoutMs = 20_000): Promise<void> {
  const end = Date.now() + timeoutMs;
  while (Date.now() < end) {
    if (await check()) return;
    await new Promise((resolve) => setTimeout(resolve, 50));
  }
  throw new Error('timed out');
}
