// Where a window-address block goes on the page: the window of a C5 window envelope (Swedish left
// window, "V2") with the A4 sheet folded once across the middle, as millimetres from the sheet's
// left and top edges. Window 20–120 mm from the left, 45–90 mm from the top; the text keeps a
// 5 mm quiet zone inside it so it stays visible when the sheet slides in the envelope. The return
// address is one or two lines of small type at the top; the recipient's lines follow in body size.
// A print-and-mail vendor may ask for other numbers: change them here (delivery/post/print-geometry.ts
// gives them to the vendor and the tests in points).
import { pageStyle } from './page-style.ts';

export const mmToPoints = 72 / 25.4;

/** The envelope window and the text zone inside it, in mm from the sheet's left and top edges. */
export const envelopeWindowMm = {
  left: 20,
  right: 120,
  top: 45,
  bottom: 90,
  quietZone: 5,
} as const;

/** A rectangle in PDF points, origin at the bottom-left corner of the page. */
export interface PdfRect {
  readonly left: number;
  readonly bottom: number;
  readonly right: number;
  readonly top: number;
}

function fromMm(left: number, right: number, top: number, bottom: number): PdfRect {
  return {
    left: left * mmToPoints,
    right: right * mmToPoints,
    top: pageStyle.height - top * mmToPoints,
    bottom: pageStyle.height - bottom * mmToPoints,
  };
}

const w = envelopeWindowMm;

/** The window itself. */
export const windowRect: PdfRect = fromMm(w.left, w.right, w.top, w.bottom);

/** Where text may go: the window less the quiet zone on every side. */
export const addressZone: PdfRect = fromMm(w.left + w.quietZone, w.right - w.quietZone, w.top + w.quietZone, w.bottom - w.quietZone);

/** Type of the window: the return address small, the address at body size (smaller only if a line is too wide). */
export const windowType = {
  returnAddress: { size: 7, leading: 9, maxLines: 2 },
  /** Space between the return address and the address. */
  gap: 6,
  /** Sizes tried in turn until every address line fits the zone's width. */
  addressSizes: [10, 9, 8],
  /** Leading as a multiple of the size. */
  addressLeading: 1.3,
  /** Space between the window's bottom edge and the next block. */
  after: 14,
} as const;
