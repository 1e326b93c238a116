import { describe, expect, it } from 'vitest';
import { stableSize } from '../../src/graph/stableSize';

describe('stableSize', () => {
  const before = { width: 700, height: 400 };
  it('keeps the layout size through small height changes (the equation below grows by a line)', () => {
    expect(stableSize(before, { width: 700, height: 340 })).toBe(before);
    expect(stableSize(before, { width: 700.5, height: 470 })).toBe(before);
    // a scrollbar's width: the drawing rescales, the layout stays
    expect(stableSize(before, { width: 685, height: 400 })).toBe(before);
  });
  it('takes the new size when the width changes or the height by more than a fifth', () => {
    const wider = { width: 720, height: 400 };
    expect(stableSize(before, wider)).toBe(wider);
    const shorter = { width: 700, height: 300 };
    expect(stableSize(before, shorter)).toBe(shorter);
    expect(stableSize(null, before)).toBe(before);
    expect(stableSize(before, null)).toBeNull();
  });
});
