// The lecture notation writes the bias as the lecture note does (seed 003): a vector b^l of its own, z^l =
// W^l a^{l-1} + b^l with W^l over the genuine neurons of layer l − 1, ∂C/∂w^l_{jk} = a^{l-1}_k δ^l_j and
// ∂C/∂b^l_j = δ^l_j. The engine keeps the bias as a column of W (Dyda's first, Boughammoura's last): only the
// names and the written equations change, and every number in them is the trace's.
import katex from 'katex';
import { describe, expect, it } from 'vitest';
import {
  entryFormula,
  networkFromFile,
  sampleFromFile,
  stepEquation,
  symbolFor,
  trace,
} from '../../src/engine';
import type { Matrix, NetworkFile, Step, Trace, Vector } from '../../src/engine';
import { workedExample } from '../../src/engine/report/workedExample';
import { dyda } from '../../src/presets/dyda';
import { lecture342 } from '../../src/presets/others';
import { expectAllPrinted, expectClose } from '../helpers';

const traceOf = (file: NetworkFile): Trace => trace(networkFromFile(file), sampleFromFile(file));
const t = traceOf(dyda);

/** The numbers of every bracketed matrix of a TeX string, in order, each as its rows. */
function matrices(tex: string): number[][][] {
  return [...tex.matchAll(/\\begin\{bmatrix\}(.*?)\\end\{bmatrix\}/g)].map((m) =>
    m[1]!
      .split('\\\\')
      .map((row) =>
        row.split('&').map((cell) => Number(cell.trim().replace(/\\times 10\^\{(-?\d+)\}/, 'e$1'))),
      ),
  );
}

/** Row-major entries of W^h with or without its bias column (Dyda's: the first). */
function columns(m: Matrix, keep: (j: number) => boolean): number[][] {
  return Array.from({ length: m.rows }, (_, i) =>
    Array.from(m.data.subarray(i * m.cols, (i + 1) * m.cols)).filter((_, j) => keep(j)),
  );
}
const weightsOf = (m: Matrix) => columns(m, (j) => j !== 0);
const biasOf = (m: Matrix) => columns(m, (j) => j === 0);
const column = (v: Vector) => Array.from(v, (x) => [x]);

const stepOf = (kind: Step['kind'], layer: number): Step =>
  t.steps.find((s) => s.kind === kind && s.layer === layer)!;

/** The equation at 8 decimals, typeset by KaTeX (it must be valid TeX) and its matrices read back. */
function lectureEquation(kind: Step['kind'], layer: number) {
  const equation = stepEquation(t, stepOf(kind, layer), 'lecture', 8);
  for (const tex of [equation.symbolic, equation.substituted]) {
    expect(() => katex.renderToString(tex, { throwOnError: true })).not.toThrow();
    expect(tex).not.toContain('\\hat');
    expect(tex).not.toContain('\\textcolor'); // nothing computed and then dropped
  }
  return { ...equation, numbers: matrices(equation.substituted) };
}

const expectMatrices = (actual: number[][][], expected: number[][][]) => {
  expect(actual.map((m) => [m.length, m[0]!.length])).toEqual(expected.map((m) => [m.length, m[0]!.length]));
  actual.forEach((m, k) => expectClose(m.flat(), expected[k]!.flat(), 5e-9));
};

