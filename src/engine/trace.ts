import { activate, activationDerivative } from './activations';
import { amplificationCoefficients } from './amplification';
import { withBias, withoutBias } from './bias';
import { lossValue, outputError } from './losses';
import { createMatrix } from './matrix';
import { buildSteps } from './steps';
import type { Matrix, Network, Sample, Step, Trace, TraceLayer, Vector } from './types';

/** The raw per-layer numbers of one forward and backward pass, before they are frozen into a Trace. */
export interface Pass {
  X: Vector[];
  XWithBias: Vector[];
  Y: (Vector | null)[];
  activationDerivative: (Vector | null)[];
  deltaUp: Vector[];
  deltaUpWithBias: (Vector | null)[];
  deltaDown: (Vector | null)[];
  gradW: (Matrix | null)[];
  /** W^h − c δW^h, filled only when runPass is asked for it (trace is; training updates in place instead). */
  updatedW: (Matrix | null)[];
  loss: number;
}

/** Hands out consecutive views of one buffer. */
type Take = (length: number) => Float64Array;

/**
 * One Float64Array for every number of a pass, handed out as views: one allocation instead of six or more a
 * layer (allocating many typed arrays cost more than the arithmetic on networks up to A[64,32,10]).
 */
function arenaFor(network: Network, withUpdate: boolean): Take {
  const { layers } = network;
  const extra = network.bias === 'none' ? 0 : 1;
  let total = (layers[0] as number) + extra + (layers[layers.length - 1] as number); // X^0 with 1, δup_L
  for (let h = 1; h < layers.length; h++) {
    const n = layers[h] as number;
    const cols = (layers[h - 1] as number) + extra;
    // Y, X, σ′, δdown, X with 1, (W^h)^T δdown, δW and maybe W̃
    total += 5 * n + extra + cols + n * cols * (withUpdate ? 2 : 1);
  }
  const arena = new Float64Array(total);
  let cursor = 0;
  return (length) => {
    // subarray would clamp silently; a miscount must fail loudly instead
    if (cursor + length > total) throw new Error('internal: the pass arena is too small');
    return arena.subarray(cursor, (cursor += length));
  };
}

/** Forward pass, Boughammoura eq. (1)/(20): Y^h = W^h X^{h-1}, X^h = σ(Y^h). */
function forward(network: Network, input: Vector, pass: Pass, take: Take): void {
  const L = network.layers.length - 1;
  const extra = network.bias === 'none' ? 0 : 1;
  pass.X[0] = input;
  pass.XWithBias[0] = withBias(network.bias, input, take(input.length + extra));
  for (let h = 1; h <= L; h++) {
    const W = network.weights[h - 1] as Matrix;
    const inputWithBias = pass.XWithBias[h - 1] as Vector;
    const Y = take(W.rows);
    const { data, cols } = W;
    for (let i = 0; i < W.rows; i++) {
      let sum = 0;
      const offset = i * cols;
      for (let j = 0; j < cols; j++) sum += (data[offset + j] as number) * (inputWithBias[j] as number);
      Y[i] = sum;
    }
    const activation = network.activations[h - 1]!;
    const X = take(W.rows);
    activate(activation, Y, X);
    const derivative = take(W.rows);
    activationDerivative(activation, Y, X, derivative);
    pass.Y[h] = Y;
    pass.X[h] = X;
    pass.activationDerivative[h] = derivative;
    pass.XWithBias[h] = withBias(network.bias, X, take(W.rows + extra));
  }
}

