import { test } from 'node:test';
import assert from 'node:assert/strict';
import { chooseChannel, type ChoiceInput, type Reachability } from './delivery-choice.ts';
import { isProtected, needsForwarding, protectionLevel } from './protection-level.ts';

const operator = { id: 'kivra-demo', name: 'Kivra (demo)', serviceAddress: 'http://127.0.0.1:1/operators/kivra-demo/deliver-secure' };
const reachable: Reachability = { kind: 'mailbox', senderAccepted: true, pending: false, operator };
const base: ChoiceInput = { answerFormat: 'electronic', protection: 'none', hasAddress: true, reachability: reachable, fallbackDue: false };

test('R25: reachable, accepting and not pending → the digital mailbox', () => {
  assert.deepEqual(chooseChannel(base), { channel: 'mailbox', reason: 'mailbox-reachable', operator });
});

test('R25: each negative answer of the register → post to the population-register address, with its reason', () => {
  const rows: [Reachability, string][] = [
    [{ kind: 'no-mailbox' }, 'no-mailbox'],
    [{ ...reachable, pending: true }, 'mailbox-pending'],
    [{ ...reachable, senderAccepted: false }, 'sender-not-accepted'],
    [{ ...reachable, senderAccepted: false, pending: true }, 'sender-not-accepted'],
    [{ ...reachable, operator: null }, 'no-operator'],
    [{ ...reachable, operator: { ...operator, serviceAddress: '' } }, 'no-operator'],
  ];
  for (const [reachability, reason] of rows) {
    assert.deepEqual(chooseChannel({ ...base, reachability }), { channel: 'post', route: 'direct', reason }, reason);
  }
});

test('R25: a register error waits and retries until the fallback time, then goes by post', () => {
  assert.deepEqual(chooseChannel({ ...base, reachability: { kind: 'error' } }), { channel: 'retry', reason: 'mailbox-unavailable' });
  assert.deepEqual(chooseChannel({ ...base, reachability: { kind: 'error' }, fallbackDue: true }),
    { channel: 'post', route: 'direct', reason: 'mailbox-unavailable' });
});

test('no path reaches the mailbox without a positive answer', () => {
  const answers: (Reachability | undefined)[] = [undefined, { kind: 'error' }, { kind: 'no-mailbox' }];
  for (const senderAccepted of [true, false]) for (const pending of [true, false]) answers.push({ kind: 'mailbox', senderAccepted, pending, operator });
  for (const reachability of answers) for (const answerFormat of ['electronic', 'paper'] as const) for (const fallbackDue of [true, false]) {
    const choice = chooseChannel({ ...base, reachability, answerFormat, fallbackDue });
    const positive = answerFormat === 'electronic' && reachability?.kind === 'mailbox' && reachability.senderAccepted && !reachability.pending;
    assert.equal(choice.channel === 'mailbox', positive, JSON.stringify({ reachability, answerFormat, fallbackDue }));
  }
});

test('paper asked for goes by post even to a person with a mailbox', () => {
  assert.deepEqual(chooseChannel({ ...base, answerFormat: 'paper' }), { channel: 'post', route: 'direct', reason: 'paper-requested' });
});

test('R28: protected persons prefer the mailbox, else post only through Skatteverket; fingerade are ordinary', () => {
  for (const protection of ['sekretessmarkering', 'skyddad-folkbokforing'] as const) {
    assert.equal(chooseChannel({ ...base, protection, hasAddress: false }).channel, 'mailbox');
    assert.deepEqual(chooseChannel({ ...base, protection, hasAddress: false, reachability: { kind: 'no-mailbox' } }),
      { channel: 'post', route: 'forwarding', reason: 'no-mailbox' });
    // Even if an address were at hand it is never used.
    assert.deepEqual(chooseChannel({ ...base, protection, answerFormat: 'paper' }), { channel: 'post', route: 'forwarding', reason: 'paper-requested' });
  }
  assert.deepEqual(chooseChannel({ ...base, protection: 'fingerade-personuppgifter', reachability: { kind: 'no-mailbox' } }),
    { channel: 'post', route: 'direct', reason: 'no-mailbox' });
});

test('no mailbox and no address: nothing can be sent, a case handler must act', () => {
  assert.deepEqual(chooseChannel({ ...base, hasAddress: false, reachability: { kind: 'no-mailbox' } }), { channel: 'none', reason: 'no-address' });
});

test('register values map to one level each; unknown values fail closed', () => {
  assert.equal(protectionLevel('ingen'), 'none');
  assert.equal(protectionLevel(null), 'none');
  assert.equal(protectionLevel('Sekretessmarkering'), 'sekretessmarkering');
  assert.equal(protectionLevel('skyddad-folkbokforing'), 'skyddad-folkbokforing');
  assert.equal(protectionLevel('fingerade-personuppgifter'), 'fingerade-personuppgifter');
  assert.equal(protectionLevel('något nytt'), 'skyddad-folkbokforing');
  assert.equal(needsForwarding('fingerade-personuppgifter'), false);
  assert.equal(needsForwarding('none'), false);
  assert.equal(needsForwarding('sekretessmarkering'), true);
  assert.equal(isProtected('fingerade-personuppgifter'), true, 'intake and screening are careful with every level');
  assert.equal(isProtected('none'), false);
});
