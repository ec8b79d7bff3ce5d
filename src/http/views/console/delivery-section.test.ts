// Unit tests of the request page's delivery words: the way a letter went and the timeline's delivery entries.
import assert from 'node:assert/strict';
import { test } from 'node:test';
import type { CaseEvent } from './case-types.ts';
import { deliveryEventDescription, deliveryWay } from './delivery-section.ts';
import { deliveryText } from './delivery-text.ts';

const event = (kind: string, detail: CaseEvent['detail']): CaseEvent => ({
  id: 1, requestId: '00000000-0000-4000-8000-000000000000', at: new Date('2026-03-02T09:00:00Z'), actor: 'insyn-delivery', kind, from: null, to: null, detail,
});

test('the way in words names the operator or the kind of post, never an address', () => {
  const sv = deliveryText.sv;
  assert.equal(deliveryWay({ channel: 'mailbox', route: null, operator: 'Kivra (demo)', recipient: 'subject' }, sv), 'Digital brevlåda (Kivra (demo))');
  assert.equal(deliveryWay({ channel: 'post', route: 'direct', operator: null, recipient: 'subject' }, sv), 'Post till folkbokföringsadressen');
  assert.equal(deliveryWay({ channel: 'post', route: 'forwarding', operator: null, recipient: 'representative' }, sv),
    'Post via Skatteverkets vidarebefordran (skyddade personuppgifter), till företrädaren');
  assert.equal(deliveryWay({ channel: null, route: null, operator: null, recipient: 'representative' }, deliveryText.en), 'Not chosen yet');
});

test('the timeline\'s delivery entries in words, with the reason for post', () => {
  assert.equal(deliveryEventDescription(event('delivered', { channel: 'mailbox', reason: 'mailbox-reachable', operator: 'Min myndighetspost (demo)' }), 'sv'),
    'Skickat: Digital brevlåda (Min myndighetspost (demo))');
  assert.equal(deliveryEventDescription(event('delivered', { channel: 'post', route: 'direct', reason: 'sender-not-accepted' }), 'sv'),
    'Skickat: Post till folkbokföringsadressen – Brevlådan tar inte emot post från oss');
  assert.equal(deliveryEventDescription(event('delivered', { channel: 'post', route: 'forwarding', reason: 'paper-requested' }), 'en'),
    'Sent: Post through Skatteverket’s forwarding (protected personal data) – An answer on paper was requested');
  assert.equal(deliveryEventDescription(event('delivery-alert', { code: 'MAILBOX_REJECTED' }), 'sv'), 'Larm: Brevlådan tog inte emot brevet – brevet skickas med post');
  assert.equal(deliveryEventDescription(event('delivery-alert', { code: 'SOMETHING_ELSE' }), 'en'),
    'Alert: Digital post failed (error code SOMETHING_ELSE) – the letter goes by post');
  assert.equal(deliveryEventDescription(event('delivery-held', { reason: 'awaiting-identity' }), 'sv'), 'Utskicket väntar på att personen identifieras');
  assert.equal(deliveryEventDescription(event('delivery-retry', { code: 'MAILBOX_UNAVAILABLE' }), 'sv'), 'Tjänsten för digital post svarade inte – nytt försök senare');
  assert.equal(deliveryEventDescription(event('delivery-failed', { code: 'INTERNAL' }), 'sv'), 'Larm: utskicket misslyckades (felkod INTERNAL)');
  assert.equal(deliveryEventDescription(event('delivery-failed', { reason: 'no-address', code: 'DELIVERY_NOT_POSSIBLE' }), 'en'),
    'Alert: the delivery could not be sent – Neither a mailbox nor an address – contact the person another way');
  assert.equal(deliveryEventDescription(event('assigned', {}), 'sv'), undefined, 'other kinds are not delivery entries');
});
