import assert from 'node:assert/strict';
import { test } from 'node:test';
import { createRecordKeyer } from './record-key.ts';
import { createSubjectKeyer } from './subject-key.ts';

test('a record hash is keyed, stable, and never a subject key of the same text', () => {
  const secret = 's'.repeat(40);
  const keyed = createRecordKeyer(secret);
  assert.equal(keyed('record\u0000a.b\u0000["1"]'), keyed('record\u0000a.b\u0000["1"]'));
  assert.notEqual(keyed('x'), createRecordKeyer('t'.repeat(40))('x'));
  assert.notEqual(keyed('198403129003'), createSubjectKeyer(secret)('198403129003'));
  assert.match(keyed(''), /^[0-9a-f]{64}$/);
  assert.throws(() => createRecordKeyer('short'));
});
