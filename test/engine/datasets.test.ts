import { describe, expect, it } from 'vitest';
import {
  datasetSamples,
  labelOf,
  parseCsvDataset,
  toyDataset,
  TOY_DATASETS,
  xorDataset,
} from '../../src/engine/datasets';

describe('toy datasets', () => {
  it('XOR: the four corners, class 1 where exactly one input is 1, in both encodings', () => {
    const one = xorDataset(1);
    expect(one.inputs).toEqual([
      [0, 0],
      [0, 1],
      [1, 0],
      [1, 1],
    ]);
    expect(one.targets).toEqual([[0], [1], [1], [0]]);
    expect(xorDataset(2).targets).toEqual([
      [1, 0],
      [0, 1],
      [0, 1],
      [1, 0],
    ]);
  });

  it.each(TOY_DATASETS.filter((name) => name !== 'xor'))(
    '%s: seeded, balanced, 2-D, both encodings',
    (name) => {
      const a = toyDataset(name, { seed: 7, count: 100 });
      expect(toyDataset(name, { seed: 7, count: 100 })).toEqual(a);
      expect(toyDataset(name, { seed: 8, count: 100 })).not.toEqual(a);
      expect(a.inputs).toHaveLength(100);
      expect(a.inputs.every((point) => point.length === 2 && point.every(Number.isFinite))).toBe(true);
      expect(a.targets.filter((y) => labelOf(y) === 1)).toHaveLength(50);
      const two = toyDataset(name, { seed: 7, count: 100, outputs: 2 });
      expect(two.inputs).toEqual(a.inputs);
      two.targets.forEach((y, k) => {
        expect(y.reduce((s, v) => s + v, 0)).toBe(1);
        expect(labelOf(y)).toBe(labelOf(a.targets[k] as number[]));
      });
    },
  );

  it('circle: class 1 inside, class 0 outside (without noise)', () => {
    const set = toyDataset('circle', { seed: 3, count: 200, noise: 0 });
    set.inputs.forEach(([x, y], k) => {
      const radius = Math.hypot(x as number, y as number);
      if (labelOf(set.targets[k] as number[]) === 1) expect(radius).toBeLessThanOrEqual(0.5);
      else expect(radius).toBeGreaterThanOrEqual(0.7);
    });
  });

  it('spiral: the two arms are point reflections of each other (without noise)', () => {
    const set = toyDataset('spiral', { seed: 5, count: 40, noise: 0 });
    // each arm's radius grows with its angle: radius 0.05 + 0.9 t, angle 3.5π t (+π)
    set.inputs.forEach(([x, y]) =>
      expect(Math.hypot(x as number, y as number)).toBeLessThanOrEqual(0.95 + 1e-12),
    );
  });

  it('samples carry the numbers as Float64Arrays', () => {
    const samples = datasetSamples(xorDataset());
    expect(Array.from(samples[1]?.input ?? [])).toEqual([0, 1]);
    expect(Array.from(samples[1]?.target ?? [])).toEqual([1]);
  });
});

describe('parseCsvDataset', () => {
  it('reads rows of inputs then targets, skipping a header, blank lines and comments', () => {
    const result = parseCsvDataset('x1,x2,y\n0,0,0\n\n# corner\n0, 1, 1\n1;0;1\n1\t1\t0\n', 2, 1);
    expect(result).toEqual({
      ok: true,
      dataset: {
        inputs: [
          [0, 0],
          [0, 1],
          [1, 0],
          [1, 1],
        ],
        targets: [[0], [1], [1], [0]],
      },
    });
  });

  it('names the row and what it expected for a bad value', () => {
    const text = ['0,0,0', '0,1,1', '1,0,1', '1,1,0', '', '0.2,0.3,1', '0.5,abc,1'].join('\n');
    const result = parseCsvDataset(text, 2, 1);
    expect(result.ok).toBe(false);
    if (!result.ok) {
      expect(result.error).toContain('row 7: expected 3 numbers (2 inputs + 1 target), got "0.5,abc,1"');
    }
  });

  it('names the row for a wrong count', () => {
    const result = parseCsvDataset('1,2,0,1\n1,2,3\n', 2, 2);
    expect(result).toEqual({
      ok: false,
      error: 'row 2: expected 4 numbers (2 inputs + 2 targets), got "1,2,3" (3 values)',
    });
  });

  it('refuses empty text', () => {
    const result = parseCsvDataset('\n\n', 2, 1);
    expect(result.ok).toBe(false);
    if (!result.ok) expect(result.error).toMatch(/at least one row/);
  });
});
