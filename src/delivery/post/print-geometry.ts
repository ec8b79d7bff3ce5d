// The print geometry agreed with the print-and-mail vendor (R27): A4 sheets printed on one side
// (simplex), folded once across the middle into a C5 window envelope (162 × 229 mm) with the
// Swedish left window "V2". The window is taken as 20–120 mm from the sheet's left edge and 45–90 mm
// from its top edge; the address is printed at least 5 mm inside it (quiet zone), with the sender's
// return address in 7 pt type on its first line(s) and the recipient's lines at 10 pt below. Nothing
// else on an address sheet is printed inside the window, so no personnummer can show through it.
//
// A vendor may ask to adjust the window (envelope stock differs by a few millimetres): the numbers
// live in documents/pdf/envelope-window.ts because the PDF writer places the address block there;
// this module gives them to the vendor (in every batch manifest) and to the tests in PDF points.
import { addressZone, envelopeWindowMm, type PdfRect, windowRect } from '../../documents/pdf/envelope-window.ts';

export type { PdfRect };

/** The envelope window on page 1 (and on a forwarding file's page 2), PDF points, origin bottom-left. */
export const printWindowRect: PdfRect = windowRect;

/** Where the window's text lies: the window less the 5 mm quiet zone, PDF points, origin bottom-left. */
export const printAddressZone: PdfRect = addressZone;

/** What a batch manifest tells the vendor about the sheets. */
export interface PrintGeometry {
  readonly paper: 'A4';
  readonly printing: 'simplex';
  readonly fold: 'half';
  readonly envelope: 'C5-window';
  /** Millimetres from the sheet's left and top edges. */
  readonly windowMm: { readonly left: number; readonly right: number; readonly top: number; readonly bottom: number };
  readonly quietZoneMm: number;
}

export const printGeometry: PrintGeometry = {
  paper: 'A4',
  printing: 'simplex',
  fold: 'half',
  envelope: 'C5-window',
  windowMm: { left: envelopeWindowMm.left, right: envelopeWindowMm.right, top: envelopeWindowMm.top, bottom: envelopeWindowMm.bottom },
  quietZoneMm: envelopeWindowMm.quietZone,
};

/** Physical sheets for `pages` pages: printing is single-sided, so one sheet per page. */
export function sheetsFor(pages: number): number {
  return pages;
}
