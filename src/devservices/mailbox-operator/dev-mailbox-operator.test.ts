// The development mailbox operator over real HTTP on port 0: FaR reachability for each kind of
// default mailbox, DeliverSecure accepting a properly sealed letter exactly once and refusing
// altered seals and signatures, storage over a restart, and refusal in production mode.
import assert from 'node:assert/strict';
import { mkdtemp, readdir, readFile, rm } from 'node:fs/promises';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { after, before, describe, test } from 'node:test';
import { InsynError } from '../../domain/error-catalogue.ts';
import { signElement } from '../../lib/xml-signature.ts';
import { SEALED_DELIVERY_ID } from '../../lib/secure-delivery-xml.ts';
import { demoPersonas } from '../demo-agency/demo-personas.ts';
import {
  deliveryKeys, postDelivery, sampleDelivery, sampleMessage, sealedDeliveryXml, type DeliveryKeys,
} from '../../../test/support/mailbox-delivery-fixture.ts';
import { rsaKey } from '../../../test/support/rsa-key.ts';
import { startDevMailboxOperator, type DevMailboxOperator } from './dev-mailbox-operator.ts';

const personas = demoPersonas();
const AGENCY = '162021009999';
let keys: DeliveryKeys;
let operator: DevMailboxOperator;

interface Reachability {
  recipientId: string;
  senderAccepted: boolean;
  accountStatus: null | { pending: boolean; serviceSupplier: null | { id: string; name: string; serviceAddress: string } };
}

async function postJson(url: string, body: unknown, method = 'POST'): Promise<{ status: number; body: Record<string, unknown> }> {
  const response = await fetch(url, { method, headers: { 'content-type': 'application/json' }, body: JSON.stringify(body) });
  return { status: response.status, body: await response.json() as Record<string, unknown> };
}

async function reachability(recipientIds: string[], senderOrgNr = AGENCY): Promise<Reachability[]> {
  const answer = await postJson(operator.reachabilityUrl, { senderOrgNr, recipientIds });
  assert.equal(answer.status, 200);
  return answer.body.reachability as Reachability[];
}

function serviceAddress(operatorId: string): string {
  const found = operator.operators.find((candidate) => candidate.id === operatorId);
  assert.ok(found);
  return found.serviceAddress;
}

before(async () => {
  keys = deliveryKeys();
  operator = await startDevMailboxOperator({ mode: 'development', host: '127.0.0.1', port: 0, trust: keys.trust });
});

after(async () => {
  await operator?.close();
});

