import { activate } from './activations';
import { withBias } from './bias';
import type { Matrix, Network, Vector } from './types';

/** The network's output sampled over a grid of the input plane, for a heat map. */
export interface OutputGrid {
  /** Cells per side. */
  readonly resolution: number;
  readonly xDomain: readonly [number, number];
  readonly yDomain: readonly [number, number];
  /**
   * `values[row * resolution + column]`: the output at the centre of that cell, row 0 at the top (largest y), as
   * a canvas draws. The output is X^L_0 for one output neuron and X^L_1 (the class-1 score) for more.
   */
  readonly values: Float64Array;
  /** The smallest and largest value, for a colour scale. */
  readonly extent: readonly [number, number];
}

/**
 * X^L for one input, the forward pass alone (Boughammoura (10)–(11): Y^h = W^h X^{h-1}, X^h = σ(Y^h)) with the
 * same summation order as runPass, so the numbers are identical; the map needs no backward pass, and skipping it
 * and reusing `buffers` makes a 64 × 64 map several times cheaper, which matters when it redraws every frame.
 */
function forwardOnly(
  network: Network,
  input: Vector,
  buffers: { Y: Vector; X: Vector; XWithBias: Vector }[],
): Vector {
  let previous = withBias(network.bias, input, (buffers[0] as { XWithBias: Vector }).XWithBias);
  for (let h = 1; h < network.layers.length; h++) {
    const { data, rows, cols } = network.weights[h - 1] as Matrix;
    const { Y, X, XWithBias } = buffers[h] as { Y: Vector; X: Vector; XWithBias: Vector };
    for (let i = 0; i < rows; i++) {
      let sum = 0;
      const offset = i * cols;
      for (let j = 0; j < cols; j++) sum += (data[offset + j] as number) * (previous[j] as number);
      Y[i] = sum;
    }
    activate(network.activations[h - 1] as Network['activations'][number], Y, X);
    previous = withBias(network.bias, X, XWithBias);
  }
  return (buffers[network.layers.length - 1] as { X: Vector }).X;
}

/**
 * Runs the forward pass of a 2-input network at the centre of each of resolution × resolution cells covering
 * `xDomain` × `yDomain`. Pure: the network is read, never changed.
 */
export function outputGrid(
  network: Network,
  xDomain: readonly [number, number],
  yDomain: readonly [number, number],
  resolution: number,
): OutputGrid {
  if (network.layers[0] !== 2) {
    throw new Error(`outputGrid: expected a network with 2 inputs, got ${network.layers[0]}`);
  }
  if (!Number.isInteger(resolution) || resolution < 1) {
    throw new Error(`outputGrid: expected a whole resolution ≥ 1, got ${resolution}`);
  }
  const outputs = network.layers[network.layers.length - 1] as number;
  const read = outputs === 1 ? 0 : 1;
  const input = new Float64Array(2);
  const extra = network.bias === 'none' ? 0 : 1;
  const buffers = network.layers.map((n) => ({
    Y: new Float64Array(n),
    X: new Float64Array(n),
    XWithBias: new Float64Array(n + extra),
  }));
  const values = new Float64Array(resolution * resolution);
  const [x0, x1] = xDomain;
  const [y0, y1] = yDomain;
  const dx = (x1 - x0) / resolution;
  const dy = (y1 - y0) / resolution;
  let min = Infinity;
  let max = -Infinity;
  for (let row = 0; row < resolution; row++) {
    input[1] = y1 - (row + 0.5) * dy;
    for (let column = 0; column < resolution; column++) {
      input[0] = x0 + (column + 0.5) * dx;
      const value = forwardOnly(network, input, buffers)[read] as number;
      values[row * resolution + column] = value;
      if (value < min) min = value;
      if (value > max) max = value;
    }
  }
  return { resolution, xDomain, yDomain, values, extent: [min, max] };
}
