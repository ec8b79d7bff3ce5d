// Greedy line breaking by measured advance widths: lines break at spaces; a word wider than the
// whole line is broken between characters (a long reference number or address must not run off
// the page). Hard line breaks (\n) are kept; runs of spaces collapse to one.
import { cleanText } from './clean-text.ts';
import { measureText, type WidthSource } from './measure-text.ts';

export function wrapText(text: string, face: WidthSource, size: number, maxWidth: number): string[] {
  const limit = (maxWidth * 1000) / size;
  const space = face.widthOf(0x20);
  const lines: string[] = [];
  for (const hardLine of cleanText(text).split('\n')) {
    let line = '';
    let width = 0;
    for (const word of hardLine.split(' ')) {
      if (word === '') continue;
      const wordWidth = measureText(word, face);
      if (line !== '' && width + space + wordWidth <= limit) {
        line += ` ${word}`;
        width += space + wordWidth;
        continue;
      }
      if (line !== '') lines.push(line);
      [line, width] = wordWidth <= limit ? [word, wordWidth] : breakWord(word, face, limit, lines);
    }
    lines.push(line);
  }
  return lines;
}

/** Pushes all full pieces of `word` to `lines` and returns the last piece and its width. */
function breakWord(word: string, face: WidthSource, limit: number, lines: string[]): [string, number] {
  let start = 0;
  let width = 0;
  for (let i = 0; i < word.length; i++) {
    const codePoint = word.codePointAt(i)!;
    const charWidth = face.widthOf(codePoint);
    if (width + charWidth > limit && i > start) {
      lines.push(word.slice(start, i));
      start = i;
      width = 0;
    }
    width += charWidth;
    if (codePoint > 0xffff) i++;
  }
  return [word.slice(start), width];
}
