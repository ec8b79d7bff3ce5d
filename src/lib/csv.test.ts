import assert from 'node:assert/strict';
import { test } from 'node:test';
import { toCsv } from './csv.ts';

test('CSV quotes fields with commas, quotes and line breaks and ends lines with CRLF', () => {
  assert.equal(toCsv([['a', 'b,c'], ['say "hi"', 'two\nlines'], ['', 'plain']]),
    'a,"b,c"\r\n"say ""hi""","two\nlines"\r\n,plain\r\n');
});
