import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { gradientCheck, networkFromFile, runPass, sampleFromFile, trace } from '../../src/engine';
import { dyda as dydaFile } from '../../src/presets/dyda';
import type { Matrix, NetworkFile, TraceLayer } from '../../src/engine';
import { expectClose } from '../helpers';
import { nearKink, randomCase } from './randomNetwork';

// Seeded so that a failure reproduces; fast-check prints the counterexample and its path.
const SEED = 20240917;
const RUNS = 150;

/** |a − b| ≤ 1e-6 · max(1, |a|, |b|, |J|): finite differences lose ~1e-10·|J| to rounding. */
function expectGradientsAgree(backprop: number, numeric: number, loss: number, where: string): void {
  const scale = Math.max(1, Math.abs(backprop), Math.abs(numeric), Math.abs(loss));
  expect(
    Math.abs(backprop - numeric),
    `${where}: backprop ${backprop}, numeric ${numeric}`,
  ).toBeLessThanOrEqual(1e-6 * scale);
}

describe('gradientCheck(network, sample) over random networks of every activation, loss and bias layout', () => {
  it('δW^h equals central finite differences of J for every weight', () => {
    fc.assert(
      fc.property(randomCase(), ({ network, sample }) => {
        const pass = runPass(network, sample);
        fc.pre(!nearKink(network, pass.Y, 1e-3));
        const check = gradientCheck(network, sample);
        expect(check.weights.length).toBe(network.weights.reduce((n, W) => n + W.data.length, 0));
        for (const w of check.weights) {
          expectGradientsAgree(w.backprop, w.numeric, pass.loss, `δW^${w.layer}[${w.i}][${w.j}]`);
        }
      }),
      { seed: SEED, numRuns: RUNS },
    );
  });

  it('δup_0 equals central finite differences of J with respect to the input X^0', () => {
    fc.assert(
      fc.property(randomCase(), ({ network, sample }) => {
        const pass = runPass(network, sample);
        fc.pre(!nearKink(network, pass.Y, 1e-3));
        const check = gradientCheck(network, sample);
        expect(check.input.length).toBe(network.layers[0]);
        for (const x of check.input) expectGradientsAgree(x.backprop, x.numeric, pass.loss, `δup_0[${x.i}]`);
      }),
      { seed: SEED + 1, numRuns: RUNS },
    );
  });

  it('passes on Dyda’s network and flags a relu kink, where J has no derivative (the check can fail)', () => {
    const dyda = networkFromFile(dydaFile);
    expect(gradientCheck(dyda, sampleFromFile(dydaFile)).maxRelativeError).toBeLessThan(1e-7);
    // Y^1_0 = 0.5·1 − 0.5·1 + 0 = 0 exactly: relu' is taken as 0 there, but J grows on one side only, so the
    // central difference of W^1_{00} is half the one-sided slope and the relative error is 1.
    const kink: NetworkFile = {
      layers: [2, 1, 1],
      bias: 'last',
      activation: ['relu', 'identity'],
      loss: 'half-sse',
      weights: [[[0.5, -0.5, 0]], [[1, 0]]],
      input: [1, 1],
      target: [-1],
    };
    const check = gradientCheck(networkFromFile(kink), sampleFromFile(kink));
    const w00 = check.weights.find((w) => w.layer === 1 && w.i === 0 && w.j === 0);
    expect(w00?.backprop).toBe(0);
    expectClose(w00?.numeric as number, 0.5, 1e-6);
    expect(check.maxRelativeError).toBeGreaterThan(0.9);
  });
});

