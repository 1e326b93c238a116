import fc from 'fast-check';
import { networkFromFile, sampleFromFile } from '../../src/engine';
import type { ActivationName, BiasLayout, LossName, Network, NetworkFile, Sample } from '../../src/engine';

/** A random network with a sample that suits its loss, for property tests (seeded by fast-check's `seed`). */
export interface RandomCase {
  readonly file: NetworkFile;
  readonly network: Network;
  readonly sample: Sample;
}

const HIDDEN: readonly ActivationName[] = ['sigmoid', 'tanh', 'relu', 'leaky-relu', 'identity'];
const OUTPUT: readonly ActivationName[] = [...HIDDEN, 'softmax'];

const weight = fc.double({ min: -1, max: 1, noNaN: true });

/**
 * Depth 1-4, widths 1-6, every activation (softmax on the last layer only), every loss and bias layout.
 * Cross-entropy is drawn only with a softmax or sigmoid output (log of a positive number) and a valid target:
 * a probability vector for softmax, numbers in [0, 1] for sigmoid.
 */
export function randomCase(
  options: { biases?: readonly BiasLayout[]; outputs?: readonly ActivationName[] } = {},
): fc.Arbitrary<RandomCase> {
  const biases = options.biases ?? ['first', 'last', 'none'];
  const outputs = options.outputs ?? OUTPUT;
  return fc
    .record({
      layers: fc.array(fc.integer({ min: 1, max: 6 }), { minLength: 2, maxLength: 5 }),
      bias: fc.constantFrom(...biases),
      output: fc.constantFrom(...outputs),
    })
    .chain(({ layers, bias, output }) => {
      const L = layers.length - 1;
      const losses: LossName[] =
        output === 'softmax' || output === 'sigmoid'
          ? ['half-sse', 'difference', 'cross-entropy']
          : ['half-sse', 'difference'];
      const NL = layers[L] as number;
      return fc.record({
        layers: fc.constant(layers),
        bias: fc.constant(bias),
        activation: fc
          .array(fc.constantFrom(...HIDDEN), { minLength: L - 1, maxLength: L - 1 })
          .map((hidden) => [...hidden, output]),
        loss: fc.constantFrom(...losses),
        weights: fc.tuple(
          ...layers.slice(1).map((rows, index) => {
            const cols = (layers[index] as number) + (bias === 'none' ? 0 : 1);
            return fc.array(fc.array(weight, { minLength: cols, maxLength: cols }), {
              minLength: rows,
              maxLength: rows,
            });
          }),
        ),
        input: fc.array(weight, { minLength: layers[0], maxLength: layers[0] }),
        rawTarget: fc.array(fc.double({ min: 0, max: 1, noNaN: true }), { minLength: NL, maxLength: NL }),
      });
    })
    .map(({ rawTarget, loss, activation, ...rest }) => {
      const output = activation[activation.length - 1];
      let target = rawTarget;
      if (loss === 'cross-entropy' && output === 'softmax') {
        // a probability vector (Σ y = 1), or a one-hot vector when the draw sums to nothing
        const sum = rawTarget.reduce((a, b) => a + b, 0);
        target = sum > 1e-6 ? rawTarget.map((y) => y / sum) : rawTarget.map((_, i) => (i === 0 ? 1 : 0));
      } else if (loss !== 'cross-entropy') {
        target = rawTarget.map((y) => 2 * y - 1);
      }
      const file: NetworkFile = { ...rest, activation, loss, target, learningRate: 0.1 };
      return { file, network: networkFromFile(file), sample: sampleFromFile(file) };
    });
}

/** True when a relu or leaky relu pre-activation lies within `margin` of its kink, where J has no derivative. */
export function nearKink(network: Network, Y: readonly (Float64Array | null)[], margin: number): boolean {
  return network.activations.some((name, index) => {
    if (name !== 'relu' && name !== 'leaky-relu') return false;
    return Array.from(Y[index + 1] ?? []).some((y) => Math.abs(y) < margin);
  });
}
