import assert from 'node:assert/strict';
import { test } from 'node:test';
import { toCsv } from './csv.ts';

test('CSV quotes fields with commas, quotes and line breaks and ends lines with CRLF', () => {
  assert.equal(toCsv([['a', 'b,c'], ['say "hi"', 'two\nlines'], ['', 'plain']]),
    'a,"b,c"\r\n"say ""hi""","two\nlines"\r\n,plain\r\n');
});

test('CSV with semicolons quotes fields holding a semicolon and leaves commas alone', () => {
  assert.equal(toCsv([['a;b', '7,5'], ['"q"', '']], { separator: ';' }), '"a;b";7,5\r\n"""q""";\r\n');
});
