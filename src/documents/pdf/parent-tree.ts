// The ParentTree number tree: for each page (its /StructParents key) an array giving, for each
// MCID on that page, the structure element that owns it. Each page's array is written when the page
// is, so only one object number per page is kept until the tree itself is written at the end.
import type { PdfFileWriter } from './pdf-file-writer.ts';

export class ParentTree {
  readonly ref: number;
  readonly #writer: PdfFileWriter;
  readonly #arrays: number[] = [];

  constructor(writer: PdfFileWriter) {
    this.#writer = writer;
    this.ref = writer.allocate();
  }

  /** Writes one page's array (owners[mcid] = element object number); returns its key. */
  addPage(owners: readonly number[]): number {
    const ref = this.#writer.allocate();
    this.#writer.writePacked(ref, `[${owners.map((owner) => `${owner} 0 R`).join(' ')}]`);
    return this.#arrays.push(ref) - 1;
  }

  /** The next free key, for the StructTreeRoot. */
  get nextKey(): number {
    return this.#arrays.length;
  }

  write(): void {
    const nums = this.#arrays.map((ref, key) => `${key} ${ref} 0 R`).join(' ');
    this.#writer.writeObject(this.ref, `<</Nums [${nums}]>>`);
  }
}