/** δdown_h from δup_h: element-wise for most σ, the Jacobian for softmax (Boughammoura eq. 21). */
function deltaDownOf(network: Network, h: number, target: Vector, pass: Pass, take: Take): Vector {
  const activation = network.activations[h - 1];
  const deltaUp = pass.deltaUp[h] as Vector;
  const X = pass.X[h] as Vector;
  const out = take(X.length);
  if (activation === 'softmax' && network.loss === 'cross-entropy') {
    // Dyda remark 5: δ^{[L]} = (Σ y) a − y, exact and free of the 0/0 that −y/a would risk.
    let sumTarget = 0;
    for (let i = 0; i < target.length; i++) sumTarget += target[i] as number;
    for (let i = 0; i < X.length; i++) out[i] = sumTarget * (X[i] as number) - (target[i] as number);
  } else if (activation === 'softmax') {
    // Jacobian^T δup: ∂X_j/∂Y_i = X_j(1[i=j] − X_i), so δdown_i = X_i (δup_i − Σ_j X_j δup_j).
    let dot = 0;
    for (let j = 0; j < X.length; j++) dot += (X[j] as number) * (deltaUp[j] as number);
    for (let i = 0; i < X.length; i++) out[i] = (X[i] as number) * ((deltaUp[i] as number) - dot);
  } else {
    const derivative = pass.activationDerivative[h] as Vector;
    for (let i = 0; i < X.length; i++) out[i] = (deltaUp[i] as number) * (derivative[i] as number);
  }
  return out;
}

/** Backward pass, Boughammoura eqs. (21), (22), (25); with `withUpdate`, W̃ = W − c δW in the same sweep. */
function backward(network: Network, target: Vector, pass: Pass, withUpdate: boolean, take: Take): void {
  const L = network.layers.length - 1;
  const output = pass.X[L] as Vector;
  pass.loss = lossValue(network.loss, output, target);
  const deltaUpL = take(output.length);
  outputError(network.loss, output, target, deltaUpL);
  pass.deltaUp[L] = deltaUpL;
  for (let h = L; h >= 1; h--) {
    const deltaDown = deltaDownOf(network, h, target, pass, take);
    pass.deltaDown[h] = deltaDown;
    const W = network.weights[h - 1] as Matrix;
    const inputWithBias = pass.XWithBias[h - 1] as Vector;
    // δW^h = δdown_h (X^{h-1})^T, Boughammoura (22)
    const gradW = createMatrix(W.rows, W.cols, take(W.rows * W.cols));
    const full = take(W.cols);
    const { cols } = W;
    const weights = W.data;
    const gradient = gradW.data;
    // Dyda's W̃: computed while W and δW are at hand, one sweep over the matrix instead of two
    const updatedW = withUpdate ? createMatrix(W.rows, W.cols, take(W.rows * W.cols)) : null;
    const next = updatedW?.data;
    const c = network.learningRate;
    for (let i = 0; i < W.rows; i++) {
      const d = deltaDown[i] as number;
      const offset = i * cols;
      if (next) {
        for (let j = 0; j < cols; j++) {
          const w = weights[offset + j] as number;
          const g = d * (inputWithBias[j] as number);
          gradient[offset + j] = g;
          next[offset + j] = w - c * g;
          full[j] = (full[j] as number) + w * d;
        }
      } else {
        for (let j = 0; j < cols; j++) {
          gradient[offset + j] = d * (inputWithBias[j] as number);
          // (W^h)^T δdown_h, accumulated row by row for locality
          full[j] = (full[j] as number) + (weights[offset + j] as number) * d;
        }
      }
    }
    pass.gradW[h] = gradW;
    pass.updatedW[h] = updatedW;
    pass.deltaUpWithBias[h - 1] = full;
    // δup_{h-1} = (W♯^h)^T δdown_h: the bias coordinate dropped, Boughammoura (25)
    pass.deltaUp[h - 1] = withoutBias(network.bias, full, true);
  }
}

/** Throws an Error naming what does not fit when the sample does not match the network. */
export function checkSample(network: Network, sample: Sample): void {
  const inputs = network.layers[0];
  const outputs = network.layers[network.layers.length - 1];
  if (sample.input.length !== inputs) {
    throw new Error(`input: expected ${inputs} numbers (N0), got ${sample.input.length}`);
  }
  if (sample.target.length !== outputs) {
    throw new Error(`target: expected ${outputs} numbers (NL), got ${sample.target.length}`);
  }
}

/**
 * The forward and backward numbers alone, without steps: the hot path of training. `withUpdate` also fills
 * `updatedW` (W − c δW with the network's c); training leaves it off and updates its own copy in place.
 */
