import type { ActivationName, Vector } from './types';

/** Slope of leaky relu for negative inputs. */
export const LEAKY_SLOPE = 0.01;

/** σ(y) for one number; softmax is not element-wise and is handled by `activate`. */
export function sigmoid(y: number): number {
  // Stable on both sides: never exponentiate a large positive number.
  if (y >= 0) return 1 / (1 + Math.exp(-y));
  const e = Math.exp(y);
  return e / (1 + e);
}

/** X = σ(Y) for a whole layer, written into `out`. */
export function activate(name: ActivationName, Y: Vector, out: Vector): void {
  const n = Y.length;
  switch (name) {
    case 'sigmoid':
      for (let i = 0; i < n; i++) out[i] = sigmoid(Y[i] as number);
      return;
    case 'tanh':
      for (let i = 0; i < n; i++) out[i] = Math.tanh(Y[i] as number);
      return;
    case 'relu':
      for (let i = 0; i < n; i++) out[i] = Math.max(0, Y[i] as number);
      return;
    case 'leaky-relu':
      for (let i = 0; i < n; i++) {
        const y = Y[i] as number;
        out[i] = y > 0 ? y : LEAKY_SLOPE * y;
      }
      return;
    case 'identity':
      out.set(Y);
      return;
    case 'softmax': {
      // Shift by the maximum so no exponential overflows; the result is unchanged.
      let max = -Infinity;
      for (let i = 0; i < n; i++) max = Math.max(max, Y[i] as number);
      let sum = 0;
      for (let i = 0; i < n; i++) {
        const e = Math.exp((Y[i] as number) - max);
        out[i] = e;
        sum += e;
      }
      for (let i = 0; i < n; i++) out[i] = (out[i] as number) / sum;
      return;
    }
  }
}

/**
 * σ'(Y) element by element, from Y and X = σ(Y) (Dyda remark 3: σ' = σ(1 − σ) reuses the forward pass).
 * For softmax this is the diagonal of its Jacobian, X(1 − X); the backward pass uses the full Jacobian.
 */
export function activationDerivative(name: ActivationName, Y: Vector, X: Vector, out: Vector): void {
  const n = Y.length;
  switch (name) {
    case 'sigmoid':
    case 'softmax':
      for (let i = 0; i < n; i++) {
        const x = X[i] as number;
        out[i] = x * (1 - x);
      }
      return;
    case 'tanh':
      for (let i = 0; i < n; i++) {
        const x = X[i] as number;
        out[i] = 1 - x * x;
      }
      return;
    case 'relu':
      for (let i = 0; i < n; i++) out[i] = (Y[i] as number) > 0 ? 1 : 0;
      return;
    case 'leaky-relu':
      for (let i = 0; i < n; i++) out[i] = (Y[i] as number) > 0 ? 1 : LEAKY_SLOPE;
      return;
    case 'identity':
      out.fill(1);
      return;
  }
}
