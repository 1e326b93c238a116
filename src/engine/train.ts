import { checkSample, runPass } from './trace';
import { createMatrix } from './matrix';
import type { Matrix, Network, Sample } from './types';
import { mulberry32 } from './random';

/** How to train: epochs over the dataset, in mini-batches (1 = plain SGD), shuffled by a seeded generator. */
export interface TrainOptions {
  /** Passes over the dataset; `Infinity` for a trainer that runs until stopped. */
  readonly epochs: number;
  /** Samples averaged per update; 1 is stochastic gradient descent. */
  readonly batchSize: number;
  /** c; defaults to the network's own learning rate. */
  readonly learningRate?: number;
  /** Seed of the shuffle before every epoch: the same seed trains the same network. */
  readonly shuffleSeed: number;
}

/** Where a trainer stands after some iterations. */
export interface TrainerState {
  /** A copy of the current weights as an immutable Network. */
  readonly network: Network;
  /** Updates (mini-batches) done so far. */
  readonly iteration: number;
  /** Epochs completed so far. */
  readonly epoch: number;
  /**
   * Mean J of each epoch completed by this call (over its samples, as they were met during the epoch). Only this
   * call's: a trainer that runs for minutes would otherwise copy an ever longer history every frame, so the
   * caller keeps (or thins out) the history. `train` makes one call, so it returns them all.
   */
  readonly epochLosses: readonly number[];
  /** Mean J over the batch of each iteration run by this call, before its update. */
  readonly iterationLosses: readonly number[];
  /** True once `epochs` epochs are done. */
  readonly done: boolean;
}

/** Trains in chunks, e.g. a few iterations per animation frame. */
export interface Trainer {
  /** Runs up to `iterations` more updates (fewer when the last epoch ends) and returns the state. */
  step(iterations: number): TrainerState;
  /** The state without training further (its loss lists are empty). */
  state(): TrainerState;
}

function copyNetwork(network: Network, weights: readonly Matrix[]): Network {
  return Object.freeze({
    ...network,
    weights: Object.freeze(weights.map((W) => Object.freeze(createMatrix(W.rows, W.cols, W.data.slice())))),
  });
}

/** Mean J of the network over a dataset, without updating anything. */
export function meanLoss(network: Network, dataset: readonly Sample[]): number {
  let total = 0;
  for (const sample of dataset) total += runPass(network, sample).loss;
  return total / dataset.length;
}

/**
 * A trainer over a private copy of the weights: each iteration runs `runPass` on every sample of a batch,
 * averages δW^h (lecture note §4) and updates W^h ← W^h − c·mean δW^h in place. The public Network is
 * never mutated; `step` copies the weights out.
 */
export function createTrainer(network: Network, dataset: readonly Sample[], options: TrainOptions): Trainer {
  if (dataset.length === 0) throw new Error('dataset: expected at least one sample, got none');
  if (!Number.isInteger(options.batchSize) || options.batchSize < 1) {
    throw new Error(`batchSize: expected a whole number ≥ 1, got ${options.batchSize}`);
  }
  dataset.forEach((sample) => checkSample(network, sample));
  const learningRate = options.learningRate ?? network.learningRate;
  const weights = network.weights.map((W) => createMatrix(W.rows, W.cols, W.data.slice()));
  const working: Network = { ...network, weights };
  const sums = weights.map((W) => new Float64Array(W.data.length));
  const random = mulberry32(options.shuffleSeed);
  const order = dataset.map((_, index) => index);
  let epochLosses: number[] = [];
  let iterationLosses: number[] = [];
  let iteration = 0;
  let epoch = 0;
  let position = 0; // next index into `order` within the current epoch
  let epochLossSum = 0;

  const shuffle = () => {
    // Fisher–Yates with the seeded generator
    for (let i = order.length - 1; i > 0; i--) {
      const j = Math.floor(random() * (i + 1));
      const swap = order[i] as number;
      order[i] = order[j] as number;
      order[j] = swap;
    }
  };
  const done = () => epoch >= options.epochs;
  const runIteration = () => {
    if (position === 0) shuffle();
    const end = Math.min(position + options.batchSize, order.length);
    const size = end - position;
    for (const sum of sums) sum.fill(0);
    let batchLoss = 0;
    for (let k = position; k < end; k++) {
      const pass = runPass(working, dataset[order[k] as number] as Sample);
      batchLoss += pass.loss;
      for (let h = 0; h < sums.length; h++) {
        const sum = sums[h] as Float64Array;
        const gradW = (pass.gradW[h + 1] as Matrix).data;
        for (let e = 0; e < sum.length; e++) sum[e] = (sum[e] as number) + (gradW[e] as number);
      }
    }
    const scale = learningRate / size;
    for (let h = 0; h < sums.length; h++) {
      const W = (weights[h] as Matrix).data;
      const sum = sums[h] as Float64Array;
      for (let e = 0; e < W.length; e++) W[e] = (W[e] as number) - scale * (sum[e] as number);
    }
    iterationLosses.push(batchLoss / size);
    epochLossSum += batchLoss;
    iteration++;
    position = end;
    if (position >= order.length) {
      epochLosses.push(epochLossSum / order.length);
      epochLossSum = 0;
      position = 0;
      epoch++;
    }
  };
  const state = (): TrainerState => {
    const result = {
      network: copyNetwork(network, weights),
      iteration,
      epoch,
      epochLosses: Object.freeze(epochLosses),
      iterationLosses: Object.freeze(iterationLosses),
      done: done(),
    };
    epochLosses = [];
    iterationLosses = [];
    return result;
  };
  return {
    step(iterations: number) {
      for (let n = 0; n < iterations && !done(); n++) runIteration();
      return state();
    },
    state,
  };
}

/** Trains for `options.epochs` epochs and returns the trained network and the loss history. */
export function train(network: Network, dataset: readonly Sample[], options: TrainOptions): TrainerState {
  if (!Number.isFinite(options.epochs)) {
    throw new Error(`epochs: expected a finite number, got ${options.epochs}`);
  }
  return createTrainer(network, dataset, options).step(Infinity);
}
