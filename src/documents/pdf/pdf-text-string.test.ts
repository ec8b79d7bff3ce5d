import assert from 'node:assert/strict';
import { describe, it } from 'node:test';
import { pdfTextString } from './pdf-text-string.ts';

describe('pdfTextString', () => {
  it('writes printable ASCII as a literal string with \\ ( ) escaped', () => {
    assert.equal(pdfTextString('a (b) \\ c'), '(a \\(b\\) \\\\ c)');
  });

  it('writes anything else as UTF-16BE hex with a byte order mark', () => {
    assert.equal(pdfTextString('Åö'), '<FEFF00C500F6>');
    assert.equal(pdfTextString('a\nb'), '<FEFF0061000A0062>');
    assert.equal(pdfTextString('😀'), '<FEFFD83DDE00>');
  });
});
