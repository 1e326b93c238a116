import type { ActivationName, BiasLayout, LossName } from './types';

/**
 * The network file of ../shared/design.md, as JSON carries it: the contract for the CLI, import/export and
 * `?net=` links. Unknown fields are kept so that a round trip loses nothing.
 */
export interface NetworkFile {
  layers: number[];
  bias: BiasLayout;
  activation: ActivationName | ActivationName[];
  loss: LossName;
  /** `weights[h-1]` is W^h, rows `[out][in]`. */
  weights: number[][][];
  input: number[];
  target: number[];
  /** Defaults to 0.1. */
  learningRate?: number;
  [extra: string]: unknown;
}
