import { checkSample, runPass } from './trace';
import { createMatrix } from './matrix';
import type { Matrix, Network, Sample, Vector } from './types';

/** One weight W^h_{ij}: the backpropagated δW^h_{ij} beside its central finite difference. */
export interface WeightGradientCheck {
  readonly layer: number;
  readonly i: number;
  readonly j: number;
  /** δW^h_{ij} from the two-step rule (Boughammoura eq. 22). */
  readonly backprop: number;
  /** (J(W + ε) − J(W − ε)) / 2ε. */
  readonly numeric: number;
  readonly relativeError: number;
}

/** One input coordinate X^0_i: δup_0[i] = ∂J/∂X^0_i beside its central finite difference. */
export interface InputGradientCheck {
  readonly i: number;
  readonly backprop: number;
  readonly numeric: number;
  readonly relativeError: number;
}

/** The result of `gradientCheck`. */
export interface GradientCheck {
  /** The weights checked, layer by layer, row by row: every weight unless `maxWeights` chose a sample. */
  readonly weights: readonly WeightGradientCheck[];
  /** The input coordinates checked, in order: every one unless `maxInputs` chose a sample. */
  readonly input: readonly InputGradientCheck[];
  /** The largest relative error over the weights and input coordinates checked. */
  readonly maxRelativeError: number;
  /** How many weights the network has (Σ_h of the entries of W^h), checked or not. */
  readonly totalWeights: number;
  /** N0, the input coordinates there are, checked or not. */
  readonly totalInputs: number;
}

/** How much of the network `gradientCheck` probes. */
export interface GradientCheckOptions {
  /** The finite-difference step ε; default 1e-6. */
  readonly epsilon?: number;
  /**
   * At most this many weights (default: every one). Each costs two passes, so A[784,128,64,10]'s 109,386
   * weights take minutes; a bounded check spreads its share evenly over every layer and its rows and columns.
   */
  readonly maxWeights?: number;
  /** At most this many input coordinates (default: all N0), evenly spread over X^0. */
  readonly maxInputs?: number;
}

/** How far a running check has got: `done` of `total` probes (a probe is one pair of nudged passes). */
export interface GradientCheckProgress {
  readonly done: number;
  readonly total: number;
}

/**
 * |a − b| / max(|a|, |b|, floor): a relative error that does not explode when both numbers are ~0.
 * The floor is the finite-difference step ε: a derivative smaller than ε cannot be resolved relatively.
 */
export function relativeError(a: number, b: number, floor: number): number {
  const scale = Math.max(Math.abs(a), Math.abs(b), floor);
  return Math.abs(a - b) / scale;
}

function lossWith(network: Network, sample: Sample): number {
  return runPass(network, sample).loss;
}

/** (J(v + ε) − J(v − ε)) / 2ε for the number v = values[k], which `loss` reads; v is put back afterwards. */
function centralDifference(values: Float64Array, k: number, epsilon: number, loss: () => number): number {
  const original = values[k] as number;
  values[k] = original + epsilon;
  const plus = loss();
  values[k] = original - epsilon;
  const minus = loss();
  values[k] = original;
  return (plus - minus) / (2 * epsilon);
}

/**
 * How many entries of each W^h to check when at most `max` may be: an equal share each, so that no layer goes
 * unchecked however small it is beside the others; a layer smaller than its share is checked whole and what it
 * leaves over is shared among the larger ones.
 */
function layerShares(sizes: readonly number[], max: number): number[] {
  const shares = sizes.map(() => 0);
  const smallestFirst = sizes.map((_, h) => h).sort((a, b) => (sizes[a] as number) - (sizes[b] as number));
  let left = max;
  smallestFirst.forEach((h, rank) => {
    const share = Math.min(sizes[h] as number, Math.floor(left / (smallestFirst.length - rank)));
    shares[h] = share;
    left -= share;
  });
  return shares;
}

/** 1/φ: successive multiples of it, mod 1, fill [0, 1) as evenly as any sequence can (Weyl, golden ratio). */
const INVERSE_GOLDEN_RATIO = (Math.sqrt(5) - 1) / 2;

/**
 * `count` distinct entries (row-major indices, ascending) of a rows × cols matrix, spread evenly over its rows
 * and, within and across rows, over its columns. A plain stride through the row-major order can land in one
 * column every time (a stride that is a multiple of cols, e.g. always the bias column); stepping the column by
 * the golden ratio cannot.
 */
