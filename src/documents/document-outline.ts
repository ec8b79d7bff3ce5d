// A document as a sequence of accessible blocks: headings, paragraphs, lists and tables with
// header cells, plus two for paper post: a page break and an address placed in the window of an
// envelope. The extract and the letters are turned into an outline once; the PDF and HTML
// renderers lay out the same outline, so both say the same things in the same order.

export type Block =
  | { readonly kind: 'heading'; readonly level: 1 | 2 | 3; readonly text: string }
  | { readonly kind: 'paragraph'; readonly text: string }
  | { readonly kind: 'list'; readonly items: readonly string[] }
  | {
    readonly kind: 'table';
    /** Said before the table (PDF: Caption; HTML: <caption>). */
    readonly caption: string;
    /** Column headers (scope Column). */
    readonly columns: readonly string[];
    readonly rows: readonly (readonly string[])[];
    /** The first cell of each row is a row header (scope Row), e.g. field name → value tables. */
    readonly rowHeaders?: boolean;
  }
  /** The next block starts on a new page (nothing when already at the top of one). HTML: nothing. */
  | { readonly kind: 'page-break' }
  | {
    /**
     * An address at fixed coordinates inside the window of a C5 window envelope (pdf/envelope-window.ts):
     * always the first thing on a page (a new page is started if needed); the flow continues below
     * the window. Tagged text, not an artifact. HTML: paragraph lines.
     */
    readonly kind: 'window-address';
    /** The address lines, e.g. name, street, 'postal code CITY'. */
    readonly lines: readonly string[];
    /** The sender, in small type on the window's first line(s), its lines joined by ', '. */
    readonly returnAddress?: readonly string[];
  };

export interface DocumentOutline {
  /** BCP 47 language of the whole document: 'sv' or 'en'. */
  readonly language: 'sv' | 'en';
  readonly title: string;
  /** The author shown in document properties (the agency). */
  readonly author: string;
  /** ISO timestamp used as the creation date; fixed clock → identical bytes. */
  readonly createdAt: string;
  readonly blocks: readonly Block[];
}
