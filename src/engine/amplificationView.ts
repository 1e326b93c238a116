import { formatNumber } from './format';
import { symbolFor } from './notation';
import type { NotationName } from './notation';
import type { Matrix, Trace, Vector } from './types';

/** One term ε_o φ'_L(u_{L,o}) α_{l,i→L,o} of Cheng's Theorem 5. */
export interface AmplificationTerm {
  /** The output neuron o, 0-based. */
  readonly output: number;
  /** ε_o = δup_L[o]; for a softmax output, null (the factor is δdown_L[o] as a whole). */
  readonly epsilon: number | null;
  /** φ'_L(u_{L,o}); null for a softmax output, whose derivative is a Jacobian, not a number per neuron. */
  readonly slope: number | null;
  /** ε_o φ'_L(u_{L,o}), or δdown_L[o] for a softmax output. */
  readonly factor: number;
  /** α_{l,i→L,o}. */
  readonly alpha: number;
  /** factor × alpha. */
  readonly value: number;
}

/** Theorem 5 for one neuron (l, i): the terms, their sum and the δdown the two-step rule found. */
export interface NeuronAmplification {
  readonly layer: number;
  readonly neuron: number;
  /** α_{l,i→L,o} for the chosen output o. */
  readonly alphaToChosen: number;
  readonly terms: readonly AmplificationTerm[];
  readonly sum: number;
  readonly deltaDown: number;
  /** e.g. "δ₁‚₁ = ε₁ φ'₂(u₂‚₁) α + … = … = −0.0011". */
  readonly text: string;
}

/** Cheng's amplification view of a trace, for one chosen output neuron o. */
export interface AmplificationView {
  readonly output: number;
  /** `layers[l]` (l = 1…L; index 0 empty) holds every neuron of layer l. */
  readonly layers: readonly (readonly NeuronAmplification[])[];
  /** True when the output is softmax: φ'_L is a Jacobian, and δdown_L stands in for ε_o φ'_L. */
  readonly jacobianOutput: boolean;
}

const entry = (m: Matrix, i: number, j: number) => m.data[i * m.cols + j] as number;

/**
 * Cheng's Theorem 5 with the numbers: δ_{l,i} = Σ_o ε_o φ'_L(u_{L,o}) α_{l,i→L,o} for every neuron, beside
 * the δdown the two-step rule computed, and α_{l,i→L,o} for the chosen output o (Corollary 3).
 * With a softmax output φ'_L is a Jacobian, so each term uses δdown_{L,o} (the Jacobian already applied).
 */
export function amplificationView(
  trace: Trace,
  output: number,
  notation: NotationName = 'cheng',
  digits = 8,
): AmplificationView {
  const L = trace.network.layers.length - 1;
  const outputs = trace.network.layers[L] as number;
  if (!Number.isInteger(output) || output < 0 || output >= outputs) {
    throw new RangeError(`output neuron ${output} does not exist: expected 0 … ${outputs - 1}`);
  }
  const last = trace.layers[L];
  if (!last) throw new Error('the trace has no output layer');
  const jacobianOutput = trace.network.activations[L - 1] === 'softmax';
  const epsilon = last.deltaUp;
  const slopes = last.activationDerivative as Vector;
  const deltaDownL = last.deltaDown as Vector;
  const factors = Array.from({ length: outputs }, (_, o) =>
    jacobianOutput ? (deltaDownL[o] as number) : (epsilon[o] as number) * (slopes[o] as number),
  );
  const fmt = (x: number) => formatNumber(x, digits);
  const layers: NeuronAmplification[][] = [[]];
  for (let l = 1; l <= L; l++) {
    const layer = trace.layers[l];
    const alpha = layer?.amplification;
    const deltaDown = layer?.deltaDown;
    if (!alpha || !deltaDown) throw new Error(`layer ${l} has no amplification coefficients`);
    const neurons: NeuronAmplification[] = [];
    for (let i = 0; i < alpha.rows; i++) {
      const terms: AmplificationTerm[] = factors.map((factor, o) => {
        const a = entry(alpha, i, o);
        return {
          output: o,
          epsilon: jacobianOutput ? null : (epsilon[o] as number),
          slope: jacobianOutput ? null : (slopes[o] as number),
          factor,
          alpha: a,
          value: factor * a,
        };
      });
      const sum = terms.reduce((total, term) => total + term.value, 0);
      const delta = deltaDown[i] as number;
      const lhs = symbolFor(notation, 'deltaDown', { layer: l, i }).text;
      const written = terms
        .map((term) =>
          term.epsilon === null || term.slope === null
            ? `${fmt(term.factor)} × ${fmt(term.alpha)}`
            : `${fmt(term.epsilon)} × ${fmt(term.slope)} × ${fmt(term.alpha)}`,
        )
        .join(' + ');
      neurons.push({
        layer: l,
        neuron: i,
        alphaToChosen: entry(alpha, i, output),
        terms,
        sum,
        deltaDown: delta,
        text: `${lhs} = Σₒ ${jacobianOutput ? 'δdown_L,o' : 'εₒ φ′_L(u_L,o)'} α = ${written} = ${fmt(sum)}`,
      });
    }
    layers.push(neurons);
  }
  return { output, layers, jacobianOutput };
}
