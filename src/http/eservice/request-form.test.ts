import assert from 'node:assert/strict';
import { test } from 'node:test';
import { syntheticIdentityNumber } from '../../domain/personnummer.ts';
import type { CitizenSession } from '../auth/require-session.ts';
import { blankRequestForm, checkRequestForm, readRequestForm, type RequestFormValues } from './request-form.ts';

const self = syntheticIdentityNumber('1984-03-12', 900);
const child = syntheticIdentityNumber('2015-08-17', 233);
const session: Pick<CitizenSession, 'identity' | 'subjectKey'> = {
  identity: { kind: 'personnummer', identityNumber: self.normalized, name: 'Anna', acr: 'loa3' }, subjectKey: 'key-anna',
};
const foreign: Pick<CitizenSession, 'identity' | 'subjectKey'> = {
  identity: { kind: 'foreign', foreignId: 'DE/SE/1', name: 'Erika', birthDate: null, acr: 'substantial' }, subjectKey: 'key-erika',
};
const form = (more: Partial<RequestFormValues>): RequestFormValues => ({ ...blankRequestForm('sv'), ...more });

test('reading keeps strings only, normalises line ends and trims the child\'s number', () => {
  assert.deepEqual(readRequestForm({ details: 'a\r\nb', child: ' 20150817-2332 ', about: ['self'], answerLanguage: 'en' }), {
    details: 'a\nb', correction: '', about: '', child: '20150817-2332', answerFormat: '', language: 'en',
  });
  assert.deepEqual(readRequestForm(undefined), { details: '', correction: '', about: '', child: '', answerFormat: '', language: '' });
});

test('access may leave the details empty (everything); the other rights must say which data; rectification and completion need the correction', () => {
  assert.deepEqual(checkRequestForm(form({}), 'access', session).problems, []);
  assert.deepEqual(checkRequestForm(form({}), 'erasure', session).problems, ['details-missing']);
  assert.deepEqual(checkRequestForm(form({ details: 'x' }), 'rectification', session).problems, ['correction-missing']);
  assert.deepEqual(checkRequestForm(form({ details: 'x', correction: '  ' }), 'completion', session).problems, ['correction-missing']);
  assert.deepEqual(checkRequestForm(form({ details: 'x'.repeat(10_001) }), 'objection', session).problems, ['details-too-long']);
});

test('a complete form for oneself becomes an e-legitimation intake about the logged-in person; a correction only where the right takes one', () => {
  const { input } = checkRequestForm(form({ details: ' Adressen ', correction: 'Ignored', answerFormat: 'paper', language: 'en' }), 'erasure', session);
  assert.deepEqual(input, {
    right: 'erasure', channel: 'e-service', language: 'en', answerFormat: 'paper', details: { text: 'Adressen' }, actor: 'e-service',
    identityMethod: 'e-legitimation', subject: self,
  });
});

test("a guardian names the child by number: the child is the subject, the guardian the representative with the population register as proof", () => {
  const { input } = checkRequestForm(form({ about: 'child', child: `${child.normalized.slice(2, 8)}-${child.normalized.slice(8)}` }), 'access', session);
  assert.deepEqual(input?.subject, child);
  assert.deepEqual(input?.representative, { kind: 'guardian', identity: self, proof: 'population-register' });
  assert.deepEqual(checkRequestForm(form({ about: 'child' }), 'access', session).problems, ['child-missing']);
  assert.deepEqual(checkRequestForm(form({ about: 'child', child: '20150817-2331' }), 'access', session).problems, ['child-invalid']);
  assert.deepEqual(checkRequestForm(form({ about: 'child', child: self.normalized }), 'access', session).problems, ['child-is-self']);
  assert.deepEqual(checkRequestForm(form({ about: 'someone' }), 'access', session).problems, ['about-missing']);
});

test('a foreign eID asks for itself with its own subject key and identity; whom-for is not asked', () => {
  const { input, problems } = checkRequestForm(form({ about: 'child', child: 'whatever' }), 'access', foreign);
  assert.deepEqual(problems, []);
  assert.equal(input?.identityMethod, 'foreign-eid');
  assert.equal(input?.subject, undefined);
  assert.equal(input?.requesterKey, 'key-erika');
  assert.deepEqual(input?.foreignIdentity, { foreignId: 'DE/SE/1', name: 'Erika' });
});

test('the answer format and language must be one of the choices', () => {
  assert.deepEqual(checkRequestForm(form({ answerFormat: 'fax', language: 'de' }), 'access', session).problems, ['answer-format-missing', 'language-missing']);
});
