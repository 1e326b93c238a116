import { describe, expect, it } from 'vitest';
import { NOTATIONS, networkFromFile, sampleFromFile, symbolFor, trace } from '../../src/engine';
import { narrate } from '../../src/engine/narration';
import { dyda, dydaSoftmax } from '../../src/presets/dyda';

const dydaTrace = trace(networkFromFile(dyda), sampleFromFile(dyda));

describe('narrate', () => {
  it.each(NOTATIONS)(
    'gives every step of Dyda a distinct, non-empty line with its symbols (%s)',
    (notation) => {
      const lines = dydaTrace.steps.map((step) => narrate(dydaTrace, step, notation));
      expect(lines).toHaveLength(14);
      for (const line of lines) expect(line.length).toBeGreaterThan(20);
      expect(new Set(lines).size).toBe(lines.length);
      dydaTrace.steps.forEach((step, k) => {
        const written = symbolFor(notation, step.writes.quantity, { layer: step.writes.layer }).text;
        expect(lines[k]?.startsWith(`${written} = `)).toBe(true);
        for (const read of step.reads) {
          if (read.quantity === 'activationDerivative' || read.quantity === 'target') continue;
          const symbol = symbolFor(
            notation,
            // (the lecture note writes the bias apart: a, not â)
            read.quantity === 'X' &&
              (step.kind === 'preActivation' || step.kind === 'gradW') &&
              notation !== 'lecture'
              ? 'XWithBias'
              : read.quantity,
            { layer: read.layer },
          ).text;
          expect(lines[k]?.replace('♯', '')).toContain(symbol);
        }
      });
    },
  );

  it('reads the handout examples in Boughammoura notation', () => {
    const line = (k: number) => narrate(dydaTrace, dydaTrace.steps[k]!, 'boughammoura');
    expect(line(0)).toBe('Y¹ = W¹ X̂⁰: each neuron of layer 1 sums its weighted inputs, bias included');
    expect(line(6)).toBe("δdown₂ = δup₂ ⊙ σ'(Y²): the output error scaled by the slope of the sigmoid");
    expect(line(8)).toBe(
      'δup₁ = (W♯²)ᵀ δdown₂: the error sent back through the weights, the bias column dropped',
    );
    expect(line(1)).toContain('sigmoid');
    expect(line(4)).toContain('½‖X² − y‖²');
  });

  it('names the layer the lecture note way and its symbols', () => {
    expect(narrate(dydaTrace, dydaTrace.steps[0]!, 'lecture')).toContain('layer 2');
    expect(narrate(dydaTrace, dydaTrace.steps[6]!, 'dyda')).toContain("φ'(net⁽²⁾)");
    // the activation's symbol as the notation writes it, as its equations do: φ in Dyda's, σ in Boughammoura's
    expect(narrate(dydaTrace, dydaTrace.steps[1]!, 'dyda')).toMatch(/^a⁽¹⁾ = φ\(net⁽¹⁾\): /);
    expect(narrate(dydaTrace, dydaTrace.steps[1]!, 'boughammoura')).toMatch(/^X¹ = σ\(Y¹\): /);
  });

  it('writes the bias apart in the lecture notation, as its equations do; the others fold it into W', () => {
    const say = (k: number) => narrate(dydaTrace, dydaTrace.steps[k]!, 'lecture');
    expect(say(0)).toMatch(/^z² = W² a¹ \+ b²: /);
    expect(say(7)).toMatch(/^∂C\/∂W³ = Δ³ \(a²\)ᵀ, ∂C\/∂b³ = Δ³: /);
    expect(say(8)).toMatch(/^∂C\/∂a² = \(W³\)ᵀ Δ³: the error sent back through the weights$/);
    expect(say(12)).toMatch(/^W̃² = W² − c ∂C\/∂W², b̃² = b² − c ∂C\/∂b²: /);
    for (const k of [0, 7, 8, 12]) expect(say(k)).not.toMatch(/â|♯|dropped/);
    expect(narrate(dydaTrace, dydaTrace.steps[8]!, 'dyda')).toContain('the bias column dropped');
  });

  it('uses the softmax + cross-entropy shortcut of Dyda remark 5', () => {
    const t = trace(networkFromFile(dydaSoftmax), sampleFromFile(dydaSoftmax));
    const down = t.steps.find((s) => s.kind === 'deltaDown' && s.layer === 2)!;
    expect(narrate(t, down, 'boughammoura')).toMatch(/^δdown₂ = X² − y: softmax and cross-entropy/);
    const act = t.steps.find((s) => s.kind === 'activation' && s.layer === 2)!;
    expect(narrate(t, act, 'boughammoura')).toContain('softmax(Y²)');
    expect(
      narrate(
        t,
        t.steps.find((s) => s.kind === 'loss')!,
        'boughammoura',
      ),
    ).toContain('log');
  });

  it('names tanh, ReLU and the identity', () => {
    const file = { ...dyda, activation: ['tanh', 'relu'] } as typeof dyda;
    const t = trace(networkFromFile(file), sampleFromFile(file));
    const lines = t.steps.map((s) => narrate(t, s, 'cheng'));
    expect(lines[1]).toContain('tanh');
    expect(lines[3]).toContain('ReLU');
  });
});
