import type { NetworkFile } from '../engine/networkFile';

/**
 * Boughammoura §4, A[1,1,1]: one input, one hidden sigmoid, one sigmoid output, bias last (Remark 1) and
 * J = f(x) − y, so δup_2 = 1 and his closed forms of δW¹ and δW² apply. The numbers are ours (his are symbolic).
 */
export const boughammoura111: NetworkFile = {
  name: 'Boughammoura §4: A[1,1,1] with J = f(x) − y',
  layers: [1, 1, 1],
  bias: 'last',
  activation: 'sigmoid',
  loss: 'difference',
  weights: [[[0.5, -0.2]], [[-0.8, 0.3]]],
  input: [0.7],
  target: [1],
  learningRate: 0.1,
};

/** Boughammoura §4, A[1,2,1]: the same with two hidden neurons. Our numbers. */
export const boughammoura121: NetworkFile = {
  name: 'Boughammoura §4: A[1,2,1] with J = f(x) − y',
  layers: [1, 2, 1],
  bias: 'last',
  activation: 'sigmoid',
  loss: 'difference',
  weights: [
    [
      [0.5, -0.2],
      [-0.3, 0.4],
    ],
    [[-0.8, 0.6, 0.3]],
  ],
  input: [0.7],
  target: [1],
  learningRate: 0.1,
};
