import type { Matrix, Quantity, Trace, Vector } from './types';

/**
 * The value of a quantity at layer h of a trace: a vector (X, Y, δup, δdown, σ'(Y), y), a matrix (W, δW, W̃) or the
 * loss J; null where the layer has no such thing (e.g. Y⁰). One lookup for every view that shows trace values.
 */
export function quantityValue(trace: Trace, quantity: Quantity, h: number): Vector | Matrix | number | null {
  const layer = trace.layers[h];
  if (layer === undefined) return null;
  switch (quantity) {
    case 'loss':
      return trace.loss;
    case 'target':
      return trace.sample.target;
    case 'X':
      return layer.X;
    case 'Y':
      return layer.Y;
    case 'deltaUp':
      return layer.deltaUp;
    case 'deltaDown':
      return layer.deltaDown;
    case 'activationDerivative':
      return layer.activationDerivative;
    case 'W':
      return layer.W;
    case 'gradW':
      return layer.gradW;
    case 'updatedW':
      return layer.updatedW;
  }
}

/** The quantity's value when it is a vector, else null. */
export function quantityVector(trace: Trace, quantity: Quantity, h: number): Vector | null {
  const value = quantityValue(trace, quantity, h);
  return value instanceof Float64Array ? value : null;
}

/** The quantity's value when it is a matrix, else null. */
export function quantityMatrix(trace: Trace, quantity: Quantity, h: number): Matrix | null {
  const value = quantityValue(trace, quantity, h);
  return value !== null && typeof value === 'object' && !(value instanceof Float64Array) ? value : null;
}