describe('lecture notation: names of W’s entries on Dyda’s network (bias first)', () => {
  it('the bias column is b^l_j, the others W^l_{jk} with k over the neurons below', () => {
    // Dyda's W^{[1]} = [[0.1, −0.2, 0.3], [−0.4, 0.5, −0.6]]: 0.1 is the bias of hidden neuron 1, −0.2 the weight
    // from input 1, so in the lecture note b²₁ = 0.1 and w²₁₁ = −0.2.
    expect(entryFormula(t, 'W', 1, 0, 0, 'lecture', 8).text).toBe('b²₁ = 0.1 (initial bias)');
    expect(entryFormula(t, 'W', 1, 0, 1, 'lecture', 8).text).toBe('W²₁₁ = −0.2 (initial weight)');
    expect(entryFormula(t, 'W', 1, 1, 2, 'lecture', 8).text).toBe('W²₂₂ = −0.6 (initial weight)');
  });

  it('∂C/∂b^l_j = δ^l_j and ∂C/∂w^l_{jk} = a^{l-1}_k δ^l_j (eqs. 5, 6), with the trace’s numbers', () => {
    const g = t.layers[2]!.gradW!;
    const bias = entryFormula(t, 'gradW', 2, 1, 0, 'lecture', 8);
    expect(bias.text).toBe('∂C/∂b³₂ = δ³₂ = 0.0864191');
    expect(bias.value).toBe(g.data[g.cols]);
    const weight = entryFormula(t, 'gradW', 2, 0, 2, 'lecture', 8);
    expect(weight.text).toBe('∂C/∂W³₁₂ = a²₂ · δ³₁ = 0.52497919 × (−0.11033497) = −0.05792356');
    expect(weight.value).toBe(g.data[2]);
  });

  it('the update names b̃ and W̃', () => {
    expect(entryFormula(t, 'updatedW', 2, 0, 0, 'lecture', 8).text).toBe(
      'b̃³₁ = b³₁ − c · ∂C/∂b³₁ = 0.15 − 0.1 × (−0.11033497) = 0.1610335',
    );
    expect(entryFormula(t, 'updatedW', 2, 0, 1, 'lecture', 8).text).toMatch(
      /^W̃³₁₁ = W³₁₁ − c · ∂C\/∂W³₁₁ = /,
    );
  });

  it('a weighted sum is Σ_k w_{jk} a_k + b_j, the bias written after any elided terms', () => {
    expect(entryFormula(t, 'Y', 1, 0, undefined, 'lecture', 8).text).toBe(
      'z²₁ = W²₁₁ · a¹₁ + W²₁₂ · a¹₂ + b²₁ = (−0.2) × 1 + 0.3 × 0 + 0.1 = −0.1',
    );
    const wide = traceOf({
      layers: [7, 1],
      bias: 'last',
      activation: 'sigmoid',
      loss: 'half-sse',
      weights: [[[0.1, 0.2, 0.3, 0.4, 0.5, 0.6, 0.7, -0.25]]],
      input: [1, 1, 1, 1, 1, 1, 1],
      target: [1],
    });
    const sum = entryFormula(wide, 'Y', 1, 0, undefined, 'lecture', 4);
    expect(sum.text).toMatch(
      /^z²₁ = W²₁₁ · a¹₁ \+ .* \+ … \+ \(7 terms\) \+ b²₁ = .* \+ \(−0\.25\) = 2\.55$/,
    );
  });

  it('one layer back sums over the weights alone', () => {
    expect(entryFormula(t, 'deltaUp', 1, 0, undefined, 'lecture', 8).text).toBe(
      '∂C/∂a²₁ = W³₁₁ · δ³₁ + W³₂₁ · δ³₂ = (−0.25) × (−0.11033497) + 0.55 × 0.0864191 = 0.07511425',
    );
  });

  it('symbolFor: b^l_j at the bias column in either layout; W^l_{jk} as it stands without a bias', () => {
    const name = (bias: 'first' | 'last' | 'none', j: number) =>
      symbolFor('lecture', 'W', { layer: 1, i: 1, j, bias, inputs: 3 }).text;
    expect([0, 1, 2, 3].map((j) => name('first', j))).toEqual(['b²₂', 'W²₂₁', 'W²₂₂', 'W²₂₃']);
    expect([0, 1, 2, 3].map((j) => name('last', j))).toEqual(['W²₂₁', 'W²₂₂', 'W²₂₃', 'b²₂']);
    expect([0, 1, 2].map((j) => name('none', j))).toEqual(['W²₂₁', 'W²₂₂', 'W²₂₃']);
    // The bias column as a whole is the vector b^l, its gradient and its update.
    const whole = (q: 'W' | 'gradW' | 'updatedW') =>
      symbolFor('lecture', q, { layer: 1, j: 3, bias: 'last', inputs: 3 }).tex;
    expect([whole('W'), whole('gradW'), whole('updatedW')]).toEqual([
      'b^{2}',
      '\\frac{\\partial C}{\\partial b^{2}}',
      '\\widetilde{b}^{2}',
    ]);
  });
});

