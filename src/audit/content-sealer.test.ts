import assert from 'node:assert/strict';
import test from 'node:test';
import { isInsynError } from '../domain/error-catalogue.ts';
import { createContentSealer } from './content-sealer.ts';

const sealer = createContentSealer('a'.repeat(40));

test('content round-trips, is not readable sealed, and differs each time', () => {
  const value = { text: 'Jag vill se mina läkarintyg', correction: null, n: 3 };
  const sealed = sealer.sealJson(value, 'request-1');
  assert.deepEqual(sealer.openJson(sealed, 'request-1'), value);
  assert.doesNotMatch(sealed, /läkarintyg|intyg/);
  assert.notEqual(sealer.sealJson(value, 'request-1'), sealed);
});

test('a value moved to another record, altered or sealed under another key does not open', () => {
  const sealed = sealer.sealJson({ a: 1 }, 'request-1');
  const refused = (error: unknown) => isInsynError(error, 'SUBJECT_SEAL_INVALID');
  assert.throws(() => sealer.openJson(sealed, 'request-2'), refused);
  // The character before the last changes (it carries whole bits of the tag; 1 in 64 runs it was 'A' already).
  const flipped = sealed.slice(0, -2) + (sealed.at(-2) === 'A' ? 'B' : 'A') + sealed.slice(-1);
  assert.notEqual(flipped, sealed);
  assert.throws(() => sealer.openJson(flipped, 'request-1'), refused);
  assert.throws(() => createContentSealer('b'.repeat(40)).openJson(sealed, 'request-1'), refused);
  assert.throws(() => sealer.openJson('v1.x.y'), refused);
});
