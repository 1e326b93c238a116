import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import {
  createSegmentIndex,
  nearestByScan,
  segmentDistance,
  type Segment,
} from '../../src/graph/spatialIndex';

const coordinate = fc.double({ min: -500, max: 500, noNaN: true });
const segment = fc.record({ x1: coordinate, y1: coordinate, x2: coordinate, y2: coordinate });

describe('segmentDistance', () => {
  it('is the perpendicular distance inside the segment and the distance to an end outside it', () => {
    const s = { x1: 0, y1: 0, x2: 10, y2: 0 };
    expect(segmentDistance(s, 5, 3)).toBe(3);
    expect(segmentDistance(s, -4, 3)).toBe(5);
    expect(segmentDistance(s, 13, 4)).toBe(5);
    expect(segmentDistance({ x1: 2, y1: 2, x2: 2, y2: 2 }, 5, 6)).toBe(5);
  });
});

describe('createSegmentIndex', () => {
  it('finds the same segment as a scan of all of them, for any segments, point, radius and cell size', () => {
    fc.assert(
      fc.property(
        fc.array(segment, { minLength: 0, maxLength: 60 }),
        coordinate,
        coordinate,
        fc.double({ min: 0, max: 200, noNaN: true }),
        fc.double({ min: 1, max: 120, noNaN: true }),
        (segments, x, y, radius, cellSize) => {
          const index = createSegmentIndex(segments, { cellSize });
          expect(index.nearest(x, y, radius)).toEqual(nearestByScan(segments, x, y, radius));
        },
      ),
      { numRuns: 400 },
    );
  });

  it('agrees with the scan on axis-parallel, zero-length and shared-end segments (ties: lowest index)', () => {
    const segments: Segment[] = [
      { x1: 0, y1: 0, x2: 0, y2: 50 },
      { x1: 0, y1: 0, x2: 50, y2: 0 },
      { x1: 20, y1: 20, x2: 20, y2: 20 },
      { x1: 0, y1: 50, x2: 50, y2: 0 },
      { x1: 0, y1: 0, x2: 50, y2: 0 },
    ];
    const index = createSegmentIndex(segments, { cellSize: 7 });
    for (let x = -10; x <= 60; x += 2.5)
      for (let y = -10; y <= 60; y += 2.5)
        expect(index.nearest(x, y, 6)).toEqual(nearestByScan(segments, x, y, 6));
    expect(index.nearest(10, 0, 1)?.index).toBe(1);
  });

  it('answers for the 100,352 edges of a 784 → 128 fan as a scan does, measuring few of them', () => {
    // W¹ of A[784,128,…] as the graph draws it: input column at x = 24, hidden column at x = 424.
    const edges: Segment[] = [];
    for (let i = 0; i < 128; i++)
      for (let j = 0; j < 784; j++) edges.push({ x1: 24, y1: 30 + j * 9, x2: 424, y2: 3000 + i * 20 });
    const index = createSegmentIndex(edges);
    const points = fc.sample(fc.tuple(fc.double({ min: 0, max: 450 }), fc.double({ min: 0, max: 7200 })), {
      numRuns: 40,
      seed: 7,
    });
    for (const [x, y] of points) {
      const found = index.nearest(x, y, 6);
      expect(found).toEqual(nearestByScan(edges, x, y, 6));
      expect(index.examined).toBeLessThan(edges.length / 4);
    }
  });
});
