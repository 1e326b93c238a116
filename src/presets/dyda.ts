import type { NetworkFile } from '../engine/networkFile';

/** Dyda's worked example: 2-2-2 sigmoid, bias first, input [1, 0], target [1, 0], c = 0.1, ½‖y − a‖². */
export const dyda: NetworkFile = {
  name: 'Dyda: one step of backpropagation',
  layers: [2, 2, 2],
  bias: 'first',
  activation: 'sigmoid',
  loss: 'half-sse',
  weights: [
    [
      [0.1, -0.2, 0.3],
      [-0.4, 0.5, -0.6],
    ],
    [
      [0.15, -0.25, 0.35],
      [-0.45, 0.55, -0.65],
    ],
  ],
  input: [1, 0],
  target: [1, 0],
  learningRate: 0.1,
};

/** Dyda remark 5: the same network with a softmax output and categorical cross-entropy. */
export const dydaSoftmax: NetworkFile = {
  ...dyda,
  name: 'Dyda: softmax output with cross-entropy',
  activation: ['sigmoid', 'softmax'],
  loss: 'cross-entropy',
};
