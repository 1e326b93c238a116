import { describe, expect, it } from 'vitest';
import { addLayer, networkFromFile, outputGrid, runPass, setBias } from '../../src/engine';
import type { EditResult, NetworkFile } from '../../src/engine';
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

  it.each(['first', 'last', 'none'] as const)(
    'equals runPass in every cell, bias %s, two hidden layers',
    (bias) => {
      const ok = (result: EditResult): NetworkFile => {
        if (!result.ok) throw new Error(result.error);
        return result.file;
      };
      const shallow: NetworkFile = {
        ...dyda,
        layers: [2, 1],
        weights: [[[0.2, -0.7, 0.4]]],
        activation: 'sigmoid',
        target: [0],
      };
      const file = {
        ...ok(addLayer(ok(addLayer(shallow, 1, 5, 4)), 2, 3, 5)),
        activation: ['tanh', 'relu', 'sigmoid'],
      } as NetworkFile;
      const edited = setBias(file, bias);
      if (!edited.ok) throw new Error(edited.error);
      const deep = networkFromFile(edited.file);
      const grid = outputGrid(deep, [-2, 2], [-1, 3], 7);
      for (let row = 0; row < 7; row++) {
        for (let column = 0; column < 7; column++) {
          const step = 4 / 7; // both domains are 4 wide
          const input = Float64Array.of(-2 + (column + 0.5) * step, 3 - (row + 0.5) * step);
          const pass = runPass(deep, { input, target: Float64Array.of(0) });
          expect(grid.values[row * 7 + column]).toBe(pass.X[3]?.[0]);
        }
      }
    },
  );

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