export function runPass(network: Network, sample: Sample, withUpdate = false): Pass {
  const L = network.layers.length - 1;
  const empty = <T>(fill: T): T[] => new Array<T>(L + 1).fill(fill);
  const pass: Pass = {
    X: empty(new Float64Array(0)),
    XWithBias: empty(new Float64Array(0)),
    Y: empty(null),
    activationDerivative: empty(null),
    deltaUp: empty(new Float64Array(0)),
    deltaUpWithBias: empty(null),
    deltaDown: empty(null),
    gradW: empty(null),
    updatedW: empty(null),
    loss: 0,
  };
  const take = arenaFor(network, withUpdate);
  forward(network, sample.input, pass, take);
  backward(network, sample.target, pass, withUpdate, take);
  return pass;
}

// The steps depend only on the activations and the loss, never on the numbers, and are frozen: one list per
// structure serves every trace of it (building it anew cost more than the whole pass of a small network).
const stepsByStructure = new Map<string, readonly Step[]>();
function stepsOf(network: Network): readonly Step[] {
  const key = `${network.activations.join(',')}|${network.loss}`;
  let steps = stepsByStructure.get(key);
  if (!steps) {
    if (stepsByStructure.size >= 64) stepsByStructure.clear();
    steps = buildSteps(network);
    stepsByStructure.set(key, steps);
  }
  return steps;
}

// Declaration merging gives the class the plain fields of TraceLayer, assigned in the constructor.
// eslint-disable-next-line @typescript-eslint/no-unsafe-declaration-merging, @typescript-eslint/no-empty-object-type
interface FrozenLayer extends Omit<TraceLayer, 'amplification'> {}

/**
 * A frozen TraceLayer whose α is computed on first read: α costs N_h·N_{h+1}·N_L a layer, more than the pass
 * itself on wide networks. A prototype getter with a private memo, not a per-object accessor: defining an
 * accessor on each layer object cost more than the whole pass of a small network.
 */
// eslint-disable-next-line @typescript-eslint/no-unsafe-declaration-merging
class FrozenLayer implements TraceLayer {
  #memo: Matrix | null | undefined;
  readonly #compute: () => Matrix | null;
  constructor(fields: Omit<TraceLayer, 'amplification'>, compute: () => Matrix | null) {
    Object.assign(this, fields);
    this.#compute = compute;
    Object.freeze(this);
  }
  get amplification(): Matrix | null {
    if (this.#memo === undefined) this.#memo = this.#compute();
    return this.#memo;
  }
}

/**
 * One training iteration of `network` on `sample`: forward, loss, backward and update, as an immutable
 * Trace with every per-layer quantity and the ordered steps a stepper walks through.
 */
export function trace(network: Network, sample: Sample): Trace {
  checkSample(network, sample);
  const pass = runPass(network, sample, true);
  const L = network.layers.length - 1;
  let alphas: (Matrix | null)[] | undefined;
  const alpha = (h: number) =>
    (alphas ??= amplificationCoefficients(network, pass.activationDerivative))[h] ?? null;
  const layers: TraceLayer[] = [];
  for (let h = 0; h <= L; h++) {
    const W = h === 0 ? null : (network.weights[h - 1] as Matrix);
    const gradW = pass.gradW[h] ?? null;
    layers.push(
      new FrozenLayer(
        {
          h,
          X: pass.X[h] as Vector,
          XWithBias: pass.XWithBias[h] as Vector,
          Y: pass.Y[h] ?? null,
          activationDerivative: pass.activationDerivative[h] ?? null,
          deltaUp: pass.deltaUp[h] as Vector,
          deltaUpWithBias: pass.deltaUpWithBias[h] ?? null,
          deltaDown: pass.deltaDown[h] ?? null,
          W,
          gradW,
          updatedW: pass.updatedW[h] ?? null,
        },
        () => alpha(h),
      ),
    );
  }
  const steps = stepsOf(network);
  return Object.freeze({ network, sample, layers: Object.freeze(layers), loss: pass.loss, steps });
}
