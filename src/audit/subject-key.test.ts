import assert from 'node:assert/strict';
import { test } from 'node:test';
import { createSubjectKeyer } from './subject-key.ts';

const secret = 'a-secret-of-at-least-thirty-two-characters';

test('the subject key is a keyed hash: stable for one secret, different for another', () => {
  const key = createSubjectKeyer(secret)('198001011234');
  assert.match(key, /^[0-9a-f]{64}$/);
  assert.equal(createSubjectKeyer(secret)('198001011234'), key);
  assert.notEqual(createSubjectKeyer(`${secret}!`)('198001011234'), key);
  assert.notEqual(createSubjectKeyer(secret)('198001011242'), key);
  assert.ok(!key.includes('198001011234'));
});

test('the subject keyer takes only the normalised 12-digit form and a long secret', () => {
  const keyer = createSubjectKeyer(secret);
  for (const input of ['8001011234', '19800101-1234', '']) assert.throws(() => keyer(input), TypeError);
  assert.throws(() => createSubjectKeyer('short'), TypeError);
});