describe('reachability (Recipient v3 IsReachable)', () => {
  test('a mailbox that takes post, at the right operator, with its deliver address on this server', async () => {
    const [adult, marked] = await reachability([personas.ordinaryAdult.identityNumber, personas.sekretessmarkering.identityNumber]);
    assert.deepEqual(adult, {
      recipientId: personas.ordinaryAdult.identityNumber, senderAccepted: true,
      accountStatus: {
        pending: false,
        serviceSupplier: { id: 'kivra-demo', name: 'Kivra (demo)', serviceAddress: `${operator.url}/operators/kivra-demo/deliver-secure` },
      },
    });
    assert.equal(marked?.accountStatus?.serviceSupplier?.id, 'minmyndighetspost-demo');
    assert.equal(marked?.senderAccepted, true);
  });

  test('every default persona has the kind of mailbox the demo promises', async () => {
    const roles = Object.keys(personas) as (keyof typeof personas)[];
    const answers = await reachability(roles.map((role) => personas[role].identityNumber));
    const kinds = Object.fromEntries(roles.map((role, index) => {
      const answer = answers[index]!;
      assert.equal(answer.recipientId, personas[role].identityNumber);
      const kind = answer.accountStatus === null ? 'none'
        : answer.accountStatus.pending ? 'pending'
          : answer.senderAccepted ? answer.accountStatus.serviceSupplier?.id : 'blocked';
      return [role, kind];
    }));
    assert.deepEqual(kinds, {
      ordinaryAdult: 'kivra-demo', sekretessmarkering: 'minmyndighetspost-demo', skyddadFolkbokforing: 'none',
      fingeradePersonuppgifter: 'none', samordningsnummer: 'none', guardian: 'kivra-demo', child: 'none',
      doctor: 'blocked', employerContact: 'pending', heavy: 'kivra-demo', namesThirdParty: 'minmyndighetspost-demo',
      draftAndNote: 'none', centenarian: 'none',
    });
  });

  test('no mailbox: accountStatus null and the sender not accepted', async () => {
    const [none] = await reachability([personas.skyddadFolkbokforing.identityNumber]);
    assert.deepEqual(none, { recipientId: personas.skyddadFolkbokforing.identityNumber, senderAccepted: false, accountStatus: null });
  });

  test('the doctor blocks the demo agency only, in whichever form its number is written', async () => {
    const id = personas.doctor.identityNumber;
    assert.equal((await reachability([id], AGENCY))[0]?.senderAccepted, false);
    assert.equal((await reachability([id], '2021009999'))[0]?.senderAccepted, false);
    assert.equal((await reachability([id], '162021005555'))[0]?.senderAccepted, true);
  });

  test('a pending mailbox says so', async () => {
    const [pending] = await reachability([personas.employerContact.identityNumber]);
    assert.equal(pending?.accountStatus?.pending, true);
  });

  test('malformed lookups are refused with MALFORMED', async () => {
    const valid = personas.ordinaryAdult.identityNumber;
    for (const body of [
      { senderOrgNr: AGENCY, recipientIds: [] },
      { senderOrgNr: AGENCY, recipientIds: Array.from({ length: 101 }, () => valid) },
      { senderOrgNr: AGENCY, recipientIds: ['19840312-9003'] },
      { senderOrgNr: AGENCY, recipientIds: [198403129003] },
      { senderOrgNr: 'x', recipientIds: [valid] },
      { recipientIds: [valid] },
    ]) {
      const answer = await postJson(operator.reachabilityUrl, body);
      assert.deepEqual(answer, { status: 400, body: { code: 'MALFORMED' } }, JSON.stringify(body).slice(0, 60));
    }
    assert.equal((await reachability(Array.from({ length: 100 }, () => valid))).length, 100);
    const huge = await postJson(operator.reachabilityUrl, { senderOrgNr: AGENCY, recipientIds: [valid], padding: 'x'.repeat(2 * 1024 * 1024) });
    assert.deepEqual(huge, { status: 413, body: { code: 'TOO_LARGE' } });
  });
});

