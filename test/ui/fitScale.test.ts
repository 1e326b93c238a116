import { describe, expect, test } from 'vitest';
import { MIN_FIT_SCALE, SLACK_PX, bestScale, wrappedHeight } from '../../src/ui/fitScale';

const piece = (width: number, height = 40) => ({ width, height });

describe('wrappedHeight', () => {
  test('fills lines greedily as a flex-wrap row does, each line as tall as its tallest piece', () => {
    expect(wrappedHeight([piece(300), piece(300, 60), piece(300)], 10, 700)).toBe(60 + 40);
    expect(wrappedHeight([piece(300), piece(300), piece(300)], 10, 920)).toBe(40);
    // a piece wider than the row has a line of its own (and scrolls inside it)
    expect(wrappedHeight([piece(900), piece(100)], 10, 700)).toBe(80);
  });
});

describe('bestScale', () => {
  const box = {
    scale: 1,
    widest: 300,
    rows: [{ items: [piece(300), piece(300), piece(300)], gap: 10 }],
    roomWidth: 800 + SLACK_PX,
  };
  test('a box that fits keeps its type', () => {
    expect(bestScale({ ...box, height: 50 + 80, roomHeight: 200 })).toBe(1);
  });

  test('too tall: the type shrinks until the rows unwrap into the room, not in proportion to the height', () => {
    // at 1 the three pieces take two lines (50 + 80 = 130 px > 100); in proportion that would be 0.77, but at
    // 0.87 they already fit on one line: 0.87 · (50 + 40) = 78 px
    const scale = bestScale({ ...box, height: 130, roomHeight: 100 + SLACK_PX });
    expect(scale).toBeGreaterThan(0.85);
    // one line in the box's width, where the browser wraps the row
    expect(scale).toBeLessThanOrEqual(box.roomWidth / 920);
    expect(3 * 300 * scale + 2 * 10 * scale).toBeLessThanOrEqual(box.roomWidth);
  });

  test('a row that fits the box’s width with less than the slack to spare is one line: the type keeps its size', () => {
    // 3 · 300 + 2 · 10 = 920 px in a box 922 px wide: the browser keeps one line of 40 px, and the room holds it
    // (counted in the width less the slack, it was two lines, 80 px, and the type shrank by a notch)
    const tight = { ...box, roomWidth: 922 };
    expect(bestScale({ ...tight, height: 40 + 50, roomHeight: 40 + 50 + SLACK_PX })).toBe(1);
  });

  test('too wide: the widest formula fits the width; never below the floor', () => {
    expect(bestScale({ ...box, widest: 1000, height: 130, roomHeight: null })).toBeCloseTo(0.8, 2);
    expect(bestScale({ ...box, widest: 4000, height: 130, roomHeight: null })).toBe(MIN_FIT_SCALE);
  });

  test('measured at a smaller scale, the answer is the same', () => {
    const half = {
      scale: 0.5,
      widest: 150,
      rows: [{ items: [piece(150, 20), piece(150, 20), piece(150, 20)], gap: 5 }],
      roomWidth: 800 + SLACK_PX,
    };
    expect(bestScale({ ...half, height: 45, roomHeight: 100 + SLACK_PX })).toBe(
      bestScale({ ...box, height: 130, roomHeight: 100 + SLACK_PX }),
    );
  });
});
