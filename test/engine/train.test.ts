import { describe, expect, it } from 'vitest';
import {
  batchTrace,
  createTrainer,
  meanLoss,
  networkFromFile,
  sampleFromFile,
  train,
  trace,
} from '../../src/engine';
import type { Matrix, NetworkFile, Sample } from '../../src/engine';
import { dyda } from '../../src/presets/dyda';
import { expectClose } from '../helpers';

const sample = (input: number[], target: number[]): Sample => ({
  input: Float64Array.from(input),
  target: Float64Array.from(target),
});
const XOR: Sample[] = [sample([0, 0], [0]), sample([0, 1], [1]), sample([1, 0], [1]), sample([1, 1], [0])];
// 2-3-1 sigmoid, bias last, fixed starting weights: XOR with a hidden unit to spare trains reliably.
const xorFile: NetworkFile = {
  layers: [2, 3, 1],
  bias: 'last',
  activation: 'sigmoid',
  loss: 'half-sse',
  weights: [
    [
      [0.5, -0.4, 0.1],
      [-0.3, 0.8, -0.2],
      [0.7, 0.6, -0.5],
    ],
    [[0.4, -0.6, 0.9, 0.1]],
  ],
  input: [0, 0],
  target: [0],
  learningRate: 2,
};
const xor = networkFromFile(xorFile);

describe('train(xor, XOR dataset, options)', () => {
  it('drives the mean loss below 0.05 with SGD, for several shuffle seeds', () => {
    for (const shuffleSeed of [1, 2, 3]) {
      const result = train(xor, XOR, { epochs: 2000, batchSize: 1, shuffleSeed });
      expect(result.epochLosses.length).toBe(2000);
      expect(result.iterationLosses.length).toBe(2000 * 4);
      expect(result.epochLosses.at(-1)).toBeLessThan(0.05);
      expect(meanLoss(result.network, XOR)).toBeLessThan(0.05);
      expect(result.epochLosses.at(-1)).toBeLessThan(result.epochLosses[0] as number);
    }
  });

  it('drives it below 0.05 with full-batch gradient descent too', () => {
    const result = train(xor, XOR, { epochs: 4000, batchSize: 4, learningRate: 4, shuffleSeed: 9 });
    expect(result.iterationLosses.length).toBe(4000);
    expect(meanLoss(result.network, XOR)).toBeLessThan(0.05);
  });

  it('is reproducible from its seed, and another seed trains differently', () => {
    const options = { epochs: 5, batchSize: 1, shuffleSeed: 42 };
    const a = train(xor, XOR, options);
    const b = train(xor, XOR, options);
    const c = train(xor, XOR, { ...options, shuffleSeed: 43 });
    expect(a.iterationLosses).toEqual(b.iterationLosses);
    expect(Array.from(a.network.weights[0]?.data ?? [])).toEqual(
      Array.from(b.network.weights[0]?.data ?? []),
    );
    expect(c.iterationLosses).not.toEqual(a.iterationLosses);
  });

  it('leaves the given network alone and returns a frozen copy', () => {
    const before = xor.weights.map((W) => Array.from(W.data));
    const result = train(xor, XOR, { epochs: 3, batchSize: 2, shuffleSeed: 1 });
    expect(xor.weights.map((W) => Array.from(W.data))).toEqual(before);
    expect(Object.isFrozen(result.network)).toBe(true);
    expect(result.network.weights[0]?.data).not.toBe(xor.weights[0]?.data);
  });

  it('names bad options and empty datasets', () => {
    expect(() => train(xor, [], { epochs: 1, batchSize: 1, shuffleSeed: 1 })).toThrow('dataset');
    expect(() => train(xor, XOR, { epochs: 1, batchSize: 0, shuffleSeed: 1 })).toThrow('batchSize');
    expect(() => train(xor, XOR, { epochs: Infinity, batchSize: 1, shuffleSeed: 1 })).toThrow('epochs');
    expect(() => train(xor, [sample([0], [0])], { epochs: 1, batchSize: 1, shuffleSeed: 1 })).toThrow(
      'input',
    );
  });
});