describe('DeliverSecure', () => {
  test('a sealed letter is stored once, even when sent twice or twice at the same time', async () => {
    const recipientId = personas.guardian.identityNumber;
    const xml = sealedDeliveryXml(keys, sampleDelivery(recipientId), new Date('2025-05-02T08:30:00Z'));
    const first = await postDelivery(serviceAddress('kivra-demo'), xml);
    assert.equal(first.status, 200);
    assert.match(first.body.transId ?? '', /^[0-9a-f-]{36}$/);
    assert.deepEqual(first.body.delivered, [{ recipientId, delivered: true }]);
    const again = await postDelivery(serviceAddress('kivra-demo'), xml);
    assert.deepEqual(again, first);
    const stored = operator.accounts.messages(recipientId);
    assert.equal(stored.length, 1);
    assert.equal(stored[0]?.transId, first.body.transId);
    assert.equal(stored[0]?.receivedTime, '2025-05-02T08:30:00.000Z');
    assert.equal(stored[0]?.attachments[0]?.filename, 'registerutdrag 2025-000123.pdf');

    const twin = sealedDeliveryXml(keys, sampleDelivery(recipientId));
    const [left, right] = await Promise.all([postDelivery(serviceAddress('kivra-demo'), twin), postDelivery(serviceAddress('kivra-demo'), twin)]);
    assert.equal(left.body.transId, right.body.transId);
    assert.equal(operator.accounts.messages(recipientId).length, 2);

    const listed = await fetch(`${operator.url}/admin/messages?transId=${first.body.transId}`);
    const { messages } = await listed.json() as { messages: { recipientId: string; inboxUrl: string }[] };
    assert.equal(messages.length, 1);
    assert.equal(messages[0]?.inboxUrl, operator.accounts.inboxUrl('kivra-demo', recipientId));
  });

  test('an altered seal is SEAL_INVALID, an untrusted mediator too, and nothing is stored', async () => {
    const recipientId = personas.heavy.identityNumber;
    const xml = sealedDeliveryXml(keys, sampleDelivery(recipientId), new Date('2025-05-02T08:30:00Z'));
    const altered = xml.replace('2025-05-02T08:30:00.000Z', '2025-05-01T08:30:00.000Z');
    assert.notEqual(altered, xml);
    assert.deepEqual(await postDelivery(serviceAddress('kivra-demo'), altered), { status: 400, body: { code: 'SEAL_INVALID' } });
    const stranger = { ...keys, mediator: rsaKey() };
    assert.deepEqual(
      await postDelivery(serviceAddress('kivra-demo'), sealedDeliveryXml(stranger, sampleDelivery(recipientId))),
      { status: 400, body: { code: 'SEAL_INVALID' } },
    );
    assert.equal(operator.accounts.messages(recipientId).length, 0);
  });

  test('an altered sender signature is SIGNATURE_INVALID even under a valid seal, and nothing is stored', async () => {
    const recipientId = personas.heavy.identityNumber;
    // Content changed after the sender signed, then sealed again by the trusted mediator.
    const sealed = sealedDeliveryXml(keys, sampleDelivery(recipientId));
    const withoutSeal = sealed.slice(0, sealed.lastIndexOf('<ds:Signature ')) + '</SealedDelivery>';
    assert.ok(withoutSeal.includes('<ds:Signature '), 'the sender signature stays');
    const tampered = withoutSeal.replace('<Subject>Svar på', '<Subject>Svar om');
    assert.notEqual(tampered, withoutSeal);
    const resealed = signElement(tampered, { privateKeyPem: keys.mediator.privateKeyPem, id: SEALED_DELIVERY_ID });
    assert.deepEqual(await postDelivery(serviceAddress('kivra-demo'), resealed), { status: 400, body: { code: 'SIGNATURE_INVALID' } });
    // A sender the operator does not trust, sealed by the trusted mediator.
    const impostor = { ...keys, sender: rsaKey() };
    assert.deepEqual(
      await postDelivery(serviceAddress('kivra-demo'), sealedDeliveryXml(impostor, sampleDelivery(recipientId))),
      { status: 400, body: { code: 'SIGNATURE_INVALID' } },
    );
    assert.equal(operator.accounts.messages(recipientId).length, 0);
  });

  test('garbage, an unknown operator and the wrong content type are refused', async () => {
    assert.deepEqual(await postDelivery(serviceAddress('kivra-demo'), '<SealedDelivery>'), { status: 400, body: { code: 'MALFORMED' } });
    const unknown = await postDelivery(`${operator.url}/operators/okand/deliver-secure`, '<x/>');
    assert.equal(unknown.status, 404);
    const json = await postJson(serviceAddress('kivra-demo'), { xml: 'no' });
    assert.equal(json.status, 400);
  });

  test('no mailbox, a mailbox elsewhere, a pending one or a blocked sender: delivered false, nothing stored', async () => {
    const cases = [
      { recipientId: personas.child.identityNumber, operatorId: 'kivra-demo' },
      { recipientId: personas.namesThirdParty.identityNumber, operatorId: 'kivra-demo' },
      { recipientId: personas.employerContact.identityNumber, operatorId: 'minmyndighetspost-demo' },
      { recipientId: personas.doctor.identityNumber, operatorId: 'kivra-demo' },
      { recipientId: '199001011239', operatorId: 'kivra-demo' },
    ];
    for (const { recipientId, operatorId } of cases) {
      const answer = await postDelivery(serviceAddress(operatorId), sealedDeliveryXml(keys, sampleDelivery(recipientId)));
      assert.equal(answer.status, 200);
      assert.ok(answer.body.transId);
      assert.deepEqual(answer.body.delivered, [{ recipientId, delivered: false }]);
      assert.equal(operator.accounts.messages(recipientId).length, 0);
    }
  });

  test('PUT /admin/accounts opens, changes and closes a mailbox', async () => {
    const recipientId = personas.centenarian.identityNumber;
    const opened = await postJson(`${operator.url}/admin/accounts`, { recipientId, operatorId: 'minmyndighetspost-demo' }, 'PUT');
    assert.equal(opened.status, 200);
    assert.match(String(opened.body.inboxId), /^[A-Za-z0-9_-]{24}$/);
    assert.ok(!String(opened.body.inboxId).includes(recipientId));
    assert.equal((await reachability([recipientId]))[0]?.accountStatus?.serviceSupplier?.id, 'minmyndighetspost-demo');
    const delivered = await postDelivery(serviceAddress('minmyndighetspost-demo'), sealedDeliveryXml(keys, sampleDelivery(recipientId)));
    assert.deepEqual(delivered.body.delivered, [{ recipientId, delivered: true }]);
    await postJson(`${operator.url}/admin/accounts`, { recipientId, operatorId: 'minmyndighetspost-demo', blockedSenders: [AGENCY] }, 'PUT');
    assert.equal((await reachability([recipientId]))[0]?.senderAccepted, false);
    await postJson(`${operator.url}/admin/accounts`, { recipientId, operatorId: null }, 'PUT');
    assert.equal((await reachability([recipientId]))[0]?.accountStatus, null);
    const search = await postJson(`${operator.url}/admin/messages/search`, { recipientId });
    assert.equal((search.body.messages as unknown[]).length, 1);
    const bad = await postJson(`${operator.url}/admin/accounts`, { recipientId, operatorId: 'nope' }, 'PUT');
    assert.deepEqual(bad, { status: 400, body: { code: 'MALFORMED' } });
  });
});

