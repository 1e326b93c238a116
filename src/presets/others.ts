import type { NetworkFile } from '../engine/networkFile';

/**
 * Cheng §5's 2-3-2-1 network (his example of the amplification coefficients α_{l,i→r,t}), bias as w_{l,i,0}
 * (first), φ per layer: tanh, sigmoid, identity; E = ½‖f − d‖². The numbers are ours (his are symbolic).
 */
export const cheng2321: NetworkFile = {
  name: 'Cheng §5: the 2-3-2-1 network',
  layers: [2, 3, 2, 1],
  bias: 'first',
  activation: ['tanh', 'sigmoid', 'identity'],
  loss: 'half-sse',
  weights: [
    [
      [0.1, 0.4, -0.6],
      [-0.2, 0.7, 0.3],
      [0.05, -0.5, 0.9],
    ],
    [
      [0.2, -0.3, 0.8, 0.5],
      [-0.1, 0.6, -0.4, 0.7],
    ],
    [[0.3, 1.1, -0.9]],
  ],
  input: [0.8, -0.4],
  target: [0.5],
  learningRate: 0.1,
};

/**
 * The lecture note (seed 003): 3 inputs, a hidden layer of 4, 2 outputs, sigmoid, C = ½‖Y − A^L‖². Its separate
 * bias vectors b^l are written as the first column of W^l. The note gives no numbers; these are ours.
 */
export const lecture342: NetworkFile = {
  name: 'Lecture note: the 3-4-2 network',
  layers: [3, 4, 2],
  bias: 'first',
  activation: 'sigmoid',
  loss: 'half-sse',
  weights: [
    [
      [0.05, 0.2, -0.5, 0.1],
      [-0.1, 0.7, 0.3, -0.4],
      [0.2, -0.6, 0.8, 0.5],
      [-0.3, 0.1, -0.2, 0.9],
    ],
    [
      [0.15, 0.6, -0.7, 0.3, 0.4],
      [-0.25, -0.2, 0.5, -0.8, 0.1],
    ],
  ],
  input: [0.9, -0.3, 0.4],
  target: [1, 0],
  learningRate: 0.5,
};

/**
 * XOR, the classic problem a single layer cannot solve: 2-2-1 sigmoid, bias first, with the four examples in
 * `dataset`. The sample is the example (1, 0) → 1. These fixed starting weights train below J = 0.01 (mean ½‖·‖²)
 * with c = 0.5 in full-batch or SGD within 3000 epochs (checked in test/presets).
 */
export const xor: NetworkFile = {
  name: 'XOR: 2-2-1 with its four examples',
  layers: [2, 2, 1],
  bias: 'first',
  activation: 'sigmoid',
  loss: 'half-sse',
  weights: [
    [
      [-0.4, -0.5, -1],
      [-1, 0.9, 0.7],
    ],
    [[0.3, -1, 0.2]],
  ],
  input: [1, 0],
  target: [1],
  learningRate: 0.5,
  dataset: {
    inputs: [
      [0, 0],
      [0, 1],
      [1, 0],
      [1, 1],
    ],
    targets: [[0], [1], [1], [0]],
  },
};
