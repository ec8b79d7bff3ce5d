import assert from 'node:assert/strict';
import { test } from 'node:test';
import type { CaseSummary } from '../../../operations/requests/case-views.ts';
import { aboutInWords, deadlineInWords, letterSentInWords, statusInWords } from './case-words.ts';
import type { LetterSummary } from './eservice-text.ts';

const open: CaseSummary = {
  id: '00000000-0000-4000-8000-000000000000', caseNumber: 'DSR 2026/000001', right: 'access', channel: 'e-service', status: 'collecting',
  receivedAt: new Date('2026-01-31T10:00:00Z'), dueAt: new Date('2026-03-02T22:59:59.999Z'), extended: false, completedAt: null,
  requesterKind: 'self', protected: false, duplicateOf: null, assignedTo: null,
};

test('an open request says by when we answer, as the Swedish day of the deadline', () => {
  assert.equal(deadlineInWords(open, 'sv'), 'Vi svarar senast 2 mars 2026');
  assert.equal(deadlineInWords(open, 'en'), 'We will answer by 2 March 2026');
  // 23:30 UTC on 31 May is 1 June in Sweden.
  assert.equal(deadlineInWords({ ...open, dueAt: new Date('2026-05-31T23:30:00Z') }, 'sv'), 'Vi svarar senast 1 juni 2026');
  assert.equal(statusInWords(open, 'sv'), 'Vi hämtar dina uppgifter');
});

test('an extended, paused, answered, duplicate or failed request says so', () => {
  assert.equal(deadlineInWords({ ...open, extended: true, dueAt: new Date('2026-05-04T21:59:59.999Z') }, 'sv'), 'Vi har förlängt tiden. Vi svarar senast 4 maj 2026');
  assert.equal(deadlineInWords({ ...open, status: 'paused' }, 'sv'), 'Vi svarar när vi har fått din komplettering');
  const answered = { ...open, status: 'completed', completedAt: new Date('2026-02-20T09:00:00Z') } as const;
  assert.equal(deadlineInWords(answered, 'sv'), 'Besvarad 20 februari 2026');
  assert.equal(statusInWords(answered, 'en'), 'Completed');
  const duplicate = { ...answered, duplicateOf: '11111111-1111-4111-8111-111111111111' };
  assert.equal(statusInWords(duplicate, 'sv'), 'Avslutad – du har redan en likadan begäran');
  assert.equal(deadlineInWords(duplicate, 'sv'), 'Vi svarar i ditt tidigare ärende');
  assert.equal(deadlineInWords({ ...open, status: 'failed' }, 'en'), 'We will contact you');
});

test('whom the request is about, without naming anyone', () => {
  assert.equal(aboutInWords(open, 'sv'), 'Dig själv');
  assert.equal(aboutInWords({ ...open, requesterKind: 'guardian' }, 'sv'), 'Ditt barn');
  assert.equal(aboutInWords({ ...open, requesterKind: 'agent' }, 'en'), 'The person you represent');
});

const letter: LetterSummary = {
  id: '22222222-2222-4222-8222-222222222222', requestId: open.id, kind: 'acknowledgement', language: 'sv', createdAt: new Date('2026-01-31T10:00:00Z'),
  deliveryStatus: 'pending', deliveredAt: null,
  delivery: { deliveryId: '33333333-3333-4333-8333-333333333333', status: 'pending', channel: null, sentAt: null },
};
const sentAt = new Date('2026-01-31T23:30:00Z');

test('how a letter was sent: to the digital mailbox or by post on the Swedish day, or that it is on its way', () => {
  assert.equal(letterSentInWords(letter, 'sv'), 'Skickas till dig inom kort');
  const mailbox = { ...letter, deliveryStatus: 'sent', deliveredAt: sentAt, delivery: { ...letter.delivery!, status: 'sent', channel: 'mailbox', sentAt } } as const;
  assert.equal(letterSentInWords(mailbox, 'sv'), 'Skickat till din digitala brevlåda den 1 februari 2026');
  assert.equal(letterSentInWords(mailbox, 'en'), 'Sent to your digital mailbox on 1 February 2026');
  const post = { ...mailbox, delivery: { ...mailbox.delivery, channel: 'post' } } as const;
  assert.equal(letterSentInWords(post, 'sv'), 'Skickat med post den 1 februari 2026');
  assert.equal(letterSentInWords({ ...letter, delivery: { ...letter.delivery!, status: 'held' } }, 'sv'), 'Skickas när vi har kontrollerat vem du är');
  assert.equal(letterSentInWords({ ...letter, deliveryStatus: 'failed', delivery: { ...letter.delivery!, status: 'failed' } }, 'en'),
    'We could not send the letter to you, but you can read it here');
  assert.equal(letterSentInWords({ ...letter, deliveryStatus: 'sent', deliveredAt: sentAt, delivery: null }, 'sv'), 'Skickat den 1 februari 2026',
    'a letter in no delivery says only when it was sent');
});
