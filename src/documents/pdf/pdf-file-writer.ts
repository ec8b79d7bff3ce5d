// The file layer of a PDF: numbered objects written in any order, each one's place kept for the
// cross-reference stream, bytes handed to the sink at page boundaries (with back-pressure), and a
// SHA-256 of everything before the cross-reference stream that becomes the trailer /ID, so
// identical content gives identical bytes. Small dictionaries (structure elements, parent-tree
// arrays) can be packed into compressed object streams of up to 200. Nothing written is kept:
// only one offset (or stream and index) per object.
import { createHash } from 'node:crypto';
import { deflateSync } from 'node:zlib';
import { crossReferenceTable } from './cross-reference-stream.ts';

/** Anything with write(): a Node stream (back-pressure respected) or a plain collector. */
export type PdfSink = { write(chunk: Uint8Array): unknown } | NodeJS.WritableStream;

const header = Buffer.from('%PDF-1.7\n%\xE2\xE3\xCF\xD3\n', 'latin1');
const objectsPerStream = 200;

export class PdfFileWriter {
  readonly #sink: PdfSink;
  readonly #hash = createHash('sha256');
  /** Byte offset, or index in its object stream; -1 until written. */
  readonly #offsets: number[] = [0];
  /** The object stream holding each object, 0 for objects written directly. */
  readonly #containers: number[] = [0];
  #packed: { ref: number; body: string }[] = [];
  #pending: Uint8Array[] = [];
  #offset = 0;
  #backPressure: Promise<void> | undefined;

  constructor(sink: PdfSink) {
    this.#sink = sink;
    this.#append(header);
  }

  /** Reserves the next object number; the object itself may be written much later. */
  allocate(): number {
    this.#offsets.push(-1);
    this.#containers.push(0);
    return this.#offsets.length - 1;
  }

  /** Writes a non-stream object into the current object stream. */
  writePacked(ref: number, body: string): void {
    if (this.#offsets[ref] !== -1) throw new TypeError(`PDF object ${ref} is not allocated or already written`);
    this.#offsets[ref] = this.#packed.push({ ref, body }) - 1;
    if (this.#packed.length === objectsPerStream) this.#writeObjectStream();
  }

  writeObject(ref: number, body: string): void {
    this.#begin(ref);
    this.#append(Buffer.from(`${ref} 0 obj\n${body}\nendobj\n`, 'latin1'));
  }

  /** `dictionary` lists the entries without << >> and without /Length. */
  writeStream(ref: number, dictionary: string, data: Uint8Array): void {
    this.#begin(ref);
    this.#append(Buffer.from(`${ref} 0 obj\n<<${dictionary} /Length ${data.length}>>\nstream\n`, 'latin1'));
    this.#append(data);
    this.#append(Buffer.from('\nendstream\nendobj\n', 'latin1'));
  }

  /** Hands what is pending to the sink. */
  flush(): void {
    if (this.#pending.length === 0) return;
    const chunk = this.#pending.length === 1 ? this.#pending[0]! : Buffer.concat(this.#pending);
    this.#pending = [];
    const accepted = this.#sink.write(chunk);
    if (accepted === false && 'once' in this.#sink && !this.#backPressure) {
      // Rejects if the stream fails or closes instead of draining; awaited at the next drained().
      const drain = waitForDrain(this.#sink);
      drain.catch(() => undefined);
      this.#backPressure = drain;
    }
  }

  /** True while a Node stream sink has asked us to wait for 'drain'. */
  get backPressured(): boolean {
    return this.#backPressure !== undefined;
  }

  /** Resolves once a Node stream sink has drained (at once for other sinks). */
  async drained(): Promise<void> {
    if (!this.#backPressure) return;
    await this.#backPressure;
    this.#backPressure = undefined;
  }

  /** Writes the cross-reference stream with the trailer entries, then flushes. */
  async finish(rootRef: number, infoRef: number): Promise<void> {
    this.#writeObjectStream();
    const id = this.#hash.digest('hex').slice(0, 32).toUpperCase();
    const xrefRef = this.allocate();
    this.#offsets[xrefRef] = this.#offset;
    const entries = this.#offsets.map((position, ref) => {
      if (position < 0) throw new TypeError(`PDF object ${ref} was allocated but never written`);
      return { container: this.#containers[ref]!, position };
    });
    const table = deflateSync(crossReferenceTable(entries));
    this.#pending.push(Buffer.from(`${xrefRef} 0 obj\n<</Type /XRef /Size ${entries.length} /W [1 4 2] /Root ${rootRef} 0 R `
      + `/Info ${infoRef} 0 R /ID [<${id}> <${id}>] /Filter /FlateDecode /Length ${table.length}>>\nstream\n`, 'latin1'));
    this.#pending.push(table);
    this.#pending.push(Buffer.from(`\nendstream\nendobj\nstartxref\n${this.#offsets[xrefRef]}\n%%EOF\n`, 'latin1'));
    this.flush();
    await this.drained();
  }

  #writeObjectStream(): void {
    if (this.#packed.length === 0) return;
    const streamRef = this.allocate();
    const offsets: string[] = [];
    let at = 0;
    for (const { ref, body } of this.#packed) {
      offsets.push(`${ref} ${at}`);
      this.#containers[ref] = streamRef;
      at += body.length + 1;
    }
    const head = `${offsets.join(' ')}\n`;
    const data = Buffer.from(head + this.#packed.map(({ body }) => `${body}\n`).join(''), 'latin1');
    this.writeStream(streamRef, `/Type /ObjStm /N ${this.#packed.length} /First ${head.length} /Filter /FlateDecode`, deflateSync(data));
    this.#packed = [];
  }

  #begin(ref: number): void {
    if (this.#offsets[ref] !== -1) throw new TypeError(`PDF object ${ref} is not allocated or already written`);
    this.#offsets[ref] = this.#offset;
  }

  #append(bytes: Uint8Array): void {
    this.#hash.update(bytes);
    this.#offset += bytes.length;
    this.#pending.push(bytes);
  }
}

function waitForDrain(sink: NodeJS.WritableStream): Promise<void> {
  if ((sink as { destroyed?: boolean }).destroyed) return Promise.reject(new Error('the PDF output stream is closed'));
  return new Promise((resolve, reject) => {
    const settle = (error?: Error) => {
      sink.off('drain', onDrain).off('error', onError).off('close', onClose);
      if (error) reject(error);
      else resolve();
    };
    const onDrain = () => settle();
    const onError = (error: Error) => settle(error);
    const onClose = () => settle(new Error('the PDF output stream closed before the PDF was written'));
    sink.on('drain', onDrain).on('error', onError).on('close', onClose);
  });
}
