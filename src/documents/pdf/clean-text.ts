// Text as the renderer draws it: NFC (so å is one glyph, not a + ring), line ends as \n, tabs and
// other control characters as spaces, soft hyphens dropped (a renderer that does not hyphenate
// must not show them).

const controls = /(?!\n)[\p{Cc}\p{Zl}\p{Zp}]/gu;
/** Printable ASCII and Latin-1 letters (no soft hyphen): already NFC and clean, the common case. */
const alreadyClean = /^[\x20-\x7e\xa0-\xac\xae-\xff]*$/;

export function cleanText(text: string): string {
  if (alreadyClean.test(text)) return text;
  return text.normalize('NFC').replace(/\r\n?/g, '\n').replace(controls, ' ').replace(/\u00AD/g, '');
}
