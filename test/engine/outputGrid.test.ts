import { describe, expect, it } from 'vitest';
import { networkFromFile, outputGrid, runPass } from '../../src/engine';
import { dyda, dydaSoftmax } from '../../src/presets/dyda';

describe('outputGrid', () => {
  const network = networkFromFile({
    ...dyda,
    layers: [2, 2, 1],
    weights: [dyda.weights[0] as number[][], [[0.3, 1, -2]]],
    target: [1],
  });

  it('samples the forward pass at each cell centre, row 0 at the top', () => {
    const grid = outputGrid(network, [-1, 1], [0, 2], 4);
    expect(grid.values).toHaveLength(16);
    // row 1, column 2: x = −1 + 2.5 · 0.5 = 0.25, y = 2 − 1.5 · 0.5 = 1.25
    const pass = runPass(network, { input: Float64Array.of(0.25, 1.25), target: Float64Array.of(0) });
    expect(grid.values[1 * 4 + 2]).toBe(pass.X[2]?.[0]);
    expect(grid.extent[0]).toBe(Math.min(...grid.values));
    expect(grid.extent[1]).toBe(Math.max(...grid.values));
  });

  it('shows the class-1 score X^L_1 for two outputs', () => {
    const softmax = networkFromFile(dydaSoftmax);
    const grid = outputGrid(softmax, [0, 1], [0, 1], 1);
    const pass = runPass(softmax, { input: Float64Array.of(0.5, 0.5), target: Float64Array.of(0, 0) });
    expect(grid.values[0]).toBe(pass.X[2]?.[1]);
  });

  it('refuses a network without 2 inputs and a bad resolution', () => {
    const three = networkFromFile({
      ...dyda,
      layers: [3, 2, 2],
      weights: [
        [
          [0, 0, 0, 0],
          [0, 0, 0, 0],
        ],
        dyda.weights[1] as number[][],
      ],
      input: [0, 0, 0],
    });
    expect(() => outputGrid(three, [0, 1], [0, 1], 4)).toThrow('expected a network with 2 inputs, got 3');
    expect(() => outputGrid(network, [0, 1], [0, 1], 0)).toThrow('resolution');
  });
});
