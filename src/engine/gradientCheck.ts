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
  readonly weights: readonly WeightGradientCheck[];
  readonly input: readonly InputGradientCheck[];
  /** The largest relative error over every weight and input coordinate. */
  readonly maxRelativeError: number;
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

/**
 * Central finite differences of J for every weight of every layer and every input coordinate, compared with
 * the backpropagated δW^h and δup_0. The network is never mutated: each probe works on a private copy.
 */
export function gradientCheck(network: Network, sample: Sample, epsilon = 1e-6): GradientCheck {
  checkSample(network, sample);
  const pass = runPass(network, sample);
  // A private copy of every W^h; runPass reads the arrays, so a probe nudges one entry and restores it.
  const probeWeights: Matrix[] = network.weights.map((W) => createMatrix(W.rows, W.cols, W.data.slice()));
  const probe: Network = { ...network, weights: probeWeights };
  const weights: WeightGradientCheck[] = [];
  let maxRelativeError = 0;
  probeWeights.forEach((W, index) => {
    const gradW = pass.gradW[index + 1] as Matrix;
    for (let k = 0; k < W.data.length; k++) {
      const original = W.data[k] as number;
      W.data[k] = original + epsilon;
      const plus = lossWith(probe, sample);
      W.data[k] = original - epsilon;
      const minus = lossWith(probe, sample);
      W.data[k] = original;
      const numeric = (plus - minus) / (2 * epsilon);
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
    }
  });
  const input: InputGradientCheck[] = [];
  const deltaUp0 = pass.deltaUp[0] as Vector;
  const probeInput = sample.input.slice();
  const probeSample: Sample = { input: probeInput, target: sample.target };
  for (let i = 0; i < probeInput.length; i++) {
    const original = probeInput[i] as number;
    probeInput[i] = original + epsilon;
    const plus = lossWith(network, probeSample);
    probeInput[i] = original - epsilon;
    const minus = lossWith(network, probeSample);
    probeInput[i] = original;
    const numeric = (plus - minus) / (2 * epsilon);
    const backprop = deltaUp0[i] as number;
    const error = relativeError(backprop, numeric, epsilon);
    maxRelativeError = Math.max(maxRelativeError, error);
    input.push({ i, backprop, numeric, relativeError: error });
  }
  return { weights, input, maxRelativeError };
}
