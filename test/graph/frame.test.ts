import { describe, expect, it } from 'vitest';
import { networkFromFile, sampleFromFile } from '../../src/engine/network';
import { trace as computeTrace } from '../../src/engine/trace';
import type { Matrix, Trace } from '../../src/engine/types';
import { frameAt } from '../../src/graph/frame';
import { findPreset, PRESETS } from '../../src/presets';

function traceOf(name: string): Trace {
  const file = findPreset(name)!.file;
  return computeTrace(networkFromFile(file), sampleFromFile(file));
}

const entry = (m: Matrix, i: number, j: number) => m.data[i * m.cols + j];

describe('frameAt(trace, cursor)', () => {
  const dyda = traceOf('dyda');

  it('before the first step shows only the input and the weights: no spoilers', () => {
    const frame = frameAt(dyda, -1);
    expect(frame.nodes.get('n:0:0')?.main?.value).toBe(1);
    expect(frame.nodes.get('n:0:1')?.main?.value).toBe(0);
    for (const id of ['n:1:0', 'n:1:1', 'n:2:0', 'n:2:1'])
      expect(frame.nodes.get(id)).toEqual({ main: null, sub: null });
    expect([...frame.edges.values()].every((e) => e.quantity === 'W')).toBe(true);
    expect(frame.loss).toBeNull();
    expect(frame.writes.size + frame.reads.size).toBe(0);
    expect(frame.flow).toBeNull();
  });

  it('never shows a value whose step is still ahead, at any cursor of any preset', () => {
    for (const preset of PRESETS) {
      const t = traceOf(preset.name);
      for (let cursor = -1; cursor < t.steps.length; cursor++) {
        const written = new Set(
          t.steps.slice(0, cursor + 1).map((s) => `${s.writes.quantity}:${s.writes.layer}`),
        );
        const frame = frameAt(t, cursor);
        for (const { main, sub } of frame.nodes.values())
          for (const shown of [main, sub])
            if (shown && !(shown.quantity === 'X' && shown.layer === 0))
              expect(written.has(`${shown.quantity}:${shown.layer}`), `${preset.name} @${cursor}`).toBe(true);
        for (const shown of frame.edges.values())
          if (shown.quantity !== 'W')
            expect(written.has(`${shown.quantity}:${shown.layer}`), `${preset.name} @${cursor}`).toBe(true);
      }
    }
  });

  it('forward: after Y¹ the hidden neurons show Y¹ only; after X¹ both, X first', () => {
    const y = frameAt(dyda, 0).nodes.get('n:1:0')!;
    expect(y.main).toBeNull();
    expect(y.sub?.quantity).toBe('Y');
    expect(y.sub?.value).toBe(dyda.layers[1]!.Y![0]);
    const x = frameAt(dyda, 1).nodes.get('n:1:1')!;
    expect([x.main?.quantity, x.sub?.quantity]).toEqual(['X', 'Y']);
    expect(x.main?.value).toBe(dyda.layers[1]!.X[1]);
  });

  it('Y¹ = W¹ X⁰ writes layer 1, reads the edges of W¹ and the input with its bias unit, flowing forward', () => {
    const frame = frameAt(dyda, 0);
    expect([...frame.writes].sort()).toEqual(['n:1:0', 'n:1:1']);
    expect(frame.reads.has('1:0->0')).toBe(true);
    expect(frame.reads.has('b:0')).toBe(true);
    expect(frame.reads.has('n:0:1')).toBe(true);
    expect(frame.flow).toEqual({ layer: 1, direction: 'forward' });
  });

  it('backward: δdown then δup on the nodes; δW on the edges once computed; δup flows backward', () => {
    const k = dyda.steps.findIndex((s) => s.kind === 'deltaUp');
    const frame = frameAt(dyda, k);
    const L = dyda.layers.length - 1;
    expect(frame.nodes.get(`n:${L}:0`)?.main).toMatchObject({ quantity: 'deltaDown' });
    expect(frame.nodes.get(`n:${L}:0`)?.sub).toMatchObject({ quantity: 'deltaUp' });
    expect(frame.nodes.get(`n:${L - 1}:1`)?.main).toMatchObject({
      quantity: 'deltaUp',
      value: dyda.layers[L - 1]!.deltaUp[1],
    });
    expect(frame.flow).toEqual({ layer: L, direction: 'backward' });
    // The step multiplies by W^L, so W^L is what its edges show; one step earlier they showed δW^L.
    expect(frame.edges.get(`${L}:1->0`)?.quantity).toBe('W');
    expect(frameAt(dyda, k - 1).edges.get(`${L}:1->0`)).toMatchObject({
      quantity: 'gradW',
      value: entry(dyda.layers[L]!.gradW!, 0, 1),
    });
  });

  it('after each update step its layer shows W̃ and writes every edge of that layer', () => {
    dyda.steps.forEach((step, k) => {
      if (step.kind !== 'update') return;
      const frame = frameAt(dyda, k);
      const h = step.layer;
      const W = dyda.layers[h]!.updatedW!;
      for (let i = 0; i < W.rows; i++)
        for (let j = 0; j < W.cols; j++) {
          expect(frame.edges.get(`${h}:${j}->${i}`)).toMatchObject({
            quantity: 'updatedW',
            value: entry(W, i, j),
          });
          expect(frame.writes.has(`${h}:${j}->${i}`)).toBe(true);
        }
    });
  });

  it('the loss step writes J (the graph shows it once computed)', () => {
    const k = dyda.steps.findIndex((s) => s.kind === 'loss');
    expect(frameAt(dyda, k - 1).loss).toBeNull();
    expect(frameAt(dyda, k).loss).toBe(dyda.loss);
    expect(frameAt(dyda, k).writes.has('loss')).toBe(true);
  });
});
