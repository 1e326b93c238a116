import { describe, expect, it, test } from 'vitest';
import { networkFromFile, sampleFromFile, trace, traceToJson } from '../../src/engine';
import type { NetworkFile } from '../../src/engine';
import { firstNonFinite, type TraceJson } from '../../src/engine/traceJson';
import { PRESETS } from '../../src/presets';

describe('traceToJson', () => {
  it.each(PRESETS.map((p) => [p.name, p.file] as const))('%s: the design.md shape', (_, file) => {
    const t = trace(networkFromFile(file), sampleFromFile(file));
    const json = traceToJson(t);
    expect(json.loss).toBe(t.loss); // full precision
    expect(json.layers).toHaveLength(file.layers.length);
    const L = file.layers.length - 1;
    json.layers.forEach((layer, h) => {
      const n = file.layers[h] as number;
      expect(layer.X).toHaveLength(n); // never the constant 1
      expect(layer.deltaUp).toHaveLength(n);
      if (h === 0) {
        expect(Object.keys(layer)).not.toContain('Y');
        return;
      }
      expect(layer.Y).toHaveLength(n);
      expect(layer.gradW).toEqual(expect.any(Array));
      expect(layer.gradW?.map((row) => row.length)).toEqual(file.weights[h - 1]?.map((row) => row.length));
      expect(layer.updatedW?.map((row) => row.length)).toEqual(file.weights[h - 1]?.map((row) => row.length));
      expect(layer.amplification?.map((row) => row.length)).toEqual(new Array(n).fill(file.layers[L]));
    });
    expect(json.steps.map((s) => s.kind)).toEqual(t.steps.map((s) => s.kind));
    expect(JSON.parse(JSON.stringify(json))).toEqual(json); // plain data
  });

  it('writes −0 as 0', () => {
    // A relu layer at a negative weighted sum gives σ'(Y) = 0, so δdown = δup · 0, −0 when δup < 0.
    const file: NetworkFile = {
      layers: [1, 1],
      bias: 'none',
      activation: 'relu',
      loss: 'half-sse',
      weights: [[[-1]]],
      input: [1],
      target: [1],
    };
    const t = trace(networkFromFile(file), sampleFromFile(file));
    const json = traceToJson(t);
    const all = JSON.stringify(json);
    expect(all).not.toContain('-0,');
    const values = [
      ...json.layers[1]!.deltaDown!,
      ...json.layers[1]!.gradW!.flat(),
      ...json.layers[0]!.deltaUp,
    ];
    expect(values.every((v) => !Object.is(v, -0))).toBe(true);
  });
});

describe('firstNonFinite', () => {
  const json = (layer: Record<string, unknown>, loss = 1) =>
    ({ loss, layers: [{ X: [1], deltaUp: [0], ...layer }], network: {}, steps: [] }) as unknown as TraceJson;
  test('names the first number JSON cannot write, with its path', () => {
    expect(firstNonFinite(json({}))).toBeNull();
    expect(firstNonFinite(json({}, Infinity))).toBe('loss (Infinity)');
    expect(firstNonFinite(json({ deltaUp: [0, NaN] }))).toBe('layers[0].deltaUp[1] (NaN)');
    expect(
      firstNonFinite(
        json({
          gradW: [
            [1, 2],
            [3, -Infinity],
          ],
        }),
      ),
    ).toBe('layers[0].gradW[1][1] (-Infinity)');
  });
});