describe('storage and mode', () => {
  test('with a data directory the letters, their read state and the inbox links survive a restart', async () => {
    const dataDir = await mkdtemp(join(tmpdir(), 'insyn-mailbox-'));
    try {
      const options = { mode: 'embedded' as const, host: '127.0.0.1', port: 0, dataDir, trust: keys.trust };
      const recipientId = personas.ordinaryAdult.identityNumber;
      const message = sampleMessage();
      const xml = sealedDeliveryXml(keys, sampleDelivery(recipientId, [message, sampleMessage({ attachments: [] })]));
      let running = await startDevMailboxOperator(options);
      const first = await postDelivery(`${running.url}/operators/kivra-demo/deliver-secure`, xml);
      assert.deepEqual(first.body.delivered, [{ recipientId, delivered: true }]);
      const inboxUrl = running.accounts.inboxUrl('kivra-demo', recipientId);
      const read = running.accounts.messages(recipientId).find((stored) => stored.messageId === message.id);
      assert.equal((await fetch(`${inboxUrl}/${read?.key}`)).status, 200);
      await running.close();

      const files = await readdir(join(dataDir, 'mailbox-operator', 'messages'));
      assert.equal(files.filter((name) => name.endsWith('.json')).length, 2);
      assert.ok(files.every((name) => !name.includes(recipientId) && !name.endsWith('.partial')));

      running = await startDevMailboxOperator(options);
      try {
        const stored = running.accounts.messages(recipientId);
        assert.equal(stored.length, 2);
        assert.deepEqual(stored.map((entry) => entry.read).sort(), [false, true]);
        assert.equal(running.accounts.inboxUrl('kivra-demo', recipientId).replace(running.url, ''), inboxUrl.replace(/^http:\/\/[^/]+/, ''));
        const again = await postDelivery(`${running.url}/operators/kivra-demo/deliver-secure`, xml);
        assert.deepEqual(again, first);
        assert.equal(running.accounts.messages(recipientId).length, 2);
        const download = await fetch(`${running.accounts.inboxUrl('kivra-demo', recipientId)}/${read?.key}/bilagor/0`);
        assert.deepEqual(Buffer.from(await download.arrayBuffer()), Buffer.from(message.attachments[0]!.body));
        const file = await readFile(join(dataDir, 'mailbox-operator', 'messages', `${read?.key}.json`), 'utf8');
        assert.equal((JSON.parse(file) as { messageId: string }).messageId, message.id);
      } finally {
        await running.close();
      }
    } finally {
      await rm(dataDir, { recursive: true, force: true });
    }
  });

  test('without a data directory nothing is kept over a restart', async () => {
    const running = await startDevMailboxOperator({ mode: 'development', host: '127.0.0.1', port: 0, trust: keys.trust });
    const recipientId = personas.ordinaryAdult.identityNumber;
    await postDelivery(`${running.url}/operators/kivra-demo/deliver-secure`, sealedDeliveryXml(keys, sampleDelivery(recipientId)));
    assert.equal(running.accounts.messages(recipientId).length, 1);
    await running.close();
    const fresh = await startDevMailboxOperator({ mode: 'development', host: '127.0.0.1', port: 0, trust: keys.trust });
    assert.equal(fresh.accounts.messages(recipientId).length, 0);
    await fresh.close();
  });

  test('production mode is refused before anything listens', async () => {
    await assert.rejects(
      startDevMailboxOperator({ mode: 'production', host: '127.0.0.1', port: 0, trust: keys.trust }),
      (error: unknown) => error instanceof InsynError && error.code === 'DEV_SERVICE_REFUSED',
    );
  });
});
