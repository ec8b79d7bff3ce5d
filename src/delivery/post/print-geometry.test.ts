import assert from 'node:assert/strict';
import { describe, it } from 'node:test';
import { printAddressZone, printGeometry, printWindowRect, sheetsFor } from './print-geometry.ts';

const A4_HEIGHT = 841.89;
const pt = (mm: number) => (mm * 72) / 25.4;

describe('print geometry', () => {
  it('is the C5 left window (V2) of an A4 sheet folded once: 20–120 mm from the left, 45–90 mm from the top', () => {
    assert.deepEqual(printGeometry.windowMm, { left: 20, right: 120, top: 45, bottom: 90 });
    assert.ok(Math.abs(printWindowRect.left - 56.693) < 0.001);
    assert.ok(Math.abs(printWindowRect.right - 340.157) < 0.001);
    assert.ok(Math.abs(printWindowRect.top - (A4_HEIGHT - pt(45))) < 0.001);
    assert.ok(Math.abs(printWindowRect.bottom - (A4_HEIGHT - pt(90))) < 0.001);
    assert.ok(printWindowRect.bottom > A4_HEIGHT / 2, 'the window lies on the upper half of the folded sheet');
  });

  it('keeps a 5 mm quiet zone inside the window, and counts one sheet per page (simplex)', () => {
    assert.equal(printGeometry.quietZoneMm, 5);
    for (const side of ['left', 'bottom'] as const) assert.ok(Math.abs(printAddressZone[side] - (printWindowRect[side] + pt(5))) < 0.001, side);
    for (const side of ['right', 'top'] as const) assert.ok(Math.abs(printAddressZone[side] - (printWindowRect[side] - pt(5))) < 0.001, side);
    assert.equal(printGeometry.printing, 'simplex');
    assert.equal(sheetsFor(7), 7);
  });
});
