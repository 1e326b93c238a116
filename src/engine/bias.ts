import type { BiasLayout, Vector } from './types';

/** How many columns W^h has for N_{h-1} inputs: one more when there is a bias. */
export function columnCount(bias: BiasLayout, inputs: number): number {
  return bias === 'none' ? inputs : inputs + 1;
}

/** The column of W^h that holds the bias: 0 (Dyda, first), N_{h-1} (Boughammoura Remark 1, last), or null. */
export function biasColumn(bias: BiasLayout, inputs: number): number | null {
  if (bias === 'first') return 0;
  if (bias === 'last') return inputs;
  return null;
}

/** The column of W^h that multiplies neuron j of layer h − 1. */
export function inputColumn(bias: BiasLayout, j: number): number {
  return bias === 'first' ? j + 1 : j;
}

/** X with the constant 1 inserted where the layout puts it (Dyda: "after prepending 1"). */
export function withBias(bias: BiasLayout, x: Vector): Vector {
  if (bias === 'none') return x;
  const out = new Float64Array(x.length + 1);
  if (bias === 'first') {
    out[0] = 1;
    out.set(x, 1);
  } else {
    out.set(x, 0);
    out[x.length] = 1;
  }
  return out;
}

/** A vector over the columns of W^h with the bias coordinate dropped (W♯, Boughammoura eq. 13). */
export function withoutBias(bias: BiasLayout, full: Vector): Vector {
  if (bias === 'none') return full;
  return bias === 'first' ? full.slice(1) : full.slice(0, full.length - 1);
}
