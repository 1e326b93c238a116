import type { LossName, Vector } from './types';

/** J(X^L, y). */
export function lossValue(name: LossName, output: Vector, target: Vector): number {
  let sum = 0;
  for (let i = 0; i < output.length; i++) {
    const x = output[i] as number;
    const y = target[i] as number;
    if (name === 'half-sse') sum += 0.5 * (x - y) * (x - y);
    else if (name === 'difference') sum += x - y;
    else if (y !== 0) sum -= y * Math.log(x);
  }
  return sum;
}

/** δup_L = ∂J/∂X^L (Boughammoura eq. 21: the start of the backward pass), written into `out`. */
export function outputError(name: LossName, output: Vector, target: Vector, out: Vector): void {
  for (let i = 0; i < output.length; i++) {
    const x = output[i] as number;
    const y = target[i] as number;
    if (name === 'half-sse')
      out[i] = x - y; // Dyda (0.1): ∂L/∂a = a − y
    else if (name === 'difference')
      out[i] = 1; // Boughammoura §4: J = f(x) − y
    else out[i] = y === 0 ? 0 : -y / x; // ∂(−y log x)/∂x
  }
}
