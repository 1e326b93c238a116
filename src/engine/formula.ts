import { biasColumn, splitBiasColumn } from './bias';
import {
  activationSymbol,
  biasApart,
  symbolFor,
  type NamedQuantity,
  type NotationName,
  type Symbol,
} from './notation';
import { texColumn, texFactor, texFractionColumn, texGrey, texMatrix, texNumber, texNumbers } from './tex';
import type { Matrix, Step, Trace, Vector } from './types';

/** A step's equation in TeX: the rule in symbols, then the same with every vector and matrix written out. */
export interface StepEquation {
  /** e.g. δdown₂ = δup₂ ⊙ σ'(Y²) */
  readonly symbolic: string;
  /** e.g. = [−0.44645918 · 0.24713… ; …] = [−0.11033497 ; 0.0864191] */
  readonly substituted: string;
}

/** Names of the quantities around a layer in one notation: the glue between the trace and its TeX. */
export function namer(trace: Trace, notation: NotationName) {
  const { bias, layers } = trace.network;
  const name = (quantity: NamedQuantity, layer: number, i?: number, j?: number): Symbol =>
    symbolFor(notation, quantity, {
      layer,
      ...(i === undefined ? {} : { i }),
      ...(j === undefined ? {} : { j }),
      bias,
      inputs: layers[Math.max(0, layer - 1)] ?? 0,
    });
  return name;
}

const transpose = (tex: string) => `\\left(${tex}\\right)^{T}`;
const sharp = (tex: string) => `{${tex}}^{\\sharp}`;

function matrixTex(matrix: Matrix, digits: number): string {
  return texNumbers(matrix.rows, matrix.cols, matrix.data, digits);
}

/**
 * W^h as the lecture note writes it, apart from its bias (seed 003 eq. 1, z^l = W^l a^{l-1} + b^l): the columns
 * of the genuine neurons below, and the bias column as a vector of its own. Null for the notations that keep the
 * bias as a column of W, and for a network without bias.
 */
function biasSplit(trace: Trace, notation: NotationName, h: number, digits: number) {
  const biasAt = biasApart(notation) ? biasColumn(trace.network.bias, trace.network.layers[h - 1]!) : null;
  if (biasAt === null) return null;
  const of = (matrix: Matrix) => {
    const { weights, bias } = splitBiasColumn(matrix, biasAt);
    return { weights: matrixTex(weights, digits), bias: texColumn(bias, digits) };
  };
  return { biasAt, of };
}

/**
 * W^h as given before the first step, written as the notation writes it: one matrix with its bias column, or the
 * lecture note's W^l and b^l apart (seed 003 eq. 1).
 */
export function givenWeights(trace: Trace, notation: NotationName, h: number, digits: number): string {
  const name = namer(trace, notation);
  const W = trace.network.weights[h - 1]!;
  const split = biasSplit(trace, notation, h, digits);
  if (!split) return `${name('W', h).tex} = ${matrixTex(W, digits)}`;
  const { weights, bias } = split.of(W);
  return `${name('W', h).tex} = ${weights}, \\quad ${name('W', h, undefined, split.biasAt).tex} = ${bias}`;
}

/** The input of layer h with the constant 1 inserted, as a symbol: X̂^{h-1} (X^{[h]} for Dyda). */
function inputSymbol(trace: Trace, name: ReturnType<typeof namer>, h: number): Symbol {
  return trace.network.bias === 'none' ? name('X', h - 1) : name('XWithBias', h - 1);
}

