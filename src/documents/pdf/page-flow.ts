// The page being filled and the cursor on it. A finished page is written at once: its content
// stream, the page object and its parent-tree array; then the writer flushes to the sink. Only the
// page's object number and its footer's are kept. Marked content started here is recorded both in
// the structure element and in the page's MCID → owner list.
import type { DocumentFont } from './document-font.ts';
import { PageContent } from './page-content.ts';
import type { ParentTree } from './parent-tree.ts';
import type { PdfFileWriter } from './pdf-file-writer.ts';
import { pageStyle } from './page-style.ts';
import type { StructElement, StructureTree } from './structure-tree.ts';

export interface DocumentFonts {
  readonly regular: DocumentFont;
  readonly bold: DocumentFont;
}

export interface FinishedPage {
  readonly ref: number;
  readonly footerRef: number;
}

export class PageFlow {
  readonly writer: PdfFileWriter;
  readonly fonts: DocumentFonts;
  readonly tree: StructureTree;
  readonly pagesRef: number;
  readonly pages: FinishedPage[] = [];
  /** Called after every page break, e.g. to repeat a table's header row. */
  onPageStart: (() => void) | undefined;
  content = new PageContent();
  y: number = pageStyle.top;
  #pageRef: number;
  #owners: number[] = [];
  readonly #parentTree: ParentTree;

  constructor(writer: PdfFileWriter, fonts: DocumentFonts, tree: StructureTree, parentTree: ParentTree) {
    this.writer = writer;
    this.fonts = fonts;
    this.tree = tree;
    this.#parentTree = parentTree;
    this.pagesRef = writer.allocate();
    this.#pageRef = writer.allocate();
  }

  /** Height left above the bottom margin. */
  get room(): number {
    return this.y - pageStyle.bottom;
  }

  get atTop(): boolean {
    return this.y === pageStyle.top;
  }

  /** Starts marked content with tag `tag` owned by `element`; end it with endMarked(). */
  beginMarked(tag: string, element: StructElement): void {
    const mcid = this.#owners.push(element.ref) - 1;
    this.tree.addContent(element, this.#pageRef, mcid);
    this.content.beginStructure(tag, mcid);
  }

  endMarked(): void {
    this.content.end();
  }

  newPage(): void {
    this.#finishPage();
    this.#pageRef = this.writer.allocate();
    this.content = new PageContent();
    this.y = pageStyle.top;
    this.onPageStart?.();
  }

  /** Writes the last page. */
  finish(): void {
    this.#finishPage();
  }

  #finishPage(): void {
    const footerRef = this.writer.allocate();
    this.content.beginArtifact('Footer');
    this.content.paintForm('Footer');
    this.content.end();
    const contentRef = this.writer.allocate();
    this.writer.writeStream(contentRef, '/Filter /FlateDecode', this.content.compressed());
    const key = this.#parentTree.addPage(this.#owners);
    const { regular, bold } = this.fonts;
    const fonts = `/${regular.resourceName} ${regular.ref} 0 R /${bold.resourceName} ${bold.ref} 0 R`;
    this.writer.writeObject(this.#pageRef, `<</Type /Page /Parent ${this.pagesRef} 0 R `
      + `/MediaBox [0 0 ${pageStyle.width} ${pageStyle.height}] `
      + `/Resources <</Font <<${fonts}>> /XObject <</Footer ${footerRef} 0 R>>>> `
      + `/Contents ${contentRef} 0 R /StructParents ${key} /Tabs /S>>`);
    this.pages.push({ ref: this.#pageRef, footerRef });
    this.#owners = [];
    this.writer.flush();
  }
}
