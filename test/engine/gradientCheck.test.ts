import { describe, expect, it } from 'vitest';
import {
  gradientCheck,
  gradientCheckProbes,
  networkFromFile,
  randomNetworkFile,
  runPass,
  sampleFromFile,
} from '../../src/engine';
import type { GradientCheck, Matrix } from '../../src/engine';
import { dyda as dydaFile } from '../../src/presets/dyda';

const dyda = networkFromFile(dydaFile);
const dydaSample = sampleFromFile(dydaFile);

/**
 * Every checked δW is backprop's own δW^h_ij, and it agrees with the central difference to 1e-6 of the larger of
 * 1 and the numbers (finite differences lose ~1e-10·|J| to rounding; a relative error of a ~1e-7 derivative says
 * little).
 */
function expectBackpropAgrees(check: GradientCheck, gradW: readonly (Matrix | null)[]) {
  for (const w of check.weights) {
    const G = gradW[w.layer] as Matrix;
    expect(w.backprop).toBe(G.data[w.i * G.cols + w.j]);
    const scale = Math.max(1, Math.abs(w.backprop), Math.abs(w.numeric));
    expect(Math.abs(w.backprop - w.numeric), `δW${w.layer}[${w.i}][${w.j}]`).toBeLessThan(1e-6 * scale);
  }
}

describe('gradientCheck', () => {
  it("checks every weight and input of Dyda's network when nothing bounds it, and says how many there are", () => {
    const check = gradientCheck(dyda, dydaSample);
    expect(check.weights).toHaveLength(12);
    expect(check.input).toHaveLength(2);
    expect(check.totalWeights).toBe(12);
    expect(check.totalInputs).toBe(2);
    expectBackpropAgrees(check, runPass(dyda, dydaSample).gradW);
  });

  it('checks a bounded, evenly spread sample of A[784,128,64,10]: every layer, many rows and columns', () => {
    // Checking all 109,386 weights (two passes each) froze the Train view for minutes.
    const file = randomNetworkFile({ layers: [784, 128, 64, 10], seed: 1 });
    const network = networkFromFile(file);
    const sample = sampleFromFile(file);
    const check = gradientCheck(network, sample, { maxWeights: 300, maxInputs: 50 });
    expect(check.totalWeights).toBe(128 * 785 + 64 * 129 + 10 * 65);
    expect(check.totalInputs).toBe(784);
    expect(check.weights).toHaveLength(300);
    expect(check.input).toHaveLength(50);
    for (const layer of [1, 2, 3]) {
      const entries = check.weights.filter((w) => w.layer === layer);
      // an equal share each, so the 650 weights of W³ are checked as much as the 100,480 of W¹
      expect(entries).toHaveLength(100);
      expect(new Set(entries.map((w) => `${w.i},${w.j}`)).size).toBe(100);
      const W = network.weights[layer - 1] as Matrix;
      const rows = new Set(entries.map((w) => w.i));
      const cols = new Set(entries.map((w) => w.j));
      expect(rows.size).toBe(Math.min(100, W.rows));
      // not one column every time (a stride of a multiple of the row length would give that)
      expect(cols.size).toBeGreaterThan(Math.min(W.cols, 100) / 2);
      // spread from the first rows to the last
      expect(Math.min(...rows)).toBeLessThan(W.rows / 10);
      expect(Math.max(...rows)).toBeGreaterThanOrEqual(Math.floor((W.rows * 9) / 10));
    }
    const inputs = check.input.map((x) => x.i);
    expect(new Set(inputs).size).toBe(50);
    expect(Math.min(...inputs)).toBeLessThan(784 / 50);
    expect(Math.max(...inputs)).toBeGreaterThan(784 - 784 / 50);
    expectBackpropAgrees(check, runPass(network, sample).gradW);
  });

  it('checks a layer smaller than its share whole and gives what it leaves over to the others', () => {
    const file = randomNetworkFile({ layers: [2, 2, 40], seed: 3 });
    const check = gradientCheck(networkFromFile(file), sampleFromFile(file), { maxWeights: 50 });
    expect(check.weights.filter((w) => w.layer === 1)).toHaveLength(2 * 3);
    expect(check.weights.filter((w) => w.layer === 2)).toHaveLength(50 - 6);
    expect(check.totalWeights).toBe(6 + 40 * 3);
  });

  it('runs one probe at a time, saying how far it has got, to the same result as the whole check', () => {
    const probes = gradientCheckProbes(dyda, dydaSample);
    const seen: number[] = [];
    let next = probes.next();
    while (!next.done) {
      expect(next.value.total).toBe(14);
      seen.push(next.value.done);
      next = probes.next();
    }
    expect(seen).toEqual(Array.from({ length: 14 }, (_, k) => k + 1));
    expect(next.value).toEqual(gradientCheck(dyda, dydaSample));
  });

  it('computes nothing until asked for its first probe', () => {
    // A generator runs no code before next(): a check created and never stepped costs nothing.
    const wrongSample = { input: new Float64Array(3), target: new Float64Array(2) };
    const probes = gradientCheckProbes(dyda, wrongSample);
    expect(() => probes.next()).toThrow(/input: expected 2 numbers/);
  });
});
