import { describe, expect, it } from 'vitest';
import { networkFromFile, sampleFromFile, trace } from '../../src/engine';
import type { QuantityRef, Step } from '../../src/engine';
import { dyda, dydaSoftmax } from '../../src/presets/dyda';

const ref = (quantity: QuantityRef['quantity'], layer: number): QuantityRef => ({ quantity, layer });
const summary = (step: Step) => ({
  kind: step.kind,
  phase: step.phase,
  layer: step.layer,
  writes: step.writes,
  reads: step.reads,
});

describe('trace(dyda).steps', () => {
  const t = trace(networkFromFile(dyda), sampleFromFile(dyda));

  it('has the 14 steps of design.md in order, each writing and reading the right quantities', () => {
    expect(t.steps.map(summary)).toEqual([
      {
        kind: 'preActivation',
        phase: 'forward',
        layer: 1,
        writes: ref('Y', 1),
        reads: [ref('W', 1), ref('X', 0)],
      },
      { kind: 'activation', phase: 'forward', layer: 1, writes: ref('X', 1), reads: [ref('Y', 1)] },
      {
        kind: 'preActivation',
        phase: 'forward',
        layer: 2,
        writes: ref('Y', 2),
        reads: [ref('W', 2), ref('X', 1)],
      },
      { kind: 'activation', phase: 'forward', layer: 2, writes: ref('X', 2), reads: [ref('Y', 2)] },
      {
        kind: 'loss',
        phase: 'loss',
        layer: 2,
        writes: ref('loss', 2),
        reads: [ref('X', 2), ref('target', 2)],
      },
      {
        kind: 'outputError',
        phase: 'backward',
        layer: 2,
        writes: ref('deltaUp', 2),
        reads: [ref('X', 2), ref('target', 2)],
      },
      {
        kind: 'deltaDown',
        phase: 'backward',
        layer: 2,
        writes: ref('deltaDown', 2),
        reads: [ref('deltaUp', 2), ref('activationDerivative', 2)],
      },
      {
        kind: 'gradW',
        phase: 'backward',
        layer: 2,
        writes: ref('gradW', 2),
        reads: [ref('deltaDown', 2), ref('X', 1)],
      },
      {
        kind: 'deltaUp',
        phase: 'backward',
        layer: 2,
        writes: ref('deltaUp', 1),
        reads: [ref('W', 2), ref('deltaDown', 2)],
      },
      {
        kind: 'deltaDown',
        phase: 'backward',
        layer: 1,
        writes: ref('deltaDown', 1),
        reads: [ref('deltaUp', 1), ref('activationDerivative', 1)],
      },
      {
        kind: 'gradW',
        phase: 'backward',
        layer: 1,
        writes: ref('gradW', 1),
        reads: [ref('deltaDown', 1), ref('X', 0)],
      },
      {
        kind: 'deltaUp',
        phase: 'backward',
        layer: 1,
        writes: ref('deltaUp', 0),
        reads: [ref('W', 1), ref('deltaDown', 1)],
      },
      {
        kind: 'update',
        phase: 'update',
        layer: 1,
        writes: ref('updatedW', 1),
        reads: [ref('W', 1), ref('gradW', 1)],
      },
      {
        kind: 'update',
        phase: 'update',
        layer: 2,
        writes: ref('updatedW', 2),
        reads: [ref('W', 2), ref('gradW', 2)],
      },
    ]);
    expect(t.steps.map((step) => step.index)).toEqual([...Array(14).keys()]);
  });

  it('every step reads only what an earlier step wrote, or the givens (W, X^0, target)', () => {
    const written = new Set(['W', 'X:0', 'target']);
    const key = (r: QuantityRef) =>
      r.quantity === 'W' || r.quantity === 'target' ? r.quantity : `${r.quantity}:${r.layer}`;
    for (const step of t.steps) {
      for (const read of step.reads) {
        // σ′(Y^h) is written together with X^h by the activation step
        const k = read.quantity === 'activationDerivative' ? `X:${read.layer}` : key(read);
        expect(written.has(k), `step ${step.index} (${step.kind}) reads ${k} before it is written`).toBe(
          true,
        );
      }
      written.add(key(step.writes));
    }
  });

  it('elementwise δdown for the sigmoid layers; softmax + cross-entropy reads X and y (Dyda remark 5)', () => {
    expect(t.steps.filter((s) => s.kind === 'deltaDown').map((s) => s.rule)).toEqual([
      'elementwise',
      'elementwise',
    ]);
    const soft = trace(networkFromFile(dydaSoftmax), sampleFromFile(dydaSoftmax));
    const last = soft.steps.find((s) => s.kind === 'deltaDown' && s.layer === 2);
    expect(last?.rule).toBe('softmax-cross-entropy');
    expect(last?.reads).toEqual([ref('X', 2), ref('target', 2)]);
  });
});

describe('trace(network, sample) is immutable and leaves its inputs alone', () => {
  it('freezes the trace, its layers and its steps, and never mutates the network', () => {
    const network = networkFromFile(dyda);
    const before = network.weights.map((W) => Array.from(W.data));
    const t = trace(network, sampleFromFile(dyda));
    expect(Object.isFrozen(t)).toBe(true);
    expect(Object.isFrozen(t.layers)).toBe(true);
    expect(t.layers.every((layer) => Object.isFrozen(layer))).toBe(true);
    expect(Object.isFrozen(t.steps)).toBe(true);
    expect(network.weights.map((W) => Array.from(W.data))).toEqual(before);
    expect(t.layers[2]?.updatedW?.data).not.toBe(network.weights[1]?.data);
  });

  it('names what does not fit when the sample does not match the network', () => {
    const network = networkFromFile(dyda);
    expect(() => trace(network, { input: Float64Array.of(1), target: Float64Array.of(1, 0) })).toThrow(
      'input: expected 2 numbers (N0), got 1',
    );
    expect(() => trace(network, { input: Float64Array.of(1, 0), target: Float64Array.of(1) })).toThrow(
      'target: expected 2 numbers (NL), got 1',
    );
  });
});
