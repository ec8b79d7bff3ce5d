// Text as the renderer draws it: NFC (so å is one glyph, not a + ring), line ends as \n, tabs and
// other control characters as spaces, soft hyphens dropped (a renderer that does not hyphenate
// must not show them).

const controls = /(?!\n)[\p{Cc}\p{Zl}\p{Zp}]/gu;

export function cleanText(text: string): string {
  return text.normalize('NFC').replace(/\r\n?/g, '\n').replace(controls, ' ').replace(/\u00AD/g, '');
}
