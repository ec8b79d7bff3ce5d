// Page geometry and type sizes of the extract: A4 in points, 20 mm margins, DejaVu Sans 10/14 for
// body text, bold headings, 8.5 pt tables. Baselines sit inside a line box of height `leading`.

export interface TextStyle {
  readonly bold: boolean;
  readonly size: number;
  readonly leading: number;
  /** Space above, dropped at the top of a page. */
  readonly before: number;
  readonly after: number;
}

const mm = 72 / 25.4;

export const pageStyle = {
  width: 595.28,
  height: 841.89,
  left: 20 * mm,
  right: 595.28 - 20 * mm,
  top: 841.89 - 20 * mm,
  bottom: 22 * mm,
  footerBaseline: 12 * mm,
  footerSize: 8,
} as const;

export const textStyles = {
  h1: { bold: true, size: 18, leading: 23, before: 10, after: 8 },
  h2: { bold: true, size: 14, leading: 18, before: 14, after: 5 },
  h3: { bold: true, size: 11.5, leading: 15, before: 10, after: 4 },
  paragraph: { bold: false, size: 10, leading: 14, before: 0, after: 8 },
  listItem: { bold: false, size: 10, leading: 14, before: 0, after: 3 },
  caption: { bold: true, size: 10, leading: 14, before: 6, after: 3 },
  tableCell: { bold: false, size: 8.5, leading: 11, before: 0, after: 0 },
} as const satisfies Record<string, TextStyle>;

export const listIndent = 14;
export const tableStyle = { paddingX: 4, paddingY: 3, after: 12, minColumn: 28, headerFill: 0.9, rule: 0.7 } as const;

/** The baseline of a line whose box starts at `top`, font metrics of DejaVu Sans. */
export function baselineOf(top: number, style: TextStyle): number {
  const ascent = 0.928 * style.size;
  const height = 1.164 * style.size;
  return top - (style.leading - height) / 2 - ascent;
}
