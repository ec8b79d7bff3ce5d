import assert from 'node:assert/strict';
import { describe, it } from 'node:test';
import { srgbIccProfile } from './srgb-icc-profile.ts';

describe('srgbIccProfile', () => {
  const bytes = srgbIccProfile();
  const view = new DataView(bytes.buffer, bytes.byteOffset, bytes.byteLength);
  const ascii = (at: number) => String.fromCharCode(...bytes.subarray(at, at + 4));

  it('has an ICC v2 display-class RGB header with the XYZ PCS and D50 illuminant', () => {
    assert.equal(view.getUint32(0), bytes.length);
    assert.equal(view.getUint8(8), 2);
    assert.deepEqual([ascii(12), ascii(16), ascii(20), ascii(36)], ['mntr', 'RGB ', 'XYZ ', 'acsp']);
    assert.deepEqual([68, 72, 76].map((at) => Math.round(view.getInt32(at) / 65.536) / 1000), [0.964, 1, 0.825]);
  });

  it('has the tags a v2 matrix/TRC profile needs, each inside the file and 4-byte aligned', () => {
    const tags = new Map<string, [number, number]>();
    for (let i = 0; i < view.getUint32(128); i++) {
      const at = 132 + 12 * i;
      tags.set(ascii(at), [view.getUint32(at + 4), view.getUint32(at + 8)]);
    }
    for (const tag of ['desc', 'cprt', 'wtpt', 'rXYZ', 'gXYZ', 'bXYZ', 'rTRC', 'gTRC', 'bTRC']) {
      const [offset, size] = tags.get(tag) ?? assert.fail(`no ${tag}`);
      assert.equal(offset % 4, 0);
      assert.ok(offset + size <= bytes.length);
    }
    const [curve] = tags.get('rTRC')!;
    assert.equal(ascii(curve), 'curv');
    const points = view.getUint32(curve + 8);
    assert.equal(view.getUint16(curve + 12), 0);
    assert.equal(view.getUint16(curve + 12 + 2 * (points - 1)), 65535);
    // sRGB 50 % grey is about 21.4 % linear light.
    assert.ok(Math.abs(view.getUint16(curve + 12 + 2 * Math.round((points - 1) / 2)) / 65535 - 0.214) < 0.002);
    const [red] = tags.get('rXYZ')!;
    const [green] = tags.get('gXYZ')!;
    const [blue] = tags.get('bXYZ')!;
    const y = [red, green, blue].reduce((sum, at) => sum + view.getInt32(at + 12) / 65536, 0);
    assert.ok(Math.abs(y - 1) < 0.001, 'the colorants add up to white');
  });
});
