import { biasColumn, inputColumn } from './bias';
import { formatNumber } from './format';
import { namer } from './formula';
import { activationSymbol, biasApart, type NamedQuantity, type NotationName, type Symbol } from './notation';
import { texFactor, texNumber } from './tex';
import type { Matrix, Trace, Vector } from './types';

/** Where one number came from: its formula with the numbers substituted, as TeX and as plain text. */
export interface EntryFormula {
  readonly tex: string;
  readonly text: string;
  readonly value: number;
}

/** How many terms of a long sum are written out before "…". */
const MAX_TERMS = 4;

interface Term {
  readonly symbols: readonly Symbol[];
  readonly values: readonly number[];
}

/**
 * Build "lhs = symbolic = substituted = value" in both TeX and text from products of named factors. A `last` term
 * (the lecture note's + b^l_j) is written after the elided ones, so it shows however long the sum.
 */
function sumOfProducts(
  lhs: Symbol,
  terms: readonly Term[],
  value: number,
  digits: number,
  last?: Term,
): EntryFormula {
  const head = terms.length > MAX_TERMS + 1 ? terms.slice(0, MAX_TERMS) : terms;
  const more = terms.length - head.length;
  const shown = last ? [...head, last] : head;
  // The elision, with the number of terms it stands among, goes after the first terms and before `last`.
  const withMore = (parts: string[], gap: string) =>
    more > 0 ? [...parts.slice(0, head.length), gap, ...parts.slice(head.length)] : parts;
  const symbolicTex = withMore(
    shown.map((t) => t.symbols.map((s) => s.tex).join(' \\cdot ')),
    '\\cdots',
  ).join(' + ');
  const symbolicText = withMore(
    shown.map((t) => t.symbols.map((s) => s.text).join(' · ')),
    `… + (${terms.length} terms)`,
  ).join(' + ');
  const numbersTex = withMore(
    shown.map((t) => t.values.map((v) => texFactor(v, digits)).join(' \\cdot ')),
    '\\cdots',
  ).join(' + ');
  const numbersText = withMore(
    shown.map((t) =>
      t.values.map((v) => (v < 0 ? `(${formatNumber(v, digits)})` : formatNumber(v, digits))).join(' × '),
    ),
    `… + (${terms.length} terms)`,
  ).join(' + ');
  return {
    value,
    tex: `${lhs.tex} = ${symbolicTex} = ${numbersTex} = ${texNumber(value, digits)}`,
    text: `${lhs.text} = ${symbolicText} = ${numbersText} = ${formatNumber(value, digits)}`,
  };
}

/** A value that is given, not computed (an input, a target, an initial weight). */
function given(lhs: Symbol, value: number, what: string, digits: number): EntryFormula {
  return {
    value,
    tex: `${lhs.tex} = ${texNumber(value, digits)}\\quad\\text{(${what})}`,
    text: `${lhs.text} = ${formatNumber(value, digits)} (${what})`,
  };
}

/** "lhs = f(args) = f(numbers) = value" for a one-argument function such as σ. */
function applied(
  lhs: Symbol,
  fn: Symbol,
  argument: Symbol,
  argumentValue: number,
  value: number,
  digits: number,
): EntryFormula {
  return {
    value,
    tex: `${lhs.tex} = ${fn.tex}(${argument.tex}) = ${fn.tex}(${texNumber(argumentValue, digits)}) = ${texNumber(value, digits)}`,
    text: `${lhs.text} = ${fn.text}(${argument.text}) = ${fn.text}(${formatNumber(argumentValue, digits)}) = ${formatNumber(value, digits)}`,
  };
}

const entryOf = (matrix: Matrix, i: number, j: number) => matrix.data[i * matrix.cols + j]!;

/**
 * The formula that produced entry i (row i, column j for matrices) of a quantity at layer h, with the numbers
 * substituted, e.g. δdown₂‚₁ = δup₂‚₁ · σ'(Y²₁) = −0.44645918 × 0.24713… = −0.11033497.
 */