describe('lecture notation: the step equations on Dyda’s network, with the handout’s numbers', () => {
  it('forward: z² = W² a¹ + b², W² without its bias column', () => {
    const e = lectureEquation('preActivation', 1);
    expect(e.symbolic).toBe('z^{2} = W^{2}\\,a^{1} + b^{2}');
    expect(e.substituted).toContain(' + \\begin{bmatrix}');
    const W = t.layers[1]!.W!;
    expectMatrices(e.numbers, [weightsOf(W), column(t.layers[0]!.X), biasOf(W), column(t.layers[1]!.Y!)]);
    expectAllPrinted(e.numbers[3]!.flat(), ['-0.1', '0.1'], 'net^{[1]}');
    expectAllPrinted(weightsOf(W).flat(), ['-0.2', '0.3', '0.5', '-0.6'], 'W^{[1]} without its bias');
  });

  it('the output layer too: z³ = W³ a² + b², a² = σ(z²) from the handout', () => {
    const e = lectureEquation('preActivation', 2);
    expect(e.symbolic).toBe('z^{3} = W^{3}\\,a^{2} + b^{3}');
    expectAllPrinted(e.numbers[1]!.flat(), ['0.47502081', '0.52497919'], 'a^{[1]}');
    expectAllPrinted(e.numbers[3]!.flat(), ['0.21498751', '-0.52997502'], 'net^{[2]}');
  });

  it('∂C/∂W² = Δ² (a¹)^T and ∂C/∂b² = Δ², the handout’s ∂L/∂W^{[1]} split', () => {
    const e = lectureEquation('gradW', 1);
    // The rule's line is ∂C/∂W's; ∂C/∂b's statement follows ∂C/∂W's result, whole, with its own name (in the
    // rule's line, presentation mode wrote ∂C/∂b = Δ = [the 2×2 ∂C/∂W]).
    expect(e.symbolic).toBe('\\frac{\\partial C}{\\partial W^{2}} = \\Delta^{2}\\,\\left(a^{1}\\right)^{T}');
    expect(e.substituted).toMatch(
      /\\end\{bmatrix\}, \\quad \{\\frac\{\\partial C\}\{\\partial b\^\{2\}\} = \\Delta\^\{2\} = \\begin\{bmatrix\}[^{}]*\\end\{bmatrix\}\}$/,
    );
    const layer = t.layers[1]!;
    expectMatrices(e.numbers, [
      column(layer.deltaDown!),
      [Array.from(t.layers[0]!.X)],
      weightsOf(layer.gradW!),
      biasOf(layer.gradW!),
    ]);
    // Dyda's ∂L/∂W^{[1]} = [[0.0187317, 0.0187317, 0], [−0.0236383, −0.0236383, 0]], bias column first.
    expectAllPrinted(e.numbers[2]!.flat(), ['0.0187317', '0', '-0.0236383', '0'], '∂C/∂W²');
    expectAllPrinted(e.numbers[3]!.flat(), ['0.0187317', '-0.0236383'], '∂C/∂b²');
  });

  it('one layer back: ∂C/∂a² = (W³)^T Δ³ with no bias row computed and dropped', () => {
    const e = lectureEquation('deltaUp', 2);
    expect(e.symbolic).toBe('\\frac{\\partial C}{\\partial a^{2}} = \\left(W^{3}\\right)^{T} \\Delta^{3}');
    const layer = t.layers[2]!;
    expectMatrices(e.numbers, [weightsOf(layer.W!), column(layer.deltaDown!), column(t.layers[1]!.deltaUp)]);
    expectAllPrinted(e.numbers[2]!.flat(), ['0.07511425', '-0.09478965'], '∂L/∂a^{[1]}');
  });

  it('the update writes W̃³ and b̃³, the handout’s W̃^{[2]} split', () => {
    const e = lectureEquation('update', 2);
    expect(e.symbolic).toBe('\\widetilde{W}^{3} = W^{3} - c\\,\\frac{\\partial C}{\\partial W^{3}}');
    expect(e.substituted).toContain(
      ', \\quad {\\widetilde{b}^{3} = b^{3} - c\\,\\frac{\\partial C}{\\partial b^{3}} = \\begin{bmatrix}',
    );
    const layer = t.layers[2]!;
    const [W, G, U] = [layer.W!, layer.gradW!, layer.updatedW!];
    // b̃ with its rule and result: b and ∂C/∂b written out as well ran off a projector's width
    expectMatrices(e.numbers, [weightsOf(W), weightsOf(G), weightsOf(U), biasOf(U)]);
    expectAllPrinted(e.numbers[2]!.flat(), ['-0.24475886', '0.35579236', '0.54589491', '-0.65453682'], 'W̃');
    expectAllPrinted(e.numbers[3]!.flat(), ['0.1610335', '-0.45864191'], 'b̃');
  });

  it('the worked example’s Given writes W^l and b^l apart too; Dyda’s notation keeps W^{[1]} whole', () => {
    const given = (notation: 'lecture' | 'dyda') => workedExample(t, notation, 8)[0]!.equations;
    const lecture = given('lecture');
    expect(lecture[0]).toMatch(/^W\^\{2\} = .*, \\quad b\^\{2\} = /);
    expect(lecture[1]).toMatch(/^W\^\{3\} = .*, \\quad b\^\{3\} = /);
    for (const h of [1, 2]) {
      const W = t.layers[h]!.W!;
      expectMatrices(matrices(lecture[h - 1]!), [weightsOf(W), biasOf(W)]);
      expect(() => katex.renderToString(lecture[h - 1]!, { throwOnError: true })).not.toThrow();
    }
    expectAllPrinted(
      matrices(lecture[0]!)[0]!.flat(),
      ['-0.2', '0.3', '0.5', '-0.6'],
      'W^{[1]} without its bias',
    );
    const dydaGiven = given('dyda');
    expect(matrices(dydaGiven[0]!)).toHaveLength(1);
    expect(matrices(dydaGiven[0]!)[0]![0]).toHaveLength(3);
  });

  it('every step of Dyda and of lecture-342 typesets, with no â and no greyed bias entry', () => {
    for (const file of [dyda, lecture342]) {
      const tr = traceOf(file);
      for (const step of tr.steps) {
        const { symbolic, substituted } = stepEquation(tr, step, 'lecture', 8);
        for (const tex of [symbolic, substituted]) {
          expect(() => katex.renderToString(tex, { throwOnError: true })).not.toThrow();
          expect(tex).not.toContain('\\hat');
          expect(tex).not.toContain('\\textcolor');
        }
      }
    }
  });
});

describe('the other notations keep the bias as a column of W', () => {
  it('Dyda: net^{[1]} = W^{[1]} X^{[1]} with the 2×3 W, and the bias coordinate greyed and dropped', () => {
    const forward = stepEquation(t, stepOf('preActivation', 1), 'dyda', 8);
    expect(forward.symbolic).toBe('\\mathit{net}^{[1]} = W^{[1]}\\,X^{[1]}');
    expect(matrices(forward.substituted)[0]).toHaveLength(2);
    expect(matrices(forward.substituted)[0]![0]).toHaveLength(3);
    expect(stepEquation(t, stepOf('deltaUp', 2), 'dyda', 8).substituted).toContain('\\textcolor{gray}');
    expect(entryFormula(t, 'W', 1, 0, 0, 'dyda', 8).text).toBe('W⁽¹⁾₁₁ = 0.1 (initial weight)');
  });
});
