import type { BiasLayout, Matrix, Vector } from './types';

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

/**
 * X with the constant 1 inserted where the layout puts it (Dyda: "after prepending 1"); written into `out`
 * (x.length + 1 numbers) when given.
 */
export function withBias(bias: BiasLayout, x: Vector, out: Vector = new Float64Array(x.length + 1)): Vector {
  if (bias === 'none') return x;
  if (bias === 'first') {
    out[0] = 1;
    out.set(x, 1);
  } else {
    out.set(x, 0);
    out[x.length] = 1;
  }
  return out;
}

/**
 * A vector over the columns of W^h with the bias coordinate dropped (W♯, Boughammoura eq. 13): a copy, or with
 * `view` a subarray sharing `full`'s memory.
 */
export function withoutBias(bias: BiasLayout, full: Vector, view = false): Vector {
  if (bias === 'none') return full;
  const [start, end] = bias === 'first' ? [1, full.length] : [0, full.length - 1];
  return view ? full.subarray(start, end) : full.slice(start, end);
}

/**
 * W^h written with its bias apart (the lecture note's W^l and b^l): the matrix without column `biasAt`, and that
 * column as a vector. Copies: for the panels that show the two parts, not for the engine's arithmetic.
 */
export function splitBiasColumn(m: Matrix, biasAt: number): { weights: Matrix; bias: Vector } {
  const cols = m.cols - 1;
  const weights = new Float64Array(m.rows * cols);
  const bias = new Float64Array(m.rows);
  for (let i = 0; i < m.rows; i++) {
    const row = m.data.subarray(i * m.cols, (i + 1) * m.cols);
    weights.set(row.subarray(0, biasAt), i * cols);
    weights.set(row.subarray(biasAt + 1), i * cols + biasAt);
    bias[i] = row[biasAt] as number;
  }
  return { weights: { rows: m.rows, cols, data: weights }, bias };
}
