import { describe, it } from 'vitest';
import { networkFromFile, sampleFromFile, trace } from '../../src/engine';
import type { BiasLayout, Matrix, NetworkFile, Vector } from '../../src/engine';
import { expectClose } from '../helpers';

// The lecture note (seed 003): layers l = 1 (input, 3 neurons), 2 (hidden, 4), 3 (output, 2); a separate bias
// vector b^l; z^l = W^l a^{l-1} + b^l, a^l = σ(z^l) (the note's "Z^l = σ(A^l)" is a slip); C = ½‖Y − A^L‖².
// Its equations are implemented here on their own, with W and b apart, and compared with the trace.
const W2 = [
  [0.2, -0.5, 0.1],
  [0.7, 0.3, -0.4],
  [-0.6, 0.8, 0.5],
  [0.1, -0.2, 0.9],
];
const b2 = [0.05, -0.1, 0.2, -0.3];
const W3 = [
  [0.6, -0.7, 0.3, 0.4],
  [-0.2, 0.5, -0.8, 0.1],
];
const b3 = [0.15, -0.25];
const a1 = [0.9, -0.3, 0.4];
const Y = [1, 0];

const sigma = (t: number) => 1 / (1 + Math.exp(-t));
const sigmaPrime = (t: number) => sigma(t) * (1 - sigma(t));
const affine = (W: number[][], a: number[], b: number[]) =>
  W.map((row, j) => row.reduce((sum, w, k) => sum + w * (a[k] as number), b[j] as number)); // eq. (1)
const z2 = affine(W2, a1, b2);
const a2 = z2.map(sigma); // eq. (2), corrected
const z3 = affine(W3, a2, b3);
const a3 = z3.map(sigma);
// eq. (3): Δ^L = (A^L − Y) ⊙ σ′(Z^L)
const Delta3 = a3.map((a, j) => (a - (Y[j] as number)) * sigmaPrime(z3[j] as number));
// eq. (4): Δ^l = (W^{l+1})^T Δ^{l+1} ⊙ σ′(Z^l)
const Delta2 = z2.map(
  (z, k) => W3.reduce((sum, row, j) => sum + (row[k] as number) * (Delta3[j] as number), 0) * sigmaPrime(z),
);
// eq. (5): ∂C/∂w^l_{jk} = a^{l-1}_k δ^l_j; eq. (6): ∂C/∂b^l_j = δ^l_j
const dW = (Delta: number[], a: number[]) => Delta.map((d) => a.map((ak) => ak * d));

/** The same network as a network file: the bias vector as W^h's first or last column. */
function fileFor(bias: Exclude<BiasLayout, 'none'>): NetworkFile {
  const join = (W: number[][], b: number[]) =>
    W.map((row, j) => (bias === 'first' ? [b[j] as number, ...row] : [...row, b[j] as number]));
  return {
    layers: [3, 4, 2],
    bias,
    activation: 'sigmoid',
    loss: 'half-sse',
    weights: [join(W2, b2), join(W3, b3)],
    input: a1,
    target: Y,
  };
}

describe.each(['first', 'last'] as const)('trace(lecture 3-4-2, bias %s) follows eqs. (3)-(6)', (bias) => {
  const file = fileFor(bias);
  const t = trace(networkFromFile(file), sampleFromFile(file));
  const split = (m: Matrix) => {
    const rows = Array.from({ length: m.rows }, (_, i) =>
      Array.from(m.data.subarray(i * m.cols, (i + 1) * m.cols)),
    );
    return bias === 'first'
      ? { w: rows.map((r) => r.slice(1)), b: rows.map((r) => r[0] as number) }
      : { w: rows.map((r) => r.slice(0, -1)), b: rows.map((r) => r.at(-1) as number) };
  };

  it('forward: z² = W²a¹ + b², a² = σ(z²), z³, a³ and C = ½‖Y − A³‖²', () => {
    expectClose(t.layers[1]?.Y as Vector, z2, 1e-15);
    expectClose(t.layers[1]?.X as Vector, a2, 1e-15);
    expectClose(t.layers[2]?.Y as Vector, z3, 1e-15);
    expectClose(t.layers[2]?.X as Vector, a3, 1e-15);
    expectClose(t.loss, 0.5 * a3.reduce((s, a, j) => s + (a - (Y[j] as number)) ** 2, 0), 1e-15);
  });

  it('eq. (3) Δ³ and eq. (4) Δ² are the trace’s δdown', () => {
    expectClose(t.layers[2]?.deltaDown as Vector, Delta3, 1e-15);
    expectClose(t.layers[1]?.deltaDown as Vector, Delta2, 1e-15);
  });

  it('eq. (5) ∂C/∂w^l_{jk} = a^{l−1}_k δ^l_j and eq. (6) ∂C/∂b^l_j = δ^l_j are the trace’s δW', () => {
    const g3 = split(t.layers[2]?.gradW as Matrix);
    const g2 = split(t.layers[1]?.gradW as Matrix);
    expectClose(g3.w.flat(), dW(Delta3, a2).flat(), 1e-15);
    expectClose(g3.b, Delta3, 1e-15);
    expectClose(g2.w.flat(), dW(Delta2, a1).flat(), 1e-15);
    expectClose(g2.b, Delta2, 1e-15);
  });
});