function spreadEntries(rows: number, cols: number, count: number): number[] {
  if (count >= rows * cols) return Array.from({ length: rows * cols }, (_, k) => k);
  const chosen = new Set<number>();
  for (let t = 0; t < count; t++) {
    const i = Math.floor(((t + 0.5) * rows) / count);
    let j = Math.floor((((t * INVERSE_GOLDEN_RATIO + 0.5) % 1) * cols) % cols);
    // A row holds at most ⌈count/rows⌉ ≤ cols of them, so a free column is always found.
    while (chosen.has(i * cols + j)) j = (j + 1) % cols;
    chosen.add(i * cols + j);
  }
  return [...chosen].sort((a, b) => a - b);
}

/** `count` distinct indices of 0…n−1 spread evenly over it, ascending (all of them when count ≥ n). */
function spreadIndices(n: number, count: number): number[] {
  const m = Math.min(n, count);
  return Array.from({ length: m }, (_, t) => Math.floor(((t + 0.5) * n) / m));
}

/**
 * The check one probe at a time: central finite differences of J for the chosen weights of every layer and the
 * chosen input coordinates, compared with the backpropagated δW^h and δup_0. It yields its progress after each
 * probe and returns the whole check, so a caller can spread the work over several turns of an event loop (a
 * big network's check would otherwise hold the page). The network is never mutated: probes nudge a private copy.
 */
export function* gradientCheckProbes(
  network: Network,
  sample: Sample,
  options: GradientCheckOptions = {},
): Generator<GradientCheckProgress, GradientCheck, void> {
  const epsilon = options.epsilon ?? 1e-6;
  checkSample(network, sample);
  const pass = runPass(network, sample);
  // A private copy of every W^h; runPass reads the arrays, so a probe nudges one entry and restores it.
  const probeWeights: Matrix[] = network.weights.map((W) => createMatrix(W.rows, W.cols, W.data.slice()));
  const probe: Network = { ...network, weights: probeWeights };
  const sizes = probeWeights.map((W) => W.data.length);
  const shares = layerShares(sizes, options.maxWeights ?? Infinity);
  const entries = probeWeights.map((W, index) => spreadEntries(W.rows, W.cols, shares[index] as number));
  const inputIndices = spreadIndices(sample.input.length, options.maxInputs ?? Infinity);
  const total = entries.reduce((n, list) => n + list.length, 0) + inputIndices.length;
  let done = 0;

  const weights: WeightGradientCheck[] = [];
  let maxRelativeError = 0;
  for (const [index, W] of probeWeights.entries()) {
    const gradW = pass.gradW[index + 1] as Matrix;
    for (const k of entries[index] as number[]) {
      const numeric = centralDifference(W.data, k, epsilon, () => lossWith(probe, sample));
      const backprop = gradW.data[k] as number;
      const error = relativeError(backprop, numeric, epsilon);
      maxRelativeError = Math.max(maxRelativeError, error);
      weights.push({
        layer: index + 1,
        i: Math.floor(k / W.cols),
        j: k % W.cols,
        backprop,
        numeric,
        relativeError: error,
      });
      yield { done: ++done, total };
    }
  }
  const input: InputGradientCheck[] = [];
  const deltaUp0 = pass.deltaUp[0] as Vector;
  const probeInput = sample.input.slice();
  const probeSample: Sample = { input: probeInput, target: sample.target };
  for (const i of inputIndices) {
    const numeric = centralDifference(probeInput, i, epsilon, () => lossWith(network, probeSample));
    const backprop = deltaUp0[i] as number;
    const error = relativeError(backprop, numeric, epsilon);
    maxRelativeError = Math.max(maxRelativeError, error);
    input.push({ i, backprop, numeric, relativeError: error });
    yield { done: ++done, total };
  }
  return {
    weights,
    input,
    maxRelativeError,
    totalWeights: sizes.reduce((n, size) => n + size, 0),
    totalInputs: sample.input.length,
  };
}

/**
 * Central finite differences of J for every weight of every layer and every input coordinate (or an evenly
 * spread sample of them, see `GradientCheckOptions`), compared with the backpropagated δW^h and δup_0, at once.
 */
export function gradientCheck(
  network: Network,
  sample: Sample,
  options: GradientCheckOptions = {},
): GradientCheck {
  const probes = gradientCheckProbes(network, sample, options);
  for (;;) {
    const next = probes.next();
    if (next.done) return next.value;
  }
}
