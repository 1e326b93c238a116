import { describe, expect, it } from 'vitest';
import {
  initWeights,
  mulberry32,
  networkFromFile,
  randomNetworkFile,
  sampleFromFile,
  trace,
  validateNetworkFile,
} from '../../src/engine';

const variance = (values: number[]) => {
  const mean = values.reduce((s, v) => s + v, 0) / values.length;
  return values.reduce((s, v) => s + (v - mean) ** 2, 0) / values.length;
};

describe('mulberry32', () => {
  it('repeats for a seed, differs between seeds, stays in [0, 1)', () => {
    const a = mulberry32(42);
    const b = mulberry32(42);
    const first = Array.from({ length: 1000 }, () => a());
    expect(Array.from({ length: 1000 }, () => b())).toEqual(first);
    expect(mulberry32(43)()).not.toBe(first[0]);
    expect(first.every((x) => x >= 0 && x < 1)).toBe(true);
    expect(Math.abs(first.reduce((s, x) => s + x, 0) / 1000 - 0.5)).toBeLessThan(0.05);
  });
});

describe('initWeights', () => {
  it('reproduces the same weights from the same seed, others from another', () => {
    const one = initWeights([3, 4, 2], 'first', { seed: 7, scheme: 'he' });
    expect(initWeights([3, 4, 2], 'first', { seed: 7, scheme: 'he' })).toEqual(one);
    expect(initWeights([3, 4, 2], 'first', { seed: 8, scheme: 'he' })).not.toEqual(one);
  });

  it('has the shape of the bias layout, bias zero for xavier and he', () => {
    const first = initWeights([3, 4, 2], 'first', { seed: 1, scheme: 'xavier' });
    expect(first.map((W) => [W.length, W[0]?.length])).toEqual([
      [4, 4],
      [2, 5],
    ]);
    expect(first.flatMap((W) => W.map((row) => row[0]))).toEqual(new Array(6).fill(0));
    const last = initWeights([3, 4, 2], 'last', { seed: 1, scheme: 'he' });
    expect(last.flatMap((W) => W.map((row) => row[row.length - 1]))).toEqual(new Array(6).fill(0));
    expect(initWeights([3, 4, 2], 'none', { seed: 1 }).map((W) => W[0]?.length)).toEqual([3, 4]);
  });

  it('draws with the variance of each scheme (within 10 % over ~80,000 weights)', () => {
    const weights = (scheme: 'uniform' | 'xavier' | 'he') =>
      (initWeights([200, 400], 'none', { seed: 3, scheme })[0] as number[][]).flat();
    // U(−a, a) has variance a²/3: uniform a = ½ → 1/12; Xavier 2/(fan_in + fan_out); He 2/fan_in.
    expect(variance(weights('uniform')) / (1 / 12)).toBeCloseTo(1, 1);
    expect(variance(weights('xavier')) / (2 / 600)).toBeCloseTo(1, 1);
    expect(variance(weights('he')) / (2 / 200)).toBeCloseTo(1, 1);
  });
});

describe('randomNetworkFile', () => {
  it('gives a valid file that a seed reproduces, and traces', () => {
    const options = { layers: [784, 128, 64, 10], seed: 1, init: 'xavier', activation: 'tanh' } as const;
    const file = randomNetworkFile(options);
    expect(validateNetworkFile(file).ok).toBe(true);
    expect(randomNetworkFile(options)).toEqual(file);
    expect(randomNetworkFile({ ...options, seed: 2 }).input).not.toEqual(file.input);
    expect(file.target.reduce((s, y) => s + y, 0)).toBe(1);
    const t = trace(networkFromFile(file), sampleFromFile(file));
    expect(Number.isFinite(t.loss)).toBe(true);
  });

  it('draws nothing past the size limits, so validation names the limit instead of the page hanging', () => {
    const huge = randomNetworkFile({ layers: [1_000_000_000, 10], seed: 1 });
    expect([huge.weights, huge.input, huge.target]).toEqual([[], [], []]);
    expect(validateNetworkFile(huge)).toEqual({
      ok: false,
      error: 'layers[0]: at most 4096 neurons a layer, got 1000000000',
    });
    const many = randomNetworkFile({ layers: [4000, 4000, 10], seed: 1 });
    expect(validateNetworkFile(many)).toEqual({
      ok: false,
      error: 'layers: at most 2,000,000 weights, got 16,044,010',
    });
  });

  it('picks cross-entropy under a softmax output and keeps other choices', () => {
    const file = randomNetworkFile({
      layers: [2, 3, 3],
      seed: 5,
      activation: ['relu', 'softmax'],
      bias: 'last',
    });
    expect(file.loss).toBe('cross-entropy');
    expect(validateNetworkFile(file).ok).toBe(true);
    expect(file.weights[0]?.[0]?.length).toBe(3);
  });
});
