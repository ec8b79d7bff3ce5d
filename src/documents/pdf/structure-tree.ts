// The logical structure (Document > H1 … P, L, Table …), written as it is laid out: an element gets
// its object number when opened (so children and the parent tree can point at it) and is written
// when closed, after which only its number is kept, in its parent's kid list. The Document element
// and the StructTreeRoot are written at the end.
import type { PdfFileWriter } from './pdf-file-writer.ts';

interface MarkedContentKid {
  readonly page: number;
  readonly mcid: number;
}

export interface StructElement {
  readonly ref: number;
  readonly type: string;
  readonly parentRef: number;
  /** e.g. `/A <</O /Table /Scope /Column>>`, or '' */
  readonly attributes: string;
  readonly kids: (number | MarkedContentKid)[];
}

export class StructureTree {
  readonly rootRef: number;
  readonly document: StructElement;
  readonly #writer: PdfFileWriter;

  constructor(writer: PdfFileWriter) {
    this.#writer = writer;
    this.rootRef = writer.allocate();
    this.document = { ref: writer.allocate(), type: 'Document', parentRef: this.rootRef, attributes: '', kids: [] };
  }

  open(parent: StructElement, type: string, attributes = ''): StructElement {
    const element = { ref: this.#writer.allocate(), type, parentRef: parent.ref, attributes, kids: [] };
    parent.kids.push(element.ref);
    return element;
  }

  /** Writes the element; nothing may be added to it afterwards. */
  close(element: StructElement): void {
    const firstPage = element.kids.find((kid) => typeof kid !== 'number')?.page;
    const kids = element.kids.map((kid) => {
      if (typeof kid === 'number') return `${kid} 0 R`;
      return kid.page === firstPage ? String(kid.mcid) : `<</Type /MCR /Pg ${kid.page} 0 R /MCID ${kid.mcid}>>`;
    });
    const k = kids.length === 0 ? '' : kids.length === 1 ? ` /K ${kids[0]}` : ` /K [${kids.join(' ')}]`;
    const pg = firstPage === undefined ? '' : ` /Pg ${firstPage} 0 R`;
    const a = element.attributes === '' ? '' : ` ${element.attributes}`;
    this.#writer.writePacked(element.ref, `<</Type /StructElem /S /${element.type} /P ${element.parentRef} 0 R${pg}${k}${a}>>`);
  }

  /** Records that marked content `mcid` on page object `page` belongs to `element`. */
  addContent(element: StructElement, page: number, mcid: number): void {
    element.kids.push({ page, mcid });
  }

  /** Closes the Document element and writes the StructTreeRoot. */
  finish(parentTreeRef: number, parentTreeNextKey: number): void {
    this.close(this.document);
    this.#writer.writeObject(this.rootRef, `<</Type /StructTreeRoot /K ${this.document.ref} 0 R `
      + `/ParentTree ${parentTreeRef} 0 R /ParentTreeNextKey ${parentTreeNextKey}>>`);
  }
}