function forwardEquation(trace: Trace, step: Step, notation: NotationName, digits: number): StepEquation {
  const name = namer(trace, notation);
  const h = step.layer;
  const layer = trace.layers[h]!;
  const previous = trace.layers[h - 1]!;
  const Y = layer.Y as Vector;
  if (step.kind === 'preActivation') {
    const W = layer.W as Matrix;
    const split = biasSplit(trace, notation, h, digits);
    if (split) {
      // Seed 003 eq. (1): z^l = W^l a^{l-1} + b^l, the bias a vector of its own.
      const { weights, bias } = split.of(W);
      return {
        symbolic: `${name('Y', h).tex} = ${name('W', h).tex}\\,${name('X', h - 1).tex} + ${name('W', h, undefined, split.biasAt).tex}`,
        substituted: `= ${weights} ${texColumn(previous.X, digits)} + ${bias} = ${texColumn(Y, digits)}`,
      };
    }
    const symbolic = `${name('Y', h).tex} = ${name('W', h).tex}\\,${inputSymbol(trace, name, h).tex}`;
    const substituted = `= ${matrixTex(W, digits)} ${texColumn(previous.XWithBias, digits)} = ${texColumn(Y, digits)}`;
    return { symbolic, substituted };
  }
  const activation = trace.network.activations[h - 1];
  const sigma = activationSymbol(notation).tex;
  if (activation === 'softmax') {
    let max = -Infinity;
    for (const y of Y) max = Math.max(max, y);
    const exps = Array.from(Y, (y) => Math.exp(y - max));
    const sum = exps.reduce((a, b) => a + b, 0);
    // Shown unshifted when safe, as Dyda writes e^{net}/Σ e^{net}; shifted by the maximum otherwise.
    const scale = max < 700 ? Math.exp(max) : 1;
    const fractions = texFractionColumn(
      exps.length,
      (i) => `\\dfrac{${texNumber(exps[i]! * scale, digits)}}{${texNumber(sum * scale, digits)}}`,
    );
    return {
      symbolic: `${name('X', h).tex} = \\operatorname{softmax}(${name('Y', h).tex})`,
      substituted: `= ${fractions} = ${texColumn(layer.X, digits)}`,
    };
  }
  return {
    symbolic: `${name('X', h).tex} = ${sigma}(${name('Y', h).tex})`,
    substituted: `= ${texColumn(Y, digits, (i) => `${sigma}(${texNumber(Y[i]!, digits)})`)} = ${texColumn(layer.X, digits)}`,
  };
}

function lossEquation(trace: Trace, step: Step, notation: NotationName, digits: number): StepEquation {
  const name = namer(trace, notation);
  const L = trace.layers.length - 1;
  const X = trace.layers[L]!.X;
  const y = trace.sample.target;
  const J = name('loss', L).tex;
  const out = name('X', L).tex;
  const target = name('target', L).tex;
  const terms = Array.from(X, (x, i) => {
    const yi = y[i]!;
    if (trace.network.loss === 'half-sse') return `(${texNumber(x, digits)} - ${texNumber(yi, digits)})^2`;
    if (trace.network.loss === 'difference') return `(${texNumber(x, digits)} - ${texNumber(yi, digits)})`;
    return `${texFactor(yi, digits)} \\log ${texNumber(x, digits)}`;
  });
  const shownTerms = terms.length > 6 ? [...terms.slice(0, 4), '\\cdots', terms[terms.length - 1]] : terms;
  const value = texNumber(trace.loss, digits);
  if (trace.network.loss === 'half-sse') {
    return {
      symbolic: `${J} = \\tfrac{1}{2}\\lVert ${out} - ${target} \\rVert^2`,
      substituted: `= \\tfrac{1}{2}\\left(${shownTerms.join(' + ')}\\right) = ${value}`,
    };
  }
  if (trace.network.loss === 'difference') {
    return {
      symbolic: `${J} = \\textstyle\\sum_i (${out} - ${target})_i`,
      substituted: `= ${shownTerms.join(' + ')} = ${value}`,
    };
  }
  void step;
  return {
    symbolic: `${J} = -\\textstyle\\sum_i {${target}}_i \\log {${out}}_i`,
    substituted: `= -\\left(${shownTerms.join(' + ')}\\right) = ${value}`,
  };
}

function outputErrorEquation(trace: Trace, notation: NotationName, digits: number): StepEquation {
  const name = namer(trace, notation);
  const L = trace.layers.length - 1;
  const layer = trace.layers[L]!;
  const deltaUp = name('deltaUp', L).tex;
  const result = texColumn(layer.deltaUp, digits);
  const y = trace.sample.target;
  if (trace.network.loss === 'half-sse') {
    // Dyda (0.1): ∂L/∂a^{[2]} = a^{[2]} − y
    return {
      symbolic: `${deltaUp} = ${name('X', L).tex} - ${name('target', L).tex}`,
      substituted: `= ${texColumn(layer.X, digits)} - ${texColumn(y, digits)} = ${result}`,
    };
  }
  if (trace.network.loss === 'difference') {
    // Boughammoura §4: J = f(x) − y, so δup_L = 1
    return {
      symbolic: `${deltaUp} = \\frac{\\partial}{\\partial ${name('X', L).tex}}\\textstyle\\sum_i (${name('X', L).tex} - ${name('target', L).tex})_i`,
      substituted: `= ${result}`,
    };
  }
  return {
    symbolic: `${deltaUp} = -${name('target', L).tex} \\oslash ${name('X', L).tex}`,
    substituted: `= ${texFractionColumn(
      y.length,
      (i) => `-\\dfrac{${texNumber(y[i]!, digits)}}{${texNumber(layer.X[i]!, digits)}}`,
    )} = ${result}`,
  };
}

