import assert from 'node:assert/strict';
import { test } from 'node:test';
import { isInsynError } from './error-catalogue.ts';
import { normalizeStatement, STATEMENT_MAX_LENGTH } from './supplementary-statement.ts';

const refused = (text: string) => assert.throws(() => normalizeStatement(text), (error) => isInsynError(error, 'VALIDATION_FAILED'));

test('a statement is trimmed and its line ends made \\n; the words themselves are kept', () => {
  assert.equal(normalizeStatement('  Jag har även\r\nett mobilnummer.\r '), 'Jag har även\nett mobilnummer.');
});

test('an empty statement and one longer than the limit are refused', () => {
  refused('');
  refused(' \n\t ');
  refused('x'.repeat(STATEMENT_MAX_LENGTH + 1));
});

test('the limit counts characters, not UTF-16 units: 4,000 letters outside the BMP pass', () => {
  assert.equal([...normalizeStatement('𝔸'.repeat(STATEMENT_MAX_LENGTH))].length, STATEMENT_MAX_LENGTH);
  refused(`${'å'.repeat(STATEMENT_MAX_LENGTH)}!`);
});
