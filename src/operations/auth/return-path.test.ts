import assert from 'node:assert/strict';
import { test } from 'node:test';
import { isInsynError } from '../../domain/error-catalogue.ts';
import { localReturnPath } from './return-path.ts';

test('local paths pass; nothing given means the fallback', () => {
  for (const path of ['/', '/mina-arenden', '/arenden/12?flik=beslut#brev', '/sök/å']) assert.equal(localReturnPath(path, '/'), path);
  assert.equal(localReturnPath(undefined, '/konsol'), '/konsol');
  assert.equal(localReturnPath('', '/'), '/');
});

test('anything that leads to another site is VALIDATION_FAILED', () => {
  const foreign = ['//evil.example', '///evil.example', '/\\evil.example', '\\\\evil.example', 'https://evil.example/', 'javascript:alert(1)',
    'mina-arenden', '/\tx', '/ x', '/x\r\nLocation: //evil.example', '/\u0000', '/\u00a0x', `/${'a'.repeat(2048)}`, ['/'], 7];
  for (const value of foreign) {
    assert.throws(() => localReturnPath(value, '/'), (error) => isInsynError(error, 'VALIDATION_FAILED'), JSON.stringify(value));
  }
});
