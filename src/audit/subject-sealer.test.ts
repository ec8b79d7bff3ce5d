import assert from 'node:assert/strict';
import { test } from 'node:test';
import { isInsynError } from '../domain/error-catalogue.ts';
import { createSubjectSealer } from './subject-sealer.ts';

const sealer = createSubjectSealer('s'.repeat(40));
const number = '199001011234';

test('a sealed number opens to itself, never shows the digits, and differs every time', () => {
  const first = sealer.seal(number);
  const second = sealer.seal(number);
  assert.equal(sealer.open(first), number);
  assert.notEqual(first, second, 'a fresh nonce each time');
  assert.ok(!first.includes(number) && !first.includes('9001011234'));
  assert.match(first, /^v1\./);
});

test('an altered text or another key is SUBJECT_SEAL_INVALID, without echoing anything', () => {
  const sealed = sealer.seal(number);
  const flipped = sealed.slice(0, -2) + (sealed.at(-2) === 'A' ? 'B' : 'A') + sealed.at(-1);
  for (const bad of [flipped, 'v1.x.y', '', createSubjectSealer('t'.repeat(40)).seal(number)]) {
    assert.throws(() => sealer.open(bad), (error) => isInsynError(error, 'SUBJECT_SEAL_INVALID') && !String(error).includes(number));
  }
  assert.throws(() => sealer.seal('19900101-1234'), TypeError);
  assert.throws(() => createSubjectSealer('short'), TypeError);
});
