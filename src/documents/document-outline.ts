// A document as a sequence of accessible blocks: headings, paragraphs, lists and tables with
// header cells. The extract (and later decision letters) is turned into an outline once; the PDF
// and HTML renderers lay out the same outline, so both say the same things in the same order.

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
