import { describe, expect, it } from 'vitest';
import {
  addLayer,
  addNeuron,
  networkFromFile,
  removeLayer,
  removeNeuron,
  sampleFromFile,
  setActivation,
  setBias,
  setInput,
  setLearningRate,
  setLoss,
  setTarget,
  setWeight,
  trace,
  withEntry,
} from '../../src/engine';
import type { EditResult, NetworkFile } from '../../src/engine';
import { dyda } from '../../src/presets/dyda';
import { expectClose } from '../helpers';

const frozen = structuredClone(dyda);
function ok(result: EditResult): NetworkFile {
  if (!result.ok) throw new Error(`expected the edit to be accepted, got: ${result.error}`);
  return result.file;
}
function refused(result: EditResult, message: string): void {
  expect(result).toEqual({ ok: false, error: message });
  expect(dyda).toEqual(frozen); // nothing changed
}
/** Output X^L of a file's network on its own sample. */
const output = (file: NetworkFile) =>
  Array.from(trace(networkFromFile(file), sampleFromFile(file)).layers.at(-1)?.X ?? []);

describe('setWeight', () => {
  it('changes W^h_ij alone and the downstream numbers equal a fresh trace', () => {
    const edited = ok(setWeight(dyda, 1, 0, 1, 0.9));
    expect(edited.weights[0]?.[0]).toEqual([0.1, 0.9, 0.3]);
    expect(dyda.weights[0]?.[0]).toEqual([0.1, -0.2, 0.3]);
    const network = networkFromFile(dyda);
    const byHand = { ...network, weights: [withEntry(network.weights[0]!, 0, 1, 0.9), network.weights[1]!] };
    const fresh = trace(byHand, sampleFromFile(dyda));
    const got = trace(networkFromFile(edited), sampleFromFile(edited));
    // Y¹₀ = 0.1·1 + 0.9·1 + 0.3·0 = 1 (bias first, input [1, 0])
    expectClose(got.layers[1]?.Y?.[0] ?? NaN, 1, 1e-15);
    expect(got.loss).toBe(fresh.loss);
    for (let h = 0; h < got.layers.length; h++) {
      expect(got.layers[h]?.X).toEqual(fresh.layers[h]?.X);
      expect(got.layers[h]?.deltaUp).toEqual(fresh.layers[h]?.deltaUp);
      expect(got.layers[h]?.gradW).toEqual(fresh.layers[h]?.gradW);
    }
    expect(got.loss).not.toBe(trace(network, sampleFromFile(dyda)).loss);
  });

  it('refuses a bad layer, index or number', () => {
    refused(setWeight(dyda, 3, 0, 0, 1), 'layer: expected 1 to 2, got 3');
    refused(setWeight(dyda, 1, 2, 0, 1), 'row i of W^1: expected a whole number from 0 to 1, got 2');
    refused(setWeight(dyda, 1, 0, 3, 1), 'column j of W^1: expected a whole number from 0 to 2, got 3');
    refused(setWeight(dyda, 1, 0, 0, NaN), 'W^1[0][0]: expected a finite number, got NaN');
    refused(setWeight(dyda, 1, 0, 0, Infinity), 'W^1[0][0]: expected a finite number, got Infinity');
  });
});

