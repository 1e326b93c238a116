import { NETWORK_FILE_LIMITS, type NetworkFile } from './networkFile';
import type { ActivationName, BiasLayout, LossName } from './types';

/**
 * mulberry32 (Tommy Ettinger, public domain): a 32-bit seeded generator of floats in [0, 1). Small, fast and good
 * enough for initial weights; the same seed gives the same sequence on every JavaScript engine, since it uses
 * only 32-bit integer arithmetic (Math.imul, >>>).
 */
export function mulberry32(seed: number): () => number {
  let state = seed >>> 0;
  return () => {
    state = (state + 0x6d2b79f5) >>> 0;
    let t = state;
    t = Math.imul(t ^ (t >>> 15), t | 1);
    t ^= t + Math.imul(t ^ (t >>> 7), t | 61);
    return ((t ^ (t >>> 14)) >>> 0) / 4294967296;
  };
}

/** How initial weights are drawn. */
export const INIT_SCHEMES = ['uniform', 'xavier', 'he'] as const;
export type InitScheme = (typeof INIT_SCHEMES)[number];

export interface InitOptions {
  readonly seed: number;
  /**
   * `uniform`: U(−0.5, 0.5). `xavier` (Glorot & Bengio 2010): U(−a, a) with a = √(6 / (fan_in + fan_out)), variance
   * 2 / (fan_in + fan_out). `he` (He et al. 2015): U(−a, a) with a = √(6 / fan_in), variance 2 / fan_in.
   * Biases start at 0 for xavier and he (the usual practice), uniform like the rest for `uniform`.
   */
  readonly scheme?: InitScheme;
}

/** The half-width a of U(−a, a) for a layer of fan_in inputs and fan_out outputs. */
function halfWidth(scheme: InitScheme, fanIn: number, fanOut: number): number {
  if (scheme === 'xavier') return Math.sqrt(6 / (fanIn + fanOut));
  if (scheme === 'he') return Math.sqrt(6 / fanIn);
  return 0.5;
}

/** Weights `[h-1][out][in]` for A[layers] in a bias layout, drawn from `seed`: the same seed, the same weights. */
export function initWeights(layers: readonly number[], bias: BiasLayout, options: InitOptions): number[][][] {
  const random = mulberry32(options.seed);
  const scheme = options.scheme ?? 'xavier';
  return layers.slice(1).map((rows, m) => {
    const inputs = layers[m] as number;
    const a = halfWidth(scheme, inputs, rows);
    const biasAt = bias === 'first' ? 0 : bias === 'last' ? inputs : -1;
    const cols = inputs + (bias === 'none' ? 0 : 1);
    return Array.from({ length: rows }, () =>
      Array.from({ length: cols }, (_, j) => {
        const draw = (2 * random() - 1) * a; // drawn even for a zero bias, so the sequence does not depend on it
        return j === biasAt && scheme !== 'uniform' ? 0 : draw;
      }),
    );
  });
}

export interface RandomNetworkOptions {
  readonly layers: readonly number[];
  readonly seed: number;
  readonly init?: InitScheme;
  /** One name for every layer or a list of L; default sigmoid. */
  readonly activation?: ActivationName | readonly ActivationName[];
  readonly bias?: BiasLayout;
  /** Default: cross-entropy for a softmax output, half-sse otherwise. */
  readonly loss?: LossName;
  readonly learningRate?: number;
}

/**
 * A whole network file from a seed (for links such as `?layers=784,128,64,10&seed=1&init=xavier`): weights by
 * `initWeights`, an input uniform in [0, 1) from the same generator, and a one-hot target (class drawn too), which
 * suits every loss. Not validated here: pass it through validateNetworkFile when the options come from a user.
 * Past the size limits (NETWORK_FILE_LIMITS) nothing is drawn (weights, input and target are left empty), so a
 * link asking for A[10⁶, 10⁶] does not hang and validateNetworkFile names the limit instead.
 */
export function randomNetworkFile(options: RandomNetworkOptions): NetworkFile {
  const { layers, seed } = options;
  const bias = options.bias ?? 'first';
  const tooLarge = exceedsLimits(layers, bias);
  const init = options.init ?? 'xavier';
  const L = layers.length - 1;
  const activation = options.activation ?? 'sigmoid';
  const output = typeof activation === 'string' ? activation : activation[L - 1];
  const loss = options.loss ?? (output === 'softmax' ? 'cross-entropy' : 'half-sse');
  const weights = tooLarge ? [] : initWeights(layers, bias, { seed, scheme: init });
  // A second stream for the sample, so the weights of a seed do not change if the sample rule ever does.
  const random = mulberry32(seed ^ 0x5eed5eed);
  const inputs = tooLarge ? 0 : (layers[0] ?? 0);
  const outputs = tooLarge ? 0 : (layers[L] ?? 0);
  const input = Array.from({ length: inputs }, () => random());
  const hot = Math.floor(random() * outputs);
  const target = Array.from({ length: outputs }, (_, k) => (k === hot ? 1 : 0));
  return {
    layers: [...layers],
    bias,
    activation: typeof activation === 'string' ? activation : [...activation],
    loss,
    weights,
    input,
    target,
    learningRate: options.learningRate ?? 0.1,
    seed,
    init,
  };
}

/** Whether A[layers] is past the network file's size limits (or not a list of whole numbers at all). */
function exceedsLimits(layers: readonly number[], bias: BiasLayout): boolean {
  const { maxLayers, maxNeurons, maxWeights } = NETWORK_FILE_LIMITS;
  if (layers.length > maxLayers + 1 || layers.some((n) => !Number.isInteger(n) || n < 0 || n > maxNeurons))
    return true;
  const extra = bias === 'none' ? 0 : 1;
  return layers.slice(1).reduce((sum, n, k) => sum + n * ((layers[k] as number) + extra), 0) > maxWeights;
}
