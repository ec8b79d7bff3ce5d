import assert from 'node:assert/strict';
import { test } from 'node:test';
import { InsynError } from '../../domain/error-catalogue.ts';
import { syntheticIdentityNumber } from '../../domain/personnummer.ts';
import { readRegistration, registrationErrors } from './registration-form.ts';

const now = new Date('2026-03-02T09:00:00Z');
const person = syntheticIdentityNumber('1984-03-12', 900);
const agent = syntheticIdentityNumber('1960-05-05', 123);
const complete = {
  right: 'rectification', channel: 'letter', receivedAt: '2026-02-27T14:30', subject: person.normalized, identityMethod: 'registered-address',
  requester: 'agent', representative: agent.normalized, proof: 'power-of-attorney', text: ' Fel adress. ', correction: 'Storgatan 1',
  answerFormat: 'paper', language: 'en',
};

test('a complete form is an intake: the contact time in Swedish time, the agent with the proof, trimmed words', () => {
  const result = readRegistration(complete, 'sv', now);
  assert.ok('input' in result);
  assert.equal(result.input.receivedAt?.toISOString(), '2026-02-27T13:30:00.000Z');
  assert.equal(result.input.subject?.normalized, person.normalized);
  assert.deepEqual(result.input.representative, { kind: 'agent', identity: agent, proof: 'power-of-attorney' });
  assert.deepEqual(result.input.details, { text: 'Fel adress.', correction: 'Storgatan 1' });
  assert.equal(result.input.answerFormat, 'paper');
  assert.equal(result.input.language, 'en');
});

test('an empty form: one error per missing choice, each linked to its field (the requester defaults to the person)', () => {
  const result = readRegistration({}, 'en', now);
  assert.ok('errors' in result);
  assert.deepEqual(result.errors.map((error) => error.field),
    ['right-0', 'channel-0', 'received-at', 'subject', 'identity-method-0', 'answer-format-0', 'letter-language-0']);
  assert.equal(result.errors[0]?.message, 'Choose what the person asks for.');
});

test('a representative is someone else, with the proof that fits; identification only at a visit', () => {
  const same = readRegistration({ ...complete, representative: person.normalized }, 'sv', now);
  assert.ok('errors' in same && same.errors.some((error) => error.field === 'representative'));
  const guardianByAttorney = readRegistration({ ...complete, requester: 'guardian' }, 'sv', now);
  assert.ok('errors' in guardianByAttorney && guardianByAttorney.errors.map((error) => error.field).includes('proof-0'));
  const idByLetter = readRegistration({ ...complete, identityMethod: 'id-document' }, 'sv', now);
  assert.ok('errors' in idByLetter && idByLetter.errors.map((error) => error.field).includes('identity-method-0'));
  const visit = readRegistration({ ...complete, channel: 'visit', identityMethod: 'id-document' }, 'sv', now);
  assert.ok('input' in visit);
});

test('the service\'s refusals map back to fields; others are left to the error page', () => {
  assert.deepEqual(registrationErrors(new InsynError('REPRESENTATION_NOT_SHOWN'), 'sv')?.map((error) => error.field), ['representative']);
  assert.deepEqual(registrationErrors(new InsynError('VALIDATION_FAILED', 'receivedAt: the contact time is in the future'), 'sv')?.map((error) => error.field), ['received-at']);
  assert.equal(registrationErrors(new InsynError('ROLE_REQUIRED'), 'sv'), undefined);
  assert.equal(registrationErrors(new Error('boom'), 'sv'), undefined);
});