describe('architecture', () => {
  it('addLayer inserts a hidden layer with seeded new weights and keeps the others', () => {
    const edited = ok(addLayer(dyda, 2, 3, 7));
    expect(edited.layers).toEqual([2, 2, 3, 2]);
    expect(edited.weights.map((W) => [W.length, W[0]?.length])).toEqual([
      [2, 3],
      [3, 3],
      [2, 4],
    ]);
    expect(edited.weights[0]).toEqual(dyda.weights[0]);
    expect(ok(addLayer(dyda, 2, 3, 7))).toEqual(edited);
    expect(ok(addLayer(dyda, 2, 3, 8)).weights[1]).not.toEqual(edited.weights[1]);
    expect(output(edited)).toHaveLength(2);
  });

  it('addLayer before a softmax output gives the new layer sigmoid', () => {
    const softmax = { ...dyda, activation: ['tanh', 'softmax'] } as NetworkFile;
    expect(ok(addLayer(softmax, 2, 2)).activation).toEqual(['tanh', 'sigmoid', 'softmax']);
    expect(ok(addLayer(softmax, 1, 2)).activation).toEqual(['tanh', 'tanh', 'softmax']);
  });

  it('removeLayer joins two layers with seeded weights', () => {
    const deep = ok(addLayer(dyda, 2, 3));
    const back = ok(removeLayer(deep, 2));
    expect(back.layers).toEqual([2, 2, 2]);
    expect(back.weights[0]).toEqual(dyda.weights[0]);
    expect(back.weights[1]?.map((row) => row.length)).toEqual([3, 3]);
  });

  it('refuses bad layer edits', () => {
    refused(addLayer(dyda, 0, 2), 'position: expected a hidden position from 1 to 2, got 0');
    refused(addLayer(dyda, 1, 0), 'size: expected a whole number ≥ 1, got 0');
    refused(removeLayer(dyda, 2), 'layer: expected a hidden layer from 1 to 1, got 2');
    const shallow = { ...dyda, layers: [2, 2], weights: [dyda.weights[0] as number[][]] };
    expect(removeLayer(shallow, 1)).toEqual({
      ok: false,
      error: 'layers: the network has no hidden layer to remove',
    });
  });

  it('addNeuron adds a row and a column, keeping every other weight', () => {
    const edited = ok(addNeuron(dyda, 1, 3));
    expect(edited.layers).toEqual([2, 3, 2]);
    expect(edited.weights[0]?.slice(0, 2)).toEqual(dyda.weights[0]);
    // bias first: the new neuron's column is appended after the genuine ones
    expect(edited.weights[1]?.map((row) => row.slice(0, 3))).toEqual(dyda.weights[1]);
    expect(edited.weights[1]?.map((row) => row.length)).toEqual([4, 4]);
    expect(ok(addNeuron(dyda, 0)).input).toEqual([1, 0, 0]);
    expect(ok(addNeuron(dyda, 2)).target).toEqual([1, 0, 0]);
  });

  it('removeNeuron drops its row and column; with bias last the bias column stays last', () => {
    const edited = ok(removeNeuron(dyda, 1, 0));
    expect(edited.layers).toEqual([2, 1, 2]);
    expect(edited.weights[0]).toEqual([[-0.4, 0.5, -0.6]]);
    expect(edited.weights[1]).toEqual([
      [0.15, 0.35],
      [-0.45, -0.65],
    ]);
    const last = ok(setBias(dyda, 'last'));
    expect(ok(removeNeuron(last, 1, 1)).weights[1]).toEqual([
      [-0.25, 0.15],
      [0.55, -0.45],
    ]);
    expect(ok(removeNeuron(dyda, 0, 1)).input).toEqual([1]);
  });

  it('refuses to remove the last neuron of a layer or a neuron that is not there', () => {
    const thin = ok(removeNeuron(dyda, 1, 0));
    expect(removeNeuron(thin, 1, 0)).toEqual({
      ok: false,
      error: 'layer 1: cannot remove its last neuron; remove the layer instead',
    });
    refused(removeNeuron(dyda, 1, 5), 'neuron of layer 1: expected a whole number from 0 to 1, got 5');
    refused(addNeuron(dyda, 3), 'layer: expected 0 to 2, got 3');
  });
});

describe('settings', () => {
  it('setActivation per layer and for all; softmax only last', () => {
    expect(ok(setActivation(dyda, 2, 'softmax')).activation).toEqual(['sigmoid', 'softmax']);
    expect(ok(setActivation(dyda, 'all', 'tanh')).activation).toBe('tanh');
    expect(ok(setActivation({ ...dyda, activation: ['relu', 'sigmoid'] }, 1, 'sigmoid')).activation).toBe(
      'sigmoid',
    );
    refused(
      setActivation(dyda, 1, 'softmax'),
      'activation: softmax is allowed on the last layer only (layer 2), not layer 1',
    );
    refused(setActivation(dyda, 'all', 'softmax'), 'activation: softmax is allowed on the last layer only');
    refused(
      setActivation(dyda, 1, 'swish' as never),
      'activation: expected one of sigmoid, tanh, relu, leaky-relu, identity, softmax, got swish',
    );
  });

  it('setBias moves the bias column and keeps every number of the trace', () => {
    const last = ok(setBias(dyda, 'last'));
    expect(last.weights[0]?.[0]).toEqual([-0.2, 0.3, 0.1]);
    expect(ok(setBias(last, 'first')).weights).toEqual(dyda.weights);
    expect(output(last)).toEqual(output(dyda));
    const none = ok(setBias(dyda, 'none'));
    expect(none.weights[0]?.[0]).toEqual([-0.2, 0.3]);
    const again = ok(setBias(none, 'first'));
    expect(again.weights[0]?.[0]).toEqual([0, -0.2, 0.3]);
    expect(output(again)).toEqual(output(none));
    refused(setBias(dyda, 'middle' as never), 'bias: expected one of first, last, none, got middle');
  });

  it('setLoss, setLearningRate', () => {
    expect(ok(setLoss(dyda, 'cross-entropy')).loss).toBe('cross-entropy');
    refused(
      setLoss(dyda, 'hinge' as never),
      'loss: expected one of half-sse, difference, cross-entropy, got hinge',
    );
    expect(ok(setLearningRate(dyda, 0.5)).learningRate).toBe(0.5);
    refused(setLearningRate(dyda, 0), 'learning rate: expected a finite number > 0, got 0');
    refused(setLearningRate(dyda, -1), 'learning rate: expected a finite number > 0, got -1');
    refused(setLearningRate(dyda, NaN), 'learning rate: expected a finite number > 0, got NaN');
  });

  it('setInput, setTarget', () => {
    expect(ok(setInput(dyda, 1, 0.5)).input).toEqual([1, 0.5]);
    expect(ok(setTarget(dyda, 0, 0.25)).target).toEqual([0.25, 0]);
    refused(setInput(dyda, 2, 1), 'input coordinate: expected a whole number from 0 to 1, got 2');
    refused(setTarget(dyda, 0, Infinity), 'target[0]: expected a finite number, got Infinity');
  });
});
