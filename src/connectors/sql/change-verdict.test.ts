import assert from 'node:assert/strict';
import { test } from 'node:test';
import { deleteVerdict, holdsText, updateVerdict } from './change-verdict.ts';

const request = { location: 't', key: { nr: 'demo-1', del: '2' }, expect: { namn: 'Gammal', note: null }, set: { namn: 'Ny', note: 'x' } };
const row = (values: Record<string, unknown>) => ({ nr: 'demo-1', del: 2, ...values });
const isConflict = (verdict: unknown, pattern: RegExp) =>
  typeof verdict === 'object' && verdict !== null && pattern.test((verdict as { conflict: string }).conflict);

test('values are held as text: case counts, null is only null, numbers as a read shows them, trailing whitespace aside', () => {
  assert.ok(holdsText('Demo', 'Demo'));
  assert.ok(!holdsText('Demo', 'DEMO'));
  assert.ok(holdsText(null, null));
  assert.ok(!holdsText(null, ''));
  assert.ok(!holdsText('', null));
  assert.ok(holdsText(undefined, null));
  assert.ok(holdsText(42, '42'));
  assert.ok(!holdsText(42, '042'));
  assert.ok(holdsText(9007199254740993n, '9007199254740993'));
  assert.ok(holdsText(true, 'true'));
  assert.ok(holdsText('ABC       ', 'ABC'), 'char(n) pads with spaces');
  assert.ok(!holdsText(' ABC', 'ABC'), 'leading whitespace counts');
  assert.ok(!holdsText(new Uint8Array([65]), 'A'), 'bytes have no text form here');
  assert.ok(!holdsText({ a: 1 }, '[object Object]'), 'nor has JSON');
});

test('one row holding the expected values is written; one holding the new values is already applied', () => {
  assert.equal(updateVerdict([row({ namn: 'Gammal', note: null })], request), 'write');
  assert.equal(updateVerdict([row({ namn: 'Ny', note: 'x' })], request), 'already-applied');
});

test('a record that holds neither is a conflict naming the fields, never the values', () => {
  const verdict = updateVerdict([row({ namn: 'Någon annan', note: null })], request);
  assert.ok(isConflict(verdict, /changed since it was read \(namn\)/));
  assert.ok(!JSON.stringify(verdict).includes('Någon'));
  assert.ok(isConflict(updateVerdict([row({ namn: 'Ny', note: null })], request), /changed/), 'half applied by someone else');
});

test('no row, several rows, or one the database matched only loosely: a conflict', () => {
  assert.ok(isConflict(updateVerdict([], request), /gone/));
  assert.ok(isConflict(updateVerdict([row({ namn: 'Gammal', note: null }), row({ namn: 'Gammal', note: null })], request), /2 records/));
  assert.ok(isConflict(updateVerdict([{ nr: 'DEMO-1', del: 2, namn: 'Gammal', note: null }], request), /differs from the key in nr/));
});

test('a delete: no row is already gone, the key\'s own row is deleted, several or a loose match is a conflict', () => {
  const key = { location: 't', key: request.key };
  assert.equal(deleteVerdict([], key), 'already-gone');
  assert.equal(deleteVerdict([row({})], key), 'write');
  assert.ok(isConflict(deleteVerdict([row({}), row({})], key), /2 records/));
  assert.ok(isConflict(deleteVerdict([{ nr: 'Demo-1', del: 2 }], key), /differs from the key/));
});
