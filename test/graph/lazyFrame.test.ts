import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { createMatrix } from '../../src/engine';
import { IdSet, MatrixEdgeMap, parseEdgeId } from '../../src/graph/lazyFrame';

const matrix = (rows: number, cols: number, offset: number) =>
  createMatrix(
    rows,
    cols,
    Float64Array.from({ length: rows * cols }, (_, k) => offset + k),
  );

describe('MatrixEdgeMap', () => {
  it('holds exactly the entries an eager map of the matrices would', () => {
    const matrices = [
      { layer: 1, quantity: 'W' as const, matrix: matrix(2, 3, 0) },
      { layer: 2, quantity: 'gradW' as const, matrix: matrix(1, 3, 100) },
    ];
    const eager = new Map<string, unknown>();
    for (const { layer, quantity, matrix: m } of matrices)
      for (let i = 0; i < m.rows; i++)
        for (let j = 0; j < m.cols; j++)
          eager.set(`${layer}:${j}->${i}`, { quantity, layer, i, j, value: m.data[i * m.cols + j] });
    const lazy = new MatrixEdgeMap(matrices);
    expect(lazy.size).toBe(eager.size);
    expect(new Map(lazy)).toEqual(eager);
    expect([...lazy.values()]).toEqual([...eager.values()]);
    for (const [id, shown] of eager) expect(lazy.get(id)).toEqual(shown);
    for (const id of ['1:3->0', '1:0->2', '3:0->0', 'n:1:0', 'b:0', 'loss', '1:0->', ''])
      expect(lazy.get(id)).toBeUndefined();
  });
});

describe('IdSet', () => {
  it('answers has() like the explicit set it stands for, for any matrices, listed and removed ids', () => {
    const dims = fc.record({
      layer: fc.integer({ min: 1, max: 3 }),
      rows: fc.integer({ min: 1, max: 4 }),
      cols: fc.integer({ min: 1, max: 4 }),
    });
    fc.assert(
      fc.property(fc.array(dims, { maxLength: 3 }), fc.array(dims, { maxLength: 2 }), (include, exclude) => {
        const ids = (ms: typeof include) =>
          ms.flatMap((m) =>
            Array.from(
              { length: m.rows * m.cols },
              (_, k) => `${m.layer}:${k % m.cols}->${Math.floor(k / m.cols)}`,
            ),
          );
        const without = new IdSet(new Set(['n:1:0']), exclude);
        const set = new IdSet(new Set(['n:1:0', 'n:2:1', 'loss']), include, without);
        const expected = new Set(
          ['n:1:0', 'n:2:1', 'loss', ...ids(include)].filter((id) => !without.has(id)),
        );
        expect(new Set(set)).toEqual(expected);
        expect(set.size).toBe(expected.size);
        for (let h = 0; h <= 4; h++)
          for (let i = 0; i < 5; i++)
            for (let j = 0; j < 5; j++)
              expect(set.has(`${h}:${j}->${i}`)).toBe(expected.has(`${h}:${j}->${i}`));
        expect(set.has('n:1:0')).toBe(false);
        expect(set.has('n:2:1')).toBe(true);
      }),
    );
  });

  it('parses edge ids and nothing else', () => {
    expect(parseEdgeId('12:784->3')).toEqual({ h: 12, i: 3, j: 784 });
    expect(parseEdgeId('n:1:2')).toBeNull();
    expect(parseEdgeId('1:2->x')).toBeNull();
  });
});
