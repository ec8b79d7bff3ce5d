import assert from 'node:assert/strict';
import { describe, it } from 'node:test';
import { tableColumnWidths } from './table-column-widths.ts';

// Every character 1000/1000 em: at size 1 a character is 1 pt wide, a space too.
const mono = { widthOf: () => 1000 };
const widths = (rows: string[][], available: number) =>
  tableColumnWidths({ rows, columns: rows[0]!.length, faceOf: () => mono }, 1, 0, available, 0).map((w) => Math.round(w * 10) / 10);

describe('tableColumnWidths', () => {
  it('shares spare width in proportion to content when every cell fits on one line', () => {
    assert.deepEqual(widths([['ab', 'abcdef']], 100), [25, 75]);
  });

  it('gives each column its longest word and the rest by how much more it wants', () => {
    // wants 2 and 23, needs 2 and 5: the second gets 5 + 3.
    assert.deepEqual(widths([['ab', 'abcde abcde abcde abcde']], 10), [2, 8]);
  });

  it('caps only the widest longest words when even they do not fit', () => {
    assert.deepEqual(widths([['abcdefghij', 'abcdefghij']], 10), [5, 5]);
    assert.deepEqual(widths([['ab', 'abc', 'x'.repeat(500)]], 20), [2, 3, 15]);
  });
});
