import assert from 'node:assert/strict';
import { readFileSync } from 'node:fs';
import { test } from 'node:test';
import { InsynError, errorCatalogue, isInsynError } from './error-catalogue.ts';
import { renderErrorsDoc } from './error-docs.ts';

test('docs/errors.md is generated from the error catalogue (run `npm run docs` after changing it)', () => {
  const onDisk = readFileSync(new URL('../../docs/errors.md', import.meta.url), 'utf8');
  assert.equal(onDisk, renderErrorsDoc());
});

test('every catalogue entry has a code in upper snake case, a status, and Swedish and English text', () => {
  for (const [code, entry] of Object.entries(errorCatalogue)) {
    assert.match(code, /^[A-Z][A-Z0-9_]+$/);
    assert.ok(entry.status >= 400 && entry.status < 600, `${code} status`);
    assert.ok(entry.sv.length > 3 && entry.en.length > 3 && entry.help.length > 3, `${code} texts`);
    assert.notEqual(entry.sv, entry.en, `${code} has a Swedish text of its own`);
  }
});

test('InsynError carries code, status and detail', () => {
  const error = new InsynError('PURPOSE_NOT_ALLOWED', 'purpose x');
  assert.equal(error.code, 'PURPOSE_NOT_ALLOWED');
  assert.equal(error.status, 403);
  assert.equal(error.detail, 'purpose x');
  assert.ok(isInsynError(error, 'PURPOSE_NOT_ALLOWED'));
  assert.ok(!isInsynError(error, 'NOT_FOUND'));
  assert.ok(!isInsynError(new Error('x')));
});
