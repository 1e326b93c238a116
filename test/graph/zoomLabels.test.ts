import { describe, expect, it } from 'vitest';
import { labelSide } from '../../src/graph/zoomLabels';

describe('labelSide(room, textPx, last)', () => {
  it('writes a column’s values on its right where they fit before the next column', () => {
    expect(labelSide({ right: 100, left: 0 }, 85, false)).toBe('right');
    expect(labelSide({ right: 100, left: 0 }, 85, true)).toBe('right');
  });

  it('writes the output column’s values on its left when the panel’s edge leaves no room on its right', () => {
    expect(labelSide({ right: 40, left: 120 }, 85, true)).toBe('left');
  });

  it('writes none where neither side has room (a phone’s three columns of 8 decimals), only a hidden column', () => {
    expect(labelSide({ right: 40, left: 60 }, 85, true)).toBeNull();
    // a column before the output has no left side: its values would cover the edges it reads
    expect(labelSide({ right: 40, left: 500 }, 85, false)).toBeNull();
    // touching is not fitting: a few pixels of air
    expect(labelSide({ right: 85, left: 0 }, 85, false)).toBeNull();
  });
});
