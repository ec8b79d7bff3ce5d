import assert from 'node:assert/strict';
import { test } from 'node:test';
import { createForeignSubjectKeyer } from './foreign-subject-key.ts';
import { createSubjectKeyer } from './subject-key.ts';

const secret = 'a-secret-of-at-least-thirty-two-characters';

test('a foreign eID key has the subject-key form, is stable per secret and differs from every personnummer key', () => {
  const keyer = createForeignSubjectKeyer(secret);
  const key = keyer('DE/SE/4f1c2b');
  assert.match(key, /^[0-9a-f]{64}$/);
  assert.equal(keyer('DE/SE/4f1c2b'), key);
  assert.notEqual(createForeignSubjectKeyer(`${secret}!`)('DE/SE/4f1c2b'), key);
  assert.notEqual(keyer('198001011234'), createSubjectKeyer(secret)('198001011234'), 'the foreign: prefix separates the two');
  for (const bad of ['', '   ', 'x'.repeat(1025)]) assert.throws(() => keyer(bad), TypeError);
  assert.throws(() => createForeignSubjectKeyer('short'), TypeError);
});
