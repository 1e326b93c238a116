import { createMatrix } from '../src/engine';
import type { ActivationName, Matrix, Network, Sample } from '../src/engine';

/** mulberry32: a small seeded generator of floats in [0, 1). */
export function seededRandom(seed: number): () => number {
  let a = seed >>> 0;
  return () => {
    a = (a + 0x6d2b79f5) >>> 0;
    let t = a;
    t = Math.imul(t ^ (t >>> 15), t | 1);
    t ^= t + Math.imul(t ^ (t >>> 7), t | 61);
    return ((t ^ (t >>> 14)) >>> 0) / 4294967296;
  };
}

/**
 * A[layers] with Xavier-uniform weights from `seed`, bias last, one activation everywhere, ½‖X^L − y‖², and a
 * random sample: the same network every run, for the benchmark only.
 */
export function seededNetwork(
  layers: readonly number[],
  seed: number,
  activation: ActivationName = 'sigmoid',
): { network: Network; sample: Sample } {
  const random = seededRandom(seed);
  const weights: Matrix[] = layers.slice(1).map((rows, index) => {
    const inputs = layers[index] as number;
    const cols = inputs + 1;
    const limit = Math.sqrt(6 / (inputs + rows));
    const W = createMatrix(rows, cols);
    for (let k = 0; k < W.data.length; k++) W.data[k] = (2 * random() - 1) * limit;
    return W;
  });
  const network: Network = {
    layers: [...layers],
    bias: 'last',
    activations: new Array<ActivationName>(layers.length - 1).fill(activation),
    loss: 'half-sse',
    weights,
    learningRate: 0.1,
  };
  const sample: Sample = {
    input: Float64Array.from({ length: layers[0] as number }, () => random()),
    target: Float64Array.from({ length: layers.at(-1) as number }, () => (random() < 0.5 ? 0 : 1)),
  };
  return { network, sample };
}
