import { inputColumn } from './bias';
import { createMatrix } from './matrix';
import type { Matrix, Network, Vector } from './types';

/**
 * Cheng's derivative amplification coefficients α_{h,i→L,o} = ∂Y^L_o/∂Y^h_i for every layer h = 1…L,
 * computed backwards: α_L is the identity (Cheng eq. 21) and
 * α_{h,i→L,o} = σ'_h(Y^h_i) Σ_s W^{h+1}_{s,i} α_{h+1,s→L,o}   (Cheng Corollary 3, eq. 26).
 * `derivatives[h]` is σ'(Y^h); index 0 is unused. Returns an array indexed by h (null at 0).
 */
export function amplificationCoefficients(
  network: Network,
  derivatives: readonly (Vector | null)[],
): (Matrix | null)[] {
  const L = network.layers.length - 1;
  const outputs = network.layers[L] as number;
  const result: (Matrix | null)[] = new Array<Matrix | null>(L + 1).fill(null);
  const identity = createMatrix(outputs, outputs);
  for (let o = 0; o < outputs; o++) identity.data[o * outputs + o] = 1;
  result[L] = identity;
  for (let h = L - 1; h >= 1; h--) {
    const next = result[h + 1] as Matrix;
    const W = network.weights[h] as Matrix; // W^{h+1}
    const derivative = derivatives[h] as Vector;
    const size = network.layers[h] as number;
    const alpha = createMatrix(size, outputs);
    const sum = new Float64Array(outputs);
    for (let i = 0; i < size; i++) {
      const column = inputColumn(network.bias, i);
      sum.fill(0);
      for (let s = 0; s < next.rows; s++) {
        const w = W.data[s * W.cols + column] as number;
        for (let o = 0; o < outputs; o++)
          sum[o] = (sum[o] as number) + w * (next.data[s * outputs + o] as number);
      }
      const slope = derivative[i] as number;
      for (let o = 0; o < outputs; o++) alpha.data[i * outputs + o] = slope * (sum[o] as number);
    }
    result[h] = alpha;
  }
  return result;
}