export function entryFormula(
  trace: Trace,
  quantity: NamedQuantity,
  h: number,
  i: number,
  j: number | undefined,
  notation: NotationName,
  digits: number,
): EntryFormula {
  const name = namer(trace, notation);
  const { network } = trace;
  const L = trace.layers.length - 1;
  const layer = trace.layers[h]!;
  const previous = trace.layers[h - 1];
  const lhs = name(quantity, h, i, j);
  const col = j ?? 0;
  // The bias column of W^h where the notation writes the bias apart (the lecture's b^l), else null.
  const biasAt =
    previous !== undefined && biasApart(notation) ? biasColumn(network.bias, previous.X.length) : null;
  switch (quantity) {
    case 'X': {
      if (h === 0) return given(lhs, layer.X[i]!, 'input', digits);
      const activation = network.activations[h - 1];
      if (activation === 'softmax') {
        const Y = layer.Y as Vector;
        const value = layer.X[i]!;
        return {
          value,
          tex: `${lhs.tex} = \\dfrac{e^{${name('Y', h, i).tex}}}{\\sum_k e^{{${name('Y', h).tex}}_k}} = ${texNumber(value, digits)}`,
          text: `${lhs.text} = exp(${name('Y', h, i).text}) / Σ exp(${name('Y', h).text}) = exp(${formatNumber(Y[i]!, digits)}) / Σ = ${formatNumber(value, digits)}`,
        };
      }
      return applied(
        lhs,
        activationSymbol(notation),
        name('Y', h, i),
        (layer.Y as Vector)[i]!,
        layer.X[i]!,
        digits,
      );
    }
    case 'XWithBias': {
      const oneAt = biasColumn(network.bias, layer.X.length);
      if (oneAt !== i) {
        return entryFormula(trace, 'X', h, network.bias === 'first' ? i - 1 : i, undefined, notation, digits);
      }
      if (biasApart(notation) && h + 1 < trace.layers.length) {
        // The lecture note has no constant input: the bias unit stands for the vector b^{l+1} its edges carry.
        const b = name('W', h + 1, undefined, oneAt);
        return {
          value: 1,
          tex: `1\\quad\\text{(the bias unit: its edges carry }${b.tex}\\text{)}`,
          text: `1 (the bias unit: its edges carry ${b.text})`,
        };
      }
      return given(lhs, 1, 'constant 1 for the bias', digits);
    }
    case 'Y': {
      const W = layer.W as Matrix;
      if (biasAt !== null) {
        // Seed 003 §2: z^l_j = (Σ_k w^l_{jk} a^{l-1}_k) + b^l_j, over the genuine neurons k of layer l − 1.
        const terms = Array.from(previous!.X, (a, k) => {
          const column = inputColumn(network.bias, k);
          return {
            symbols: [name('W', h, i, column), name('X', h - 1, k)],
            values: [entryOf(W, i, column), a],
          };
        });
        const bias = { symbols: [name('W', h, i, biasAt)], values: [entryOf(W, i, biasAt)] };
        return sumOfProducts(lhs, terms, (layer.Y as Vector)[i]!, digits, bias);
      }
      // Boughammoura (20): Y^h = W^h X^{h-1}
      const input = previous!.XWithBias;
      const terms = Array.from(input, (x, k) => ({
        symbols: [name('W', h, i, k), name('XWithBias', h - 1, k)],
        values: [entryOf(W, i, k), x],
      }));
      return sumOfProducts(lhs, terms, (layer.Y as Vector)[i]!, digits);
    }
    case 'W':
      return given(
        lhs,
        entryOf(layer.W as Matrix, i, col),
        col === biasAt ? 'initial bias' : 'initial weight',
        digits,
      );
    case 'target':
      return given(lhs, trace.sample.target[i]!, 'target', digits);
    case 'loss':
      return {
        value: trace.loss,
        tex: `${lhs.tex} = ${texNumber(trace.loss, digits)}`,
        text: `${lhs.text} = ${formatNumber(trace.loss, digits)}`,
      };
    case 'activationDerivative': {
      const x = layer.X[i]!;
      const value = (layer.activationDerivative as Vector)[i]!;
      const activation = network.activations[h - 1];
      const rule =
        activation === 'sigmoid' || activation === 'softmax'
          ? ['X(1 − X)', `${formatNumber(x, digits)} × (1 − ${formatNumber(x, digits)})`]
          : activation === 'tanh'
            ? ['1 − X²', `1 − ${formatNumber(x, digits)}²`]
            : ['slope', formatNumber(value, digits)];
      const X = name('X', h, i).text;
      return {
        value,
        tex: `${lhs.tex} = ${texNumber(value, digits)}`,
        text: `${lhs.text} = ${rule[0]!.replace(/X/g, X)} = ${rule[1]} = ${formatNumber(value, digits)}`,
      };
    }
    case 'deltaUp':
    case 'deltaUpWithBias': {
      if (quantity === 'deltaUp' && h === L) {
        const x = layer.X[i]!;
        const y = trace.sample.target[i]!;
        const value = layer.deltaUp[i]!;
        if (network.loss === 'half-sse') {
          return {
            value,
            tex: `${lhs.tex} = ${name('X', h, i).tex} - ${name('target', h, i).tex} = ${texNumber(x, digits)} - ${texFactor(y, digits)} = ${texNumber(value, digits)}`,
            text: `${lhs.text} = ${name('X', h, i).text} − ${name('target', h, i).text} = ${formatNumber(x, digits)} − ${formatNumber(y, digits)} = ${formatNumber(value, digits)}`,
          };
        }
        if (network.loss === 'difference') return given(lhs, value, 'J = Σ(X − y), so ∂J/∂X = 1', digits);
        return {
          value,
          tex: `${lhs.tex} = -${name('target', h, i).tex} / ${name('X', h, i).tex} = ${texNumber(value, digits)}`,
          text: `${lhs.text} = −${name('target', h, i).text} / ${name('X', h, i).text} = −${formatNumber(y, digits)} / ${formatNumber(x, digits)} = ${formatNumber(value, digits)}`,
        };
      }
      // Boughammoura (25): δup_{h} = (W♯^{h+1})^T δdown_{h+1}; the column is the bias-layout column of neuron i.
      const above = trace.layers[h + 1]!;
      const W = above.W as Matrix;
      const column = quantity === 'deltaUp' ? inputColumn(network.bias, i) : i;
      const deltaDown = above.deltaDown as Vector;
      const terms = Array.from(deltaDown, (d, s) => ({
        symbols: [name('W', h + 1, s, column), name('deltaDown', h + 1, s)],
        values: [entryOf(W, s, column), d],
      }));
      const value = quantity === 'deltaUp' ? layer.deltaUp[i]! : (layer.deltaUpWithBias as Vector)[i]!;
      return sumOfProducts(lhs, terms, value, digits);
    }
    case 'deltaDown': {
      const value = (layer.deltaDown as Vector)[i]!;
      if (network.activations[h - 1] === 'softmax' && network.loss === 'cross-entropy') {
        const sumY = Array.from(trace.sample.target).reduce((a, b) => a + b, 0);
        const x = layer.X[i]!;
        const y = trace.sample.target[i]!;
        return {
          value,
          tex: `${lhs.tex} = (\\textstyle\\sum y)\\,${name('X', h, i).tex} - ${name('target', h, i).tex} = ${texNumber(sumY, digits)} \\cdot ${texNumber(x, digits)} - ${texFactor(y, digits)} = ${texNumber(value, digits)}`,
          text: `${lhs.text} = (Σy)·${name('X', h, i).text} − ${name('target', h, i).text} = ${formatNumber(sumY, digits)} × ${formatNumber(x, digits)} − ${formatNumber(y, digits)} = ${formatNumber(value, digits)}`,
        };
      }
      if (network.activations[h - 1] === 'softmax') {
        return {
          value,
          tex: `${lhs.tex} = ${texNumber(value, digits)}`,
          text: `${lhs.text} = ${name('X', h, i).text} (${name('deltaUp', h, i).text} − Σ X·δup) = ${formatNumber(value, digits)}`,
        };
      }
      // Boughammoura (21): δdown_h = δup_h ⊙ σ'(Y^h)
      const terms = [
        {
          symbols: [name('deltaUp', h, i), name('activationDerivative', h, i)],
          values: [layer.deltaUp[i]!, (layer.activationDerivative as Vector)[i]!],
        },
      ];
      return sumOfProducts(lhs, terms, value, digits);
    }
    case 'gradW': {
      const value = entryOf(layer.gradW as Matrix, i, col);
      if (biasAt !== null) {
        const delta = name('deltaDown', h, i);
        if (col === biasAt) {
          // Seed 003 eq. (6): ∂C/∂b^l_j = δ^l_j, nothing to multiply.
          return {
            value,
            tex: `${lhs.tex} = ${delta.tex} = ${texNumber(value, digits)}`,
            text: `${lhs.text} = ${delta.text} = ${formatNumber(value, digits)}`,
          };
        }
        // Seed 003 eq. (5): ∂C/∂w^l_{jk} = a^{l-1}_k δ^l_j, in its order.
        const k = network.bias === 'first' ? col - 1 : col;
        const term = {
          symbols: [name('X', h - 1, k), delta],
          values: [previous!.X[k]!, (layer.deltaDown as Vector)[i]!],
        };
        return sumOfProducts(lhs, [term], value, digits);
      }
      // Boughammoura (22): δW^h = δdown_h (X^{h-1})^T, one entry: δdown_{h,i} · X̂^{h-1}_j
      const terms = [
        {
          symbols: [name('deltaDown', h, i), name('XWithBias', h - 1, col)],
          values: [(layer.deltaDown as Vector)[i]!, previous!.XWithBias[col]!],
        },
      ];
      return sumOfProducts(lhs, terms, value, digits);
    }
    case 'updatedW': {
      const w = entryOf(layer.W as Matrix, i, col);
      const g = entryOf(layer.gradW as Matrix, i, col);
      const value = entryOf(layer.updatedW as Matrix, i, col);
      const c = network.learningRate;
      return {
        value,
        tex: `${lhs.tex} = ${name('W', h, i, col).tex} - c\\,${name('gradW', h, i, col).tex} = ${texNumber(w, digits)} - ${texNumber(c, digits)} \\cdot ${texFactor(g, digits)} = ${texNumber(value, digits)}`,
        text: `${lhs.text} = ${name('W', h, i, col).text} − c · ${name('gradW', h, i, col).text} = ${formatNumber(w, digits)} − ${formatNumber(c, digits)} × ${g < 0 ? `(${formatNumber(g, digits)})` : formatNumber(g, digits)} = ${formatNumber(value, digits)}`,
      };
    }
    case 'amplification': {
      const alpha = layer.amplification as Matrix;
      const value = entryOf(alpha, i, col);
      return {
        value,
        tex: `${lhs.tex} = ${texNumber(value, digits)}`,
        text: `${lhs.text}→${col + 1} = ${formatNumber(value, digits)}`,
      };
    }
    case 'bias':
      return given(
        lhs,
        entryOf(layer.W as Matrix, i, biasColumn(network.bias, previous!.X.length) ?? 0),
        'bias',
        digits,
      );
  }
}