describe('trace(network, sample) shapes over random networks', () => {
  it('δup_h has N_h entries, δdown_h N_h, δW^h the shape of W^h, ∂J/∂(X^h with 1) the columns of W^{h+1}', () => {
    fc.assert(
      fc.property(randomCase(), ({ network, sample }) => {
        const t = trace(network, sample);
        const L = network.layers.length - 1;
        expect(t.layers.length).toBe(L + 1);
        t.layers.forEach((layer, h) => {
          const N = network.layers[h] as number;
          expect(layer.X.length).toBe(N);
          expect(layer.deltaUp.length).toBe(N);
          expect(layer.XWithBias.length).toBe(N + (network.bias === 'none' ? 0 : 1));
          if (h < L) {
            expect(layer.deltaUpWithBias?.length).toBe((network.weights[h] as Matrix).cols);
          } else {
            expect(layer.deltaUpWithBias).toBeNull();
          }
          if (h === 0) {
            expect(layer.deltaDown).toBeNull();
            expect(layer.gradW).toBeNull();
            return;
          }
          const W = network.weights[h - 1] as Matrix;
          expect(layer.Y?.length).toBe(N);
          expect(layer.deltaDown?.length).toBe(N);
          expect([layer.gradW?.rows, layer.gradW?.cols]).toEqual([W.rows, W.cols]);
          expect([layer.updatedW?.rows, layer.updatedW?.cols]).toEqual([W.rows, W.cols]);
          expect([layer.amplification?.rows, layer.amplification?.cols]).toEqual([N, network.layers[L]]);
        });
      }),
      { seed: SEED + 2, numRuns: RUNS },
    );
  });
});

/** The same weights with the bias column moved from first to last (Dyda's layout to Boughammoura's). */
function moveBiasLast(file: NetworkFile): NetworkFile {
  return {
    ...file,
    bias: 'last',
    weights: file.weights.map((W) => W.map(([bias, ...rest]) => [...rest, bias as number])),
  };
}

describe('changing the bias layout moves the numbers, not their values', () => {
  it('first → last: the same Y, X, loss, δup, δdown; δW, W̃ and ∂J/∂(X with 1) with the bias column moved', () => {
    fc.assert(
      fc.property(randomCase({ biases: ['first'] }), ({ file, network, sample }) => {
        const first = trace(network, sample);
        const last = trace(networkFromFile(moveBiasLast(file)), sample);
        // Sums run in another order, so agreement is to rounding, not bit for bit.
        const tolerance = 1e-12 * Math.max(1, Math.abs(first.loss));
        expectClose(last.loss, first.loss, tolerance);
        first.layers.forEach((a, h) => {
          const b = last.layers[h] as TraceLayer;
          expectClose(b.X, a.X, tolerance * 1e3);
          expectClose(b.deltaUp, a.deltaUp, tolerance * 1e3);
          if (h === 0) return;
          expectClose(b.Y as Float64Array, a.Y as Float64Array, tolerance * 1e3);
          expectClose(b.deltaDown as Float64Array, a.deltaDown as Float64Array, tolerance * 1e3);
          for (const key of ['gradW', 'updatedW'] as const) {
            const ma = a[key] as Matrix;
            const mb = b[key] as Matrix;
            for (let i = 0; i < ma.rows; i++) {
              const rowA = Array.from(ma.data.subarray(i * ma.cols, (i + 1) * ma.cols));
              const rowB = Array.from(mb.data.subarray(i * mb.cols, (i + 1) * mb.cols));
              // the bias column: column 0 in Dyda's layout, the last column in Boughammoura's
              expectClose(rowB.at(-1) as number, rowA[0] as number, tolerance * 1e3);
              expectClose(rowB.slice(0, -1), rowA.slice(1), tolerance * 1e3);
            }
          }
        });
        first.layers.slice(0, -1).forEach((a, h) => {
          const full = Array.from(a.deltaUpWithBias as Float64Array);
          const moved = Array.from(last.layers[h]?.deltaUpWithBias as Float64Array);
          expectClose(moved, [...full.slice(1), full[0] as number], tolerance * 1e3);
        });
      }),
      { seed: SEED + 3, numRuns: RUNS },
    );
  });
});
