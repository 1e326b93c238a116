/**
 * The glossary: every quantity of the two-step rule (Boughammoura) with its meaning and shape.
 * Layers are numbered h = 0 (input) … L. Weights are row-major `[out][in]`.
 */

/** A column vector, stored flat. Never mutated once it is part of a Trace. */
export type Vector = Float64Array;

/** A row-major matrix: entry (i, j) is `data[i * cols + j]`. Never mutated once it is part of a Trace. */
export interface Matrix {
  readonly rows: number;
  readonly cols: number;
  readonly data: Float64Array;
}

export const ACTIVATIONS = ['sigmoid', 'tanh', 'relu', 'leaky-relu', 'identity', 'softmax'] as const;
/** σ of a layer. `softmax` is allowed on the last layer only. */
export type ActivationName = (typeof ACTIVATIONS)[number];

export const BIAS_LAYOUTS = ['first', 'last', 'none'] as const;
/**
 * Where the bias lives. `first`: Dyda, a 1 prepended to X^{h-1} and the bias in column 0 of W^h.
 * `last`: Boughammoura Remark 1, a 1 appended and the bias in the last column. `none`: no bias.
 */
export type BiasLayout = (typeof BIAS_LAYOUTS)[number];

export const LOSSES = ['half-sse', 'difference', 'cross-entropy'] as const;
/**
 * J. `half-sse`: ½‖X^L − y‖². `difference`: Σ (X^L − y), Boughammoura §4, so δup_L = 1.
 * `cross-entropy`: −Σ y log X^L.
 */
export type LossName = (typeof LOSSES)[number];

/** A feed-forward network A[N0,…,NL] ready to compute with. Build one with `networkFromFile`. */
export interface Network {
  /** N0 … NL: genuine neurons per layer, the bias unit not counted. */
  readonly layers: readonly number[];
  readonly bias: BiasLayout;
  /** σ of layers h = 1 … L (index h − 1). */
  readonly activations: readonly ActivationName[];
  readonly loss: LossName;
  /** `weights[h - 1]` is W^h: N_h rows of N_{h-1} (+1 with a bias) columns. */
  readonly weights: readonly Matrix[];
  /** c, the learning rate of the update W^h ← W^h − c δW^h. */
  readonly learningRate: number;
}

/** One training example: the input X^0 and the target y. */
export interface Sample {
  readonly input: Vector;
  readonly target: Vector;
}

/** Everything one layer h holds after a forward and a backward pass. */
export interface TraceLayer {
  /** The layer index h (Boughammoura's numbering, input = 0). */
  readonly h: number;
  /** X^h, the activation σ(Y^h) (the input at h = 0); never includes the constant 1. */
  readonly X: Vector;
  /** X^h with the constant 1 inserted where the bias layout puts it: the input that W^{h+1} multiplies. */
  readonly XWithBias: Vector;
  /** Y^h = W^h X^{h-1}, the pre-activation (weighted sum); null at h = 0. */
  readonly Y: Vector | null;
  /** σ'(Y^h) element by element (for softmax, the diagonal of its Jacobian); null at h = 0. */
  readonly activationDerivative: Vector | null;
  /** δup_h = ∂J/∂X^h, the error with respect to this layer's activation (bias coordinate dropped). */
  readonly deltaUp: Vector;
  /**
   * ∂J/∂(X^h with the 1 inserted) = (W^{h+1})^T δdown_{h+1}, bias coordinate included (Dyda shows it, then
   * drops it); null at h = L.
   */
  readonly deltaUpWithBias: Vector | null;
  /** δdown_h = ∂J/∂Y^h, the error with respect to the weighted sum; null at h = 0. */
  readonly deltaDown: Vector | null;
  /** W^h before the update; null at h = 0. */
  readonly W: Matrix | null;
  /** δW^h = δdown_h (X^{h-1})^T, with the bias column; null at h = 0. */
  readonly gradW: Matrix | null;
  /** W^h − c δW^h; null at h = 0. */
  readonly updatedW: Matrix | null;
  /** Cheng's α_{h,i→L,o} = ∂Y^L_o/∂Y^h_i, N_h × N_L (identity at h = L); null at h = 0. Computed on first read. */
  readonly amplification: Matrix | null;
}

export type Phase = 'forward' | 'loss' | 'backward' | 'update';

/** What a step writes, or one of the operands it reads. */
export type Quantity =
  | 'X'
  | 'Y'
  | 'W'
  | 'target'
  | 'loss'
  | 'deltaUp'
  | 'deltaDown'
  | 'gradW'
  | 'updatedW'
  | 'activationDerivative';

/** A quantity at a layer, e.g. `{ quantity: 'deltaDown', layer: 2 }` for δdown_2. */
export interface QuantityRef {
  readonly quantity: Quantity;
  readonly layer: number;
}

/**
 * The events of one training iteration, in the order of ../shared/design.md.
 * - `preActivation`: Y^h = W^h X^{h-1}
 * - `activation`: X^h = σ(Y^h)
 * - `loss`: J(X^L, y)
 * - `outputError`: δup_L = ∂J/∂X^L
 * - `deltaDown`: δdown_h = δup_h ⊙ σ'(Y^h) (softmax: Jacobian^T δup_h; softmax + cross-entropy: (Σy) X^L − y)
 * - `gradW`: δW^h = δdown_h (X^{h-1})^T
 * - `deltaUp`: δup_{h-1} = (W♯^h)^T δdown_h
 * - `update`: W^h ← W^h − c δW^h
 */
export type StepKind =
  'preActivation' | 'activation' | 'loss' | 'outputError' | 'deltaDown' | 'gradW' | 'deltaUp' | 'update';

/** One event of the iteration: what it writes, what it reads, and the values of both. */
export interface Step {
  /** Position in `trace.steps`. */
  readonly index: number;
  readonly phase: Phase;
  readonly kind: StepKind;
  /** The layer h the step belongs to (for `deltaUp`, the layer whose W^h is used; it writes δup_{h-1}). */
  readonly layer: number;
  /** The quantity written. */
  readonly writes: QuantityRef;
  /** The operands read, in the order the formula uses them. */
  readonly reads: readonly QuantityRef[];
  /** How δdown is formed, for `deltaDown` steps. */
  readonly rule?: 'elementwise' | 'softmax-jacobian' | 'softmax-cross-entropy';
}

/** One training iteration, forward and backward, immutable. */
export interface Trace {
  readonly network: Network;
  readonly sample: Sample;
  /** `layers[h]` for h = 0 … L. */
  readonly layers: readonly TraceLayer[];
  /** J(X^L, y). */
  readonly loss: number;
  /** The ordered events a stepper walks through. */
  readonly steps: readonly Step[];
}
