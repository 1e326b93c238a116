import { addLayer } from '../../engine/edit';
import type { NetworkFile } from '../../engine/networkFile';
import type { ActivationName } from '../../engine/types';

/** What a new network for a dataset looks like. */
export interface FreshNetworkOptions {
  readonly inputs: number;
  /** 1: a sigmoid output with ½‖y − a‖²; 2: softmax with cross-entropy. */
  readonly outputs: number;
  /** Sizes of the hidden layers, e.g. [8, 8]. */
  readonly hidden: readonly number[];
  readonly activation: ActivationName;
  readonly seed: number;
  readonly learningRate: number;
}

/**
 * A network A[inputs, …hidden, outputs] with bias last and weights drawn from `seed` (Xavier-uniform, through the
 * engine's own addLayer), the sample set to zeros: the dataset provides the examples.
 */
export function freshNetworkFile(options: FreshNetworkOptions): NetworkFile {
  const { inputs, outputs, hidden } = options;
  const output: ActivationName = outputs === 1 ? 'sigmoid' : 'softmax';
  let file: NetworkFile = {
    layers: [inputs, outputs],
    bias: 'last',
    activation: output,
    loss: outputs === 1 ? 'half-sse' : 'cross-entropy',
    weights: [Array.from({ length: outputs }, () => new Array<number>(inputs + 1).fill(0))],
    input: new Array<number>(inputs).fill(0),
    target: new Array<number>(outputs).fill(0),
    learningRate: options.learningRate,
    seed: options.seed,
  };
  hidden.forEach((size, k) => {
    const result = addLayer(file, k + 1, size, options.seed * 31 + k);
    if (!result.ok) throw new Error(result.error);
    file = result.file;
  });
  return { ...file, activation: [...hidden.map(() => options.activation), output] };
}

/** "8, 8" → [8, 8]; null when it is not a comma-separated list of whole numbers ≥ 1 (an empty list is allowed). */
export function parseHiddenLayers(text: string): number[] | null {
  if (text.trim() === '') return [];
  const sizes = text
    .split(/[\s,]+/)
    .filter((part) => part !== '')
    .map(Number);
  return sizes.every((size) => Number.isInteger(size) && size >= 1 && size <= 256) ? sizes : null;
}