function deltaDownEquation(trace: Trace, step: Step, notation: NotationName, digits: number): StepEquation {
  const name = namer(trace, notation);
  const h = step.layer;
  const layer = trace.layers[h]!;
  const deltaDown = layer.deltaDown as Vector;
  const result = texColumn(deltaDown, digits);
  const lhs = name('deltaDown', h).tex;
  if (step.rule === 'softmax-cross-entropy') {
    // Dyda remark 5: δ^{[L]} = (Σ y) a − y
    const y = trace.sample.target;
    const sumY = Array.from(y).reduce((a, b) => a + b, 0);
    return {
      symbolic: `${lhs} = \\left(\\textstyle\\sum_j {${name('target', h).tex}}_j\\right) ${name('X', h).tex} - ${name('target', h).tex}`,
      substituted: `= ${texFactor(sumY, digits)} ${texColumn(layer.X, digits)} - ${texColumn(y, digits)} = ${result}`,
    };
  }
  if (step.rule === 'softmax-jacobian') {
    return {
      symbolic: `${lhs} = \\left(\\frac{\\partial ${name('X', h).tex}}{\\partial ${name('Y', h).tex}}\\right)^{T} ${name('deltaUp', h).tex}`,
      substituted: `= ${texColumn(deltaDown, digits, (i) => `${texNumber(layer.X[i]!, digits)}\\,(${texNumber(layer.deltaUp[i]!, digits)} - ${name('X', h).tex} \\cdot ${name('deltaUp', h).tex})`)} = ${result}`,
    };
  }
  const derivative = layer.activationDerivative as Vector;
  // Boughammoura (21): δdown_h = δup_h ⊙ σ'(Y^h)
  return {
    symbolic: `${lhs} = ${name('deltaUp', h).tex} \\odot ${name('activationDerivative', h).tex}`,
    substituted: `= ${texColumn(deltaDown, digits, (i) => `${texNumber(layer.deltaUp[i]!, digits)} \\cdot ${texFactor(derivative[i]!, digits)}`)} = ${result}`,
  };
}

function gradWEquation(trace: Trace, step: Step, notation: NotationName, digits: number): StepEquation {
  const name = namer(trace, notation);
  const h = step.layer;
  const layer = trace.layers[h]!;
  const input = trace.layers[h - 1]!.XWithBias;
  const split = biasSplit(trace, notation, h, digits);
  if (split) {
    // Seed 003 eqs. (5), (6): ∂C/∂w^l_{jk} = a^{l-1}_k δ^l_j, ∂C/∂b^l_j = δ^l_j. The bias gradient is a statement
    // of its own after ∂C/∂W's result, in braces so that the panels, which cut the working at its top-level "=",
    // keep it whole beside that result (in the rule's line it made ∂C/∂b = δ read as equal to ∂C/∂W's matrix).
    const below = trace.layers[h - 1]!.X;
    const gradient = split.of(layer.gradW as Matrix);
    const delta = name('deltaDown', h).tex;
    const gradB = name('gradW', h, undefined, split.biasAt).tex;
    return {
      symbolic: `${name('gradW', h).tex} = ${delta}\\,${transpose(name('X', h - 1).tex)}`,
      substituted: `= ${texColumn(layer.deltaDown as Vector, digits)} ${texMatrix(1, below.length, (_, j) => texNumber(below[j]!, digits))} = ${gradient.weights}, \\quad {${gradB} = ${delta} = ${gradient.bias}}`,
    };
  }
  // Boughammoura (22): δW^h = δdown_h (X^{h-1})^T
  return {
    symbolic: `${name('gradW', h).tex} = ${name('deltaDown', h).tex}\\,${transpose(inputSymbol(trace, name, h).tex)}`,
    substituted: `= ${texColumn(layer.deltaDown as Vector, digits)} ${texMatrix(1, input.length, (_, j) => texNumber(input[j]!, digits))} = ${matrixTex(layer.gradW as Matrix, digits)}`,
  };
}