describe('createTrainer(network, dataset, options).step(n)', () => {
  it('in chunks gives exactly what train gives at once', () => {
    const options = { epochs: 7, batchSize: 3, shuffleSeed: 5 };
    const whole = train(xor, XOR, options);
    const trainer = createTrainer(xor, XOR, options);
    let state = trainer.step(2);
    expect([state.iteration, state.done]).toEqual([2, false]);
    // each call returns only its own losses; the caller keeps the history
    const iterationLosses = [...state.iterationLosses];
    const epochLosses = [...state.epochLosses];
    while (!state.done) {
      state = trainer.step(3);
      iterationLosses.push(...state.iterationLosses);
      epochLosses.push(...state.epochLosses);
    }
    // 4 samples in batches of 3: two updates an epoch, the second averaging one sample
    expect(state.iteration).toBe(14);
    expect(state.epoch).toBe(7);
    expect(iterationLosses).toEqual(whole.iterationLosses);
    expect(epochLosses).toEqual(whole.epochLosses);
    expect(trainer.state().iterationLosses).toEqual([]);
    expect(Array.from(state.network.weights[1]?.data ?? [])).toEqual(
      Array.from(whole.network.weights[1]?.data ?? []),
    );
    expect(trainer.step(10).iteration).toBe(14);
  });

  it('one SGD iteration on one sample is the trace’s update W̃ = W − c δW', () => {
    const network = networkFromFile(dyda);
    const s = sampleFromFile(dyda);
    const state = createTrainer(network, [s], { epochs: 1, batchSize: 1, shuffleSeed: 0 }).step(1);
    const t = trace(network, s);
    state.network.weights.forEach((W, index) => {
      expectClose(W.data, (t.layers[index + 1]?.updatedW as Matrix).data, 1e-15);
    });
    expectClose(state.iterationLosses[0] as number, t.loss, 0);
  });
});

describe('batchTrace(network, samples)', () => {
  it('averages δW over the samples (lecture note §4) and updates with the average', () => {
    const batch = batchTrace(xor, XOR);
    expect(batch.traces.length).toBe(4);
    xor.weights.forEach((W, index) => {
      const mean = new Float64Array(W.data.length);
      for (const s of XOR) {
        const g = (trace(xor, s).layers[index + 1]?.gradW as Matrix).data;
        g.forEach((value, k) => (mean[k] = (mean[k] as number) + value / XOR.length));
      }
      expectClose((batch.gradW[index] as Matrix).data, mean, 1e-15);
      const updated = Array.from(W.data, (w, k) => w - xor.learningRate * (mean[k] as number));
      expectClose((batch.updatedW[index] as Matrix).data, updated, 1e-15);
    });
    expectClose(batch.loss, XOR.reduce((sum, s) => sum + trace(xor, s).loss, 0) / 4, 1e-15);
  });

  it('of one sample is that sample’s trace', () => {
    const network = networkFromFile(dyda);
    const batch = batchTrace(network, [sampleFromFile(dyda)]);
    const t = trace(network, sampleFromFile(dyda));
    expect(Array.from(batch.gradW[1]?.data ?? [])).toEqual(Array.from(t.layers[2]?.gradW?.data ?? []));
    expect(batch.loss).toBe(t.loss);
  });

  it('a full-batch trainer step equals the batch trace’s update', () => {
    const batch = batchTrace(xor, XOR);
    const state = createTrainer(xor, XOR, { epochs: 1, batchSize: 4, shuffleSeed: 3 }).step(1);
    state.network.weights.forEach((W, index) =>
      expectClose(W.data, (batch.updatedW[index] as Matrix).data, 1e-15),
    );
  });

  it('refuses an empty batch', () => {
    expect(() => batchTrace(xor, [])).toThrow('samples: expected at least one sample');
  });
});
