import assert from 'node:assert/strict';
import { test } from 'node:test';
import { checkFeedbackForm, FEEDBACK_MESSAGE_MAX, type FeedbackForm } from './feedback-form.ts';

const blank: FeedbackForm = { message: '', page: '', name: '', email: '', phone: '' };
const form = (change: Partial<FeedbackForm>): FeedbackForm => ({ ...blank, message: 'Knappen går inte att nå med tangentbordet.', ...change });

test('a message alone is enough; text is trimmed, line breaks kept as \\n, empty fields are null', () => {
  assert.deepEqual(checkFeedbackForm(form({ message: '  Rad ett\r\nrad två  ', page: ' ' })), {
    input: { message: 'Rad ett\nrad två', page: null, contact: null }, problems: [],
  });
});

test('the message is required and at most 4,000 characters as a person counts them', () => {
  assert.deepEqual(checkFeedbackForm(form({ message: ' \n ' })).problems, ['message-missing']);
  assert.equal(checkFeedbackForm(form({ message: 'å'.repeat(FEEDBACK_MESSAGE_MAX) })).problems.length, 0);
  assert.equal(checkFeedbackForm(form({ message: '😀'.repeat(FEEDBACK_MESSAGE_MAX) })).problems.length, 0);
  assert.deepEqual(checkFeedbackForm(form({ message: 'a'.repeat(FEEDBACK_MESSAGE_MAX + 1) })).problems, ['message-too-long']);
});

test('contact details: an e-mail address or a phone number that can be used; a name alone is no way to answer', () => {
  assert.deepEqual(checkFeedbackForm(form({ name: 'Anna', email: 'anna@example.se' })).input?.contact,
    { name: 'Anna', email: 'anna@example.se', phone: null });
  assert.deepEqual(checkFeedbackForm(form({ phone: '070-123 45 67' })).input?.contact, { name: null, email: null, phone: '070-123 45 67' });
  assert.deepEqual(checkFeedbackForm(form({ name: 'Anna' })).problems, ['contact-missing']);
  assert.deepEqual(checkFeedbackForm(form({ email: 'anna(at)example.se' })).problems, ['email-invalid']);
  assert.deepEqual(checkFeedbackForm(form({ phone: 'ring mig' })).problems, ['phone-invalid']);
  assert.deepEqual(checkFeedbackForm(form({ phone: '12345' })).problems, ['phone-invalid']);
  assert.deepEqual(checkFeedbackForm(form({ name: 'x'.repeat(201), email: 'a@b.se' })).problems, ['name-too-long']);
});

test('every problem at once', () => {
  assert.deepEqual(checkFeedbackForm({ message: '', page: 'p'.repeat(501), name: '', email: 'nej', phone: 'nej' }).problems,
    ['message-missing', 'page-too-long', 'email-invalid', 'phone-invalid']);
});
