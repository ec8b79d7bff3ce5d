// A small ICC v2 display profile for sRGB, built in code because no runtime dependency ships one:
// the PDF/A output intent embeds it. D50 PCS; colorants are the sRGB primaries adapted to D50 with
// Bradford (as in the ICC's own sRGB profiles); the tone curve is the IEC 61966-2-1 curve sampled at
// 1,024 points, shared by the three channels. About 2.5 KB.

const d50 = [0.9642, 1, 0.8249] as const;
const colorants = {
  rXYZ: [0.436066, 0.222488, 0.013916],
  gXYZ: [0.385147, 0.716873, 0.097076],
  bXYZ: [0.143066, 0.060608, 0.714096],
} as const;
const description = 'sRGB IEC61966-2.1 (Insyn)';
const copyright = 'No copyright, use freely';
const curvePoints = 1024;

let cached: Uint8Array | undefined;

/** The profile bytes (built once per process). */
export function srgbIccProfile(): Uint8Array {
  cached ??= buildProfile();
  return cached;
}

function buildProfile(): Uint8Array {
  const curve = curveTag();
  const tags: [string, Uint8Array][] = [
    ['desc', descTag(description)], ['cprt', textTag(copyright)], ['wtpt', xyzTag(d50)],
    ['rXYZ', xyzTag(colorants.rXYZ)], ['gXYZ', xyzTag(colorants.gXYZ)], ['bXYZ', xyzTag(colorants.bXYZ)],
    ['rTRC', curve], ['gTRC', curve], ['bTRC', curve],
  ];
  const tableSize = 4 + 12 * tags.length;
  const placed = new Map<Uint8Array, number>();
  let end = 128 + tableSize;
  for (const [, data] of tags) {
    if (placed.has(data)) continue;
    placed.set(data, end);
    end += align4(data.length);
  }
  const bytes = new Uint8Array(end);
  const view = new DataView(bytes.buffer);
  writeHeader(view, end);
  view.setUint32(128, tags.length);
  tags.forEach(([signature, data], i) => {
    const at = 132 + 12 * i;
    writeAscii(bytes, at, signature);
    view.setUint32(at + 4, placed.get(data)!);
    view.setUint32(at + 8, data.length);
  });
  for (const [data, offset] of placed) bytes.set(data, offset);
  return bytes;
}

function writeHeader(view: DataView, size: number): void {
  const bytes = new Uint8Array(view.buffer);
  view.setUint32(0, size);
  view.setUint32(8, 0x02100000); // version 2.1
  writeAscii(bytes, 12, 'mntr');
  writeAscii(bytes, 16, 'RGB ');
  writeAscii(bytes, 20, 'XYZ ');
  [2024, 1, 1, 0, 0, 0].forEach((n, i) => view.setUint16(24 + 2 * i, n));
  writeAscii(bytes, 36, 'acsp');
  view.setUint32(64, 0); // perceptual
  d50.forEach((n, i) => view.setInt32(68 + 4 * i, s15Fixed16(n)));
}

/** The sRGB transfer function from IEC 61966-2-1, sampled. */
function curveTag(): Uint8Array {
  const bytes = new Uint8Array(12 + 2 * curvePoints);
  const view = new DataView(bytes.buffer);
  writeAscii(bytes, 0, 'curv');
  view.setUint32(8, curvePoints);
  for (let i = 0; i < curvePoints; i++) {
    const v = i / (curvePoints - 1);
    const linear = v <= 0.04045 ? v / 12.92 : ((v + 0.055) / 1.055) ** 2.4;
    view.setUint16(12 + 2 * i, Math.round(linear * 65535));
  }
  return bytes;
}

function xyzTag(xyz: readonly number[]): Uint8Array {
  const bytes = new Uint8Array(20);
  const view = new DataView(bytes.buffer);
  writeAscii(bytes, 0, 'XYZ ');
  xyz.forEach((n, i) => view.setInt32(8 + 4 * i, s15Fixed16(n)));
  return bytes;
}

function textTag(text: string): Uint8Array {
  const bytes = new Uint8Array(8 + text.length + 1);
  writeAscii(bytes, 0, 'text');
  writeAscii(bytes, 8, text);
  return bytes;
}

/** textDescriptionType: ASCII description, empty Unicode and ScriptCode parts. */
function descTag(text: string): Uint8Array {
  const ascii = text.length + 1;
  const bytes = new Uint8Array(12 + ascii + 4 + 4 + 2 + 1 + 67);
  const view = new DataView(bytes.buffer);
  writeAscii(bytes, 0, 'desc');
  view.setUint32(8, ascii);
  writeAscii(bytes, 12, text);
  return bytes;
}

function s15Fixed16(n: number): number {
  return Math.round(n * 65536);
}

function align4(n: number): number {
  return (n + 3) & ~3;
}

function writeAscii(bytes: Uint8Array, at: number, text: string): void {
  for (let i = 0; i < text.length; i++) bytes[at + i] = text.charCodeAt(i);
}
