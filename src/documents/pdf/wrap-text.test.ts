import assert from 'node:assert/strict';
import { describe, it } from 'node:test';
import { wrapText } from './wrap-text.ts';

// Every character 500/1000 em wide: at size 10 a character is 5 pt.
const mono = { widthOf: () => 500 };

describe('wrapText', () => {
  it('breaks at spaces into lines no wider than the width', () => {
    assert.deepEqual(wrapText('aaa bbb ccc dd', mono, 10, 40), ['aaa bbb', 'ccc dd']);
  });

  it('breaks a word wider than a line between characters', () => {
    assert.deepEqual(wrapText('ab cdefghijklmnop q', mono, 10, 20), ['ab', 'cdef', 'ghij', 'klmn', 'op q']);
  });

  it('keeps hard line breaks, collapses spaces and drops soft hyphens and control characters', () => {
    assert.deepEqual(wrapText('rad ett\r\nrad\u00ADtvå\t  slut\n\nsist', mono, 10, 1000), ['rad ett', 'radtvå slut', '', 'sist']);
  });

  it('composes decomposed letters (NFC) so å is one character', () => {
    assert.deepEqual(wrapText('a\u030A', mono, 10, 100), ['å']);
  });

  it('never loops on a width narrower than one character', () => {
    assert.deepEqual(wrapText('abc', mono, 10, 1), ['a', 'b', 'c']);
  });
});
