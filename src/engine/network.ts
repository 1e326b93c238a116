import { matrixFromRows, matrixToRows, vector } from './matrix';
import type { NetworkFile } from './networkFile';
import type { Network, Sample } from './types';

/** The default learning rate c of the network file (../shared/design.md). */
export const DEFAULT_LEARNING_RATE = 0.1;

/** A Network to compute with, from a network file that has already been validated. */
export function networkFromFile(file: NetworkFile): Network {
  const L = file.layers.length - 1;
  const activations = Array.isArray(file.activation)
    ? [...file.activation]
    : new Array(L).fill(file.activation);
  return Object.freeze({
    layers: Object.freeze([...file.layers]),
    bias: file.bias,
    activations: Object.freeze(activations),
    loss: file.loss,
    weights: Object.freeze(file.weights.map(matrixFromRows)),
    learningRate: file.learningRate ?? DEFAULT_LEARNING_RATE,
  });
}

/** The sample a network file carries. */
export function sampleFromFile(file: NetworkFile): Sample {
  return Object.freeze({ input: vector(file.input), target: vector(file.target) });
}

/**
 * A network file for a Network and sample, keeping the extra fields of `base` (unknown fields survive a round
 * trip) and writing one activation name when every layer shares it.
 */
export function networkToFile(
  network: Network,
  sample: Sample,
  base: Partial<NetworkFile> = {},
): NetworkFile {
  const first = network.activations[0];
  const uniform = first !== undefined && network.activations.every((name) => name === first);
  return {
    ...base,
    layers: [...network.layers],
    bias: network.bias,
    activation: uniform ? first : [...network.activations],
    loss: network.loss,
    weights: network.weights.map(matrixToRows),
    input: Array.from(sample.input),
    target: Array.from(sample.target),
    learningRate: network.learningRate,
  };
}
