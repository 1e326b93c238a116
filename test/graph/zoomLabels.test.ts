import { describe, expect, it } from 'vitest';
import { columnRoom, columnSpacing, labelSide } from '../../src/graph/zoomLabels';

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

describe('columnRoom(column, next, previous, view, ring, written)', () => {
  // Zoomed in 2× on a fitted drawing: layout x maps to 10 + 2x on screen in a 300 px panel.
  const view = { screenX: (x: number) => 10 + 2 * x, scale: 2, width: 300 };

  it('measures to the next column’s rings on the right, at the zoom’s scale', () => {
    const room = columnRoom({ x: 20, r: 2 }, { x: 60, r: 2 }, undefined, view, 3, 0);
    // (60 − 2 − 3) − (20 + 2) = 33 layout units, 66 px
    expect(room.right).toBe(66);
    expect(room.left).toBe(0);
  });

  it('measures the output column to the panel’s edge, and on its left less what the column before wrote', () => {
    const room = columnRoom({ x: 120, r: 2 }, undefined, { x: 60, r: 2 }, view, 3, 40);
    expect(room.right).toBe(300 - (10 + 2 * 122));
    // (120 − 2) − (60 + 2 + 3) = 53 units, 106 px, less the 40 px of values written right of the column before
    expect(room.left).toBe(66);
  });
});

describe('columnSpacing(nodes)', () => {
  it('is the smallest distance between two neurons of the column', () => {
    expect(columnSpacing([{ y: 10 }, { y: 16 }, { y: 20 }, { y: 30 }])).toBe(4);
  });

  it('is unbounded for a column of one neuron: no neighbour limits the size of its value', () => {
    expect(columnSpacing([{ y: 42 }])).toBe(Infinity);
  });
});
