// The advance of a run of text from per-code-point widths (cached by the face).

export interface WidthSource {
  /** Advance in 1/1000 em. */
  widthOf(codePoint: number): number;
}

/** Advance of `text` in 1/1000 em. */
export function measureText(text: string, face: WidthSource): number {
  let width = 0;
  for (let i = 0; i < text.length; i++) {
    const codePoint = text.codePointAt(i)!;
    if (codePoint > 0xffff) i++;
    width += face.widthOf(codePoint);
  }
  return width;
}
