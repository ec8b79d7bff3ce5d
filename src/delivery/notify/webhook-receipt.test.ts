import assert from 'node:assert/strict';
import { test } from 'node:test';
import { receiptOf } from './webhook-channel.ts';

test('a recipient\'s receipt is kept only when it is a short token, never anything like a personnummer', () => {
  assert.equal(receiptOf(200, JSON.stringify({ receipt: 'abc-123:7' })), 'abc-123:7');
  assert.equal(receiptOf(201, JSON.stringify({ receipt: 'got 198403129011' })), 'HTTP 201', 'free text');
  assert.equal(receiptOf(200, JSON.stringify({ receipt: '198403129011' })), 'HTTP 200', 'a long number');
  assert.equal(receiptOf(202, 'ok'), 'HTTP 202', 'not JSON');
  assert.equal(receiptOf(200, JSON.stringify({ receipt: 'x'.repeat(101) })), 'HTTP 200', 'too long');
});
