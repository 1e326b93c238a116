import { describe, it } from 'vitest';
import { networkFromFile, sampleFromFile, trace } from '../../src/engine';
import type { Matrix, NetworkFile, Trace, Vector } from '../../src/engine';
import { expectClose } from '../helpers';

// Boughammoura §4: A[1,N1,1] with bias last (Remark 1), sigmoid everywhere, J = f(x) − y so δup_2 = 1.
// The closed forms are evaluated here with an independent σ and compared with the two-step trace.
const sigma = (t: number) => 1 / (1 + Math.exp(-t));
const sigmaPrime = (t: number) => sigma(t) * (1 - sigma(t));
const x = 0.7;
const y = 0.2;

function traceOf(weights: number[][][], layers: number[]): Trace {
  const file: NetworkFile = {
    layers,
    bias: 'last',
    activation: 'sigmoid',
    loss: 'difference',
    weights,
    input: [x],
    target: [y],
  };
  return trace(networkFromFile(file), sampleFromFile(file));
}
const gradW = (t: Trace, h: number) => (t.layers[h]?.gradW as Matrix).data;

describe('trace(A[1,1,1]) recovers Boughammoura §4.1', () => {
  const [a11, a12, a21, a22] = [0.4, -0.3, 1.2, 0.5];
  const t = traceOf([[[a11, a12]], [[a21, a22]]], [1, 1, 1]);
  const y1 = a11 * x + a12;
  const y2 = a21 * sigma(y1) + a22;

  it('δ_{W^2} = (σ′(y²)σ(y¹), σ′(y²)) and δ_{W^1} = (σ′(y²)σ′(y¹)α²₁x, σ′(y²)σ′(y¹)α²₁)', () => {
    expectClose(gradW(t, 2), [sigmaPrime(y2) * sigma(y1), sigmaPrime(y2)], 1e-15);
    expectClose(
      gradW(t, 1),
      [sigmaPrime(y2) * sigmaPrime(y1) * a21 * x, sigmaPrime(y2) * sigmaPrime(y1) * a21],
      1e-15,
    );
  });

  it('the two-step backward pass: δup_2 = 1, δdown_2 = σ′(y²), δup_1 = α²₁σ′(y²), δdown_1 = α²₁σ′(y²)σ′(y¹)', () => {
    expectClose(t.layers[2]?.deltaUp as Vector, [1], 0);
    expectClose(t.layers[2]?.deltaDown as Vector, [sigmaPrime(y2)], 1e-15);
    expectClose(t.layers[1]?.deltaUp as Vector, [a21 * sigmaPrime(y2)], 1e-15);
    expectClose(t.layers[1]?.deltaDown as Vector, [a21 * sigmaPrime(y2) * sigmaPrime(y1)], 1e-15);
    expectClose(t.loss, sigma(y2) - y, 1e-15);
  });
});

describe('trace(A[1,2,1]) recovers Boughammoura §4.2', () => {
  const [a11, a12, a21, a22] = [0.4, -0.3, -0.9, 0.25];
  const [b1, b2, b3] = [1.2, -0.8, 0.5];
  const t = traceOf(
    [
      [
        [a11, a12],
        [a21, a22],
      ],
      [[b1, b2, b3]],
    ],
    [1, 2, 1],
  );
  const y11 = a11 * x + a12;
  const y21 = a21 * x + a22;
  // the extraction cuts y²; it is α²₁σ(y¹₁₁) + α²₂σ(y¹₂₁) + α²₃ (seeds README)
  const y2 = b1 * sigma(y11) + b2 * sigma(y21) + b3;

  it('δ_{W^2} = (σ′(y²)σ(y¹₁₁), σ′(y²)σ(y¹₂₁), σ′(y²))', () => {
    expectClose(
      gradW(t, 2),
      [sigmaPrime(y2) * sigma(y11), sigmaPrime(y2) * sigma(y21), sigmaPrime(y2)],
      1e-15,
    );
  });

  it('δ_{W^1} = [[α²₁xσ′(y¹₁₁)σ′(y²), α²₁σ′(y¹₁₁)σ′(y²)], [α²₂xσ′(y¹₂₁)σ′(y²), α²₂σ′(y¹₂₁)σ′(y²)]]', () => {
    expectClose(
      gradW(t, 1),
      [
        b1 * x * sigmaPrime(y11) * sigmaPrime(y2),
        b1 * sigmaPrime(y11) * sigmaPrime(y2),
        b2 * x * sigmaPrime(y21) * sigmaPrime(y2),
        b2 * sigmaPrime(y21) * sigmaPrime(y2),
      ],
      1e-15,
    );
  });

  it('δup_1 = (α²₁σ′(y²), α²₂σ′(y²)): W♯² drops the bias column α²₃', () => {
    expectClose(t.layers[1]?.deltaUp as Vector, [b1 * sigmaPrime(y2), b2 * sigmaPrime(y2)], 1e-15);
    expectClose(
      t.layers[1]?.deltaUpWithBias as Vector,
      [b1 * sigmaPrime(y2), b2 * sigmaPrime(y2), b3 * sigmaPrime(y2)],
      1e-15,
    );
  });
});
