import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { networkFromFile, sampleFromFile, trace } from '../../src/engine';
import type { Matrix, NetworkFile, TraceLayer, Vector } from '../../src/engine';
import { cheng2321 } from '../../src/presets/others';
import { expectClose } from '../helpers';
import { randomCase } from './randomNetwork';

// Cheng numbers layers l = 0 (input)…L like Boughammoura and puts the bias at j = 0 (Dyda's layout "first"),
// so w_{l,i,j} is entry (i − 1, j) of W^l and α_{l,i→L,o} is entry (i − 1, o − 1) of layers[l].amplification.
const at = (m: Matrix | null, i: number, j: number) =>
  (m as Matrix).data[i * (m as Matrix).cols + j] as number;

describe('Cheng Theorem 5 / definition (29): δ_{l,i} = Σ_o ε_o φ′_L(u_{L,o}) α_{l,i→L,o} equals δdown', () => {
  it('on random networks with an element-wise output (ε = δup_L)', () => {
    fc.assert(
      fc.property(
        randomCase({ biases: ['first'], outputs: ['sigmoid', 'tanh', 'relu', 'leaky-relu', 'identity'] }),
        ({ network, sample }) => {
          const t = trace(network, sample);
          const L = network.layers.length - 1;
          const output = t.layers[L] as TraceLayer;
          const epsilon = output.deltaUp;
          const slope = output.activationDerivative as Vector;
          for (let l = 1; l <= L; l++) {
            const layer = t.layers[l] as TraceLayer;
            const fromAlpha = Array.from({ length: network.layers[l] as number }, (_, i) => {
              let sum = 0;
              for (let o = 0; o < epsilon.length; o++) {
                sum += (epsilon[o] as number) * (slope[o] as number) * at(layer.amplification, i, o);
              }
              return sum;
            });
            const scale = Math.max(1, ...Array.from(layer.deltaDown as Vector, Math.abs));
            expectClose(layer.deltaDown as Vector, fromAlpha, 1e-12 * scale);
          }
        },
      ),
      { seed: 5, numRuns: 100 },
    );
  });

  it('with a softmax output too, once ε_o φ′_L(u_{L,o}) is read as δdown_{L,o} (the Jacobian applied)', () => {
    fc.assert(
      fc.property(randomCase({ outputs: ['softmax'] }), ({ network, sample }) => {
        const t = trace(network, sample);
        const L = network.layers.length - 1;
        const deltaDownL = t.layers[L]?.deltaDown as Vector;
        for (let l = 1; l < L; l++) {
          const layer = t.layers[l] as TraceLayer;
          const fromAlpha = Array.from({ length: network.layers[l] as number }, (_, i) =>
            Array.from(deltaDownL).reduce((sum, d, o) => sum + d * at(layer.amplification, i, o), 0),
          );
          expectClose(layer.deltaDown as Vector, fromAlpha, 1e-12);
        }
      }),
      { seed: 6, numRuns: 100 },
    );
  });
});

describe('Cheng §5: the 2-3-2-1 network', () => {
  // The cheng-2321 preset: φ_1 = tanh, φ_2 = sigmoid, φ_3 = identity (Cheng allows a different φ_l per layer).
  const file: NetworkFile = cheng2321;
  const t = trace(networkFromFile(file), sampleFromFile(file));
  const w = (l: number, i: number, j: number) => file.weights[l - 1]?.[i - 1]?.[j] as number;
  const u = (l: number, i: number) => t.layers[l]?.Y?.[i - 1] as number;
  const phi1 = (v: number) => 1 - Math.tanh(v) ** 2;
  const phi2 = (v: number) => (1 / (1 + Math.exp(-v))) * (1 - 1 / (1 + Math.exp(-v)));
  const alpha = (l: number, i: number, o: number) => at(t.layers[l]?.amplification ?? null, i - 1, o - 1);

  it('α_{1,2→3,1} = w_{3,1,1}φ′_2(u_{2,1})w_{2,1,2}φ′_1(u_{1,2}) + w_{3,1,2}φ′_2(u_{2,2})w_{2,2,2}φ′_1(u_{1,2})', () => {
    const explicit =
      w(3, 1, 1) * phi2(u(2, 1)) * w(2, 1, 2) * phi1(u(1, 2)) +
      w(3, 1, 2) * phi2(u(2, 2)) * w(2, 2, 2) * phi1(u(1, 2));
    expectClose(alpha(1, 2, 1), explicit, 1e-15);
    expect(Math.abs(explicit)).toBeGreaterThan(1e-3);
  });

  it('α_{2,i→3,1} = w_{3,1,i}φ′_2(u_{2,i}) and α_{1,2→3,1} = φ′_1(u_{1,2})(w_{2,1,2}α_{2,1→3,1} + w_{2,2,2}α_{2,2→3,1})', () => {
    expectClose(alpha(2, 1, 1), w(3, 1, 1) * phi2(u(2, 1)), 1e-15);
    expectClose(alpha(2, 2, 1), w(3, 1, 2) * phi2(u(2, 2)), 1e-15);
    expectClose(
      alpha(1, 2, 1),
      phi1(u(1, 2)) * (w(2, 1, 2) * alpha(2, 1, 1) + w(2, 2, 2) * alpha(2, 2, 1)),
      1e-15,
    );
  });

  it('α_L is the identity (definition 21)', () => {
    const amplification = t.layers[3]?.amplification as Matrix;
    expect([amplification.rows, amplification.cols]).toEqual([1, 1]);
    expect(Array.from(amplification.data)).toEqual([1]);
  });

  it('Theorem 4: ∂E/∂w_{l,i,0} = δ_{l,i} and ∂E/∂w_{l,i,j} = δ_{l,i} z_{l−1,j}', () => {
    for (let l = 1; l <= 3; l++) {
      const layer = t.layers[l] as TraceLayer;
      const previous = t.layers[l - 1] as TraceLayer;
      (layer.deltaDown as Vector).forEach((delta, i) => {
        expectClose(at(layer.gradW, i, 0), delta, 1e-15);
        previous.X.forEach((z, j) => expectClose(at(layer.gradW, i, j + 1), delta * z, 1e-15));
      });
    }
  });
});

describe('α_L is the identity on random networks', () => {
  it('for every output width', () => {
    fc.assert(
      fc.property(randomCase(), ({ network, sample }) => {
        const L = network.layers.length - 1;
        const amplification = trace(network, sample).layers[L]?.amplification as Matrix;
        const N = network.layers[L] as number;
        const identity = Array.from({ length: N * N }, (_, k) => (Math.floor(k / N) === k % N ? 1 : 0));
        expect(Array.from(amplification.data)).toEqual(identity);
      }),
      { seed: 7, numRuns: 30 },
    );
  });
});