function deltaUpEquation(trace: Trace, step: Step, notation: NotationName, digits: number): StepEquation {
  const name = namer(trace, notation);
  const h = step.layer;
  const layer = trace.layers[h]!;
  const below = trace.layers[h - 1]!;
  const W = layer.W as Matrix;
  const full = below.deltaUpWithBias as Vector;
  const product = `${transpose(matrixTex(W, digits))} ${texColumn(layer.deltaDown as Vector, digits)}`;
  const lhs = name('deltaUp', h - 1).tex;
  const split = biasSplit(trace, notation, h, digits);
  if (split) {
    // Seed 003 eq. (4)'s (W^{l+1})^T Δ^{l+1}: the lecture's W has no bias column, so nothing is dropped.
    return {
      symbolic: `${lhs} = ${transpose(name('W', h).tex)} ${name('deltaDown', h).tex}`,
      substituted: `= ${transpose(split.of(W).weights)} ${texColumn(layer.deltaDown as Vector, digits)} = ${texColumn(below.deltaUp, digits)}`,
    };
  }
  const biasAt = biasColumn(trace.network.bias, below.X.length);
  if (biasAt === null) {
    return {
      symbolic: `${lhs} = ${transpose(name('W', h).tex)} ${name('deltaDown', h).tex}`,
      substituted: `= ${product} = ${texColumn(below.deltaUp, digits)}`,
    };
  }
  // Boughammoura (25): δup_{h-1} = (W♯^h)^T δdown_h; Dyda computes the full product and drops the bias entry.
  const withGrey = texColumn(full, digits, (j) =>
    j === biasAt ? texGrey(texNumber(full[j]!, digits)) : texNumber(full[j]!, digits),
  );
  return {
    symbolic: `${lhs} = ${transpose(sharp(name('W', h).tex))} ${name('deltaDown', h).tex}`,
    substituted: `${name('deltaUpWithBias', h - 1).tex} = ${product} = ${withGrey} \\;\\Rightarrow\\; ${lhs} = ${texColumn(below.deltaUp, digits)}`,
  };
}

function updateEquation(trace: Trace, step: Step, notation: NotationName, digits: number): StepEquation {
  const name = namer(trace, notation);
  const h = step.layer;
  const layer = trace.layers[h]!;
  const c = texNumber(trace.network.learningRate, digits);
  const split = biasSplit(trace, notation, h, digits);
  if (split) {
    // The lecture note has no update rule; Dyda's W̃ = W − c ∂L/∂W for W^l and b^l apart. b̃'s statement follows
    // W̃'s result, in braces, so a panel that shows only the last "= …" shows both, each with its own name; with
    // its rule and result only (b and ∂C/∂b are in the matrix panel): written out too, it ran off a projector.
    const [W, G, U] = [layer.W, layer.gradW, layer.updatedW].map((m) => split.of(m as Matrix));
    const b = (q: 'W' | 'gradW' | 'updatedW') => name(q, h, undefined, split.biasAt).tex;
    return {
      symbolic: `${name('updatedW', h).tex} = ${name('W', h).tex} - c\\,${name('gradW', h).tex}`,
      substituted: `= ${W!.weights} - ${c} ${G!.weights} = ${U!.weights}, \\quad {${b('updatedW')} = ${b('W')} - c\\,${b('gradW')} = ${U!.bias}}`,
    };
  }
  return {
    symbolic: `${name('updatedW', h).tex} = ${name('W', h).tex} - c\\,${name('gradW', h).tex}`,
    substituted: `= ${matrixTex(layer.W as Matrix, digits)} - ${c} ${matrixTex(layer.gradW as Matrix, digits)} = ${matrixTex(layer.updatedW as Matrix, digits)}`,
  };
}

/** The equation of a step in a notation, with every number substituted at `digits` decimals. */
export function stepEquation(trace: Trace, step: Step, notation: NotationName, digits: number): StepEquation {
  switch (step.kind) {
    case 'preActivation':
    case 'activation':
      return forwardEquation(trace, step, notation, digits);
    case 'loss':
      return lossEquation(trace, step, notation, digits);
    case 'outputError':
      return outputErrorEquation(trace, notation, digits);
    case 'deltaDown':
      return deltaDownEquation(trace, step, notation, digits);
    case 'gradW':
      return gradWEquation(trace, step, notation, digits);
    case 'deltaUp':
      return deltaUpEquation(trace, step, notation, digits);
    case 'update':
      return updateEquation(trace, step, notation, digits);
  }
}
