// The content stream of one page, built as text: marked-content sequences (structure content with
// an MCID, or artifacts), text lines in one font, and the grey rules and fills of tables. Colours
// are DeviceGray only. Strings are hex (Identity-H), so nothing in them needs escaping.
import { deflateSync } from 'node:zlib';
import { pdfNumber as n } from './pdf-number.ts';

export type ArtifactKind = 'Layout' | 'Footer' | 'Header';

export class PageContent {
  #parts: string[] = [];

  beginStructure(tag: string, mcid: number): void {
    this.#parts.push(`/${tag} <</MCID ${mcid}>> BDC\n`);
  }

  beginArtifact(kind: ArtifactKind): void {
    this.#parts.push(kind === 'Layout'
      ? '/Artifact <</Type /Layout>> BDC\n'
      : `/Artifact <</Type /Pagination /Subtype /${kind}>> BDC\n`);
  }

  end(): void {
    this.#parts.push('EMC\n');
  }

  /** Lines of hex-encoded text, the first baseline at (x, y), each next one `leading` lower. */
  textLines(font: string, size: number, x: number, y: number, leading: number, hexLines: readonly string[]): void {
    let ops = `BT /${font} ${n(size)} Tf ${n(x)} ${n(y)} Td <${hexLines[0] ?? ''}> Tj`;
    for (let i = 1; i < hexLines.length; i++) ops += ` 0 ${n(-leading)} Td <${hexLines[i]}> Tj`;
    this.#parts.push(`${ops} ET\n`);
  }

  fillRect(x: number, y: number, width: number, height: number, gray: number): void {
    this.#parts.push(`${n(gray)} g ${n(x)} ${n(y)} ${n(width)} ${n(height)} re f 0 g\n`);
  }

  horizontalRule(x1: number, x2: number, y: number, lineWidth: number, gray: number): void {
    this.#parts.push(`${n(gray)} G ${n(lineWidth)} w ${n(x1)} ${n(y)} m ${n(x2)} ${n(y)} l S\n`);
  }

  /** Paints a form XObject named in the page resources. */
  paintForm(name: string): void {
    this.#parts.push(`/${name} Do\n`);
  }

  /** The deflated stream. */
  compressed(): Uint8Array {
    return deflateSync(Buffer.from(this.#parts.join(''), 'latin1'));
  }
}
