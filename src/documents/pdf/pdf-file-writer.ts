// The file layer of a PDF: numbered objects written in any order, each one's byte offset kept for
// the cross-reference table, bytes handed to the sink at page boundaries (with back-pressure), and
// a SHA-256 of everything before the xref that becomes the trailer /ID, so identical content gives
// identical bytes. Nothing written is kept: only one offset per object.
import { createHash } from 'node:crypto';

/** Anything with write(): a Node stream (back-pressure respected) or a plain collector. */
export type PdfSink = { write(chunk: Uint8Array): unknown } | NodeJS.WritableStream;

const header = Buffer.from('%PDF-1.7\n%\xE2\xE3\xCF\xD3\n', 'latin1');

export class PdfFileWriter {
  readonly #sink: PdfSink;
  readonly #hash = createHash('sha256');
  readonly #offsets: number[] = [0];
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
    return this.#offsets.length - 1;
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

  /** Writes the xref table and trailer, then flushes. */
  async finish(rootRef: number, infoRef: number): Promise<void> {
    const id = this.#hash.digest('hex').slice(0, 32).toUpperCase();
    const xrefOffset = this.#offset;
    const lines = [`xref\n0 ${this.#offsets.length}\n0000000000 65535 f \n`];
    for (let ref = 1; ref < this.#offsets.length; ref++) {
      const offset = this.#offsets[ref]!;
      if (offset < 0) throw new TypeError(`PDF object ${ref} was allocated but never written`);
      lines.push(`${String(offset).padStart(10, '0')} 00000 n \n`);
    }
    lines.push(`trailer\n<</Size ${this.#offsets.length} /Root ${rootRef} 0 R /Info ${infoRef} 0 R /ID [<${id}> <${id}>]>>\n`);
    lines.push(`startxref\n${xrefOffset}\n%%EOF\n`);
    this.#pending.push(Buffer.from(lines.join(''), 'latin1'));
    this.flush();
    await this.drained();
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
