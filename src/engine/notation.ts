import { biasColumn } from './bias';
import type { BiasLayout, Quantity } from './types';

export const NOTATIONS = ['boughammoura', 'dyda', 'lecture', 'cheng'] as const;
/** The four notations of ../shared/design.md: same numbers, different names. */
export type NotationName = (typeof NOTATIONS)[number];

/** Quantities that have a name, beyond the ones a step writes. */
export type NamedQuantity = Quantity | 'XWithBias' | 'deltaUpWithBias' | 'amplification' | 'bias';

/** A symbol as TeX (for KaTeX) and as plain Unicode text (for SVG labels, aria and the terminal). */
export interface Symbol {
  readonly tex: string;
  readonly text: string;
}

/** Where a quantity sits: its layer h (Boughammoura numbering) and, for an entry, its row and column. */
export interface SymbolPlace {
  readonly layer: number;
  /** Entry of a vector (row i), 0-based. */
  readonly i?: number;
  /**
   * Column of a weight matrix in the bias layout's columns, 0-based. Given without i, the column as a whole: in
   * the lecture notation the bias column is then the bias vector b^l itself (∂C/∂b^l, b̃^l for its gradient and
   * update), which the lecture's equations write apart from W^l.
   */
  readonly j?: number;
  /** Needed to name weight columns in notations that number the bias apart (Cheng's j = 0, lecture's b). */
  readonly bias?: BiasLayout;
  readonly inputs?: number;
}

const SUPERSCRIPT: Record<string, string> = {
  '0': '⁰',
  '1': '¹',
  '2': '²',
  '3': '³',
  '4': '⁴',
  '5': '⁵',
  '6': '⁶',
  '7': '⁷',
  '8': '⁸',
  '9': '⁹',
  '[': '⁽',
  ']': '⁾',
  l: 'ˡ',
};
const SUBSCRIPT: Record<string, string> = {
  '0': '₀',
  '1': '₁',
  '2': '₂',
  '3': '₃',
  '4': '₄',
  '5': '₅',
  '6': '₆',
  '7': '₇',
  '8': '₈',
  '9': '₉',
  ',': '‚',
};
const script = (table: Record<string, string>, s: string) => [...s].map((c) => table[c] ?? c).join('');

/** A number or text in superscript characters, as the symbols write layers: W¹² for layer 12. */
export const superscript = (s: string | number) => script(SUPERSCRIPT, String(s));

interface Parts {
  tex: string;
  text: string;
  sup?: string;
  sub?: string;
}

/**
 * A row and a column index side by side, as the seeds write them (W₁₂), or with a comma where either has two
 * digits or more: W₂₈₁₂₇ could be row 28, column 127 or row 281, column 27; W₂₈‚₁₂₇ is not.
 */
function indexPair(row: string, column: string): string {
  return row.length === 1 && column.length === 1 ? `${row}${column}` : `${row},${column}`;
}

/** Attach a layer superscript/subscript and an entry subscript to a base symbol. */
function compose({ tex, text, sup, sub }: Parts, entry?: string): Symbol {
  const subscript = [sub, entry].filter((s): s is string => s !== undefined && s !== '').join(',');
  return {
    tex: `${tex}${sup !== undefined ? `^{${sup}}` : ''}${subscript ? `_{${subscript}}` : ''}`,
    text: `${text}${sup !== undefined ? script(SUPERSCRIPT, sup) : ''}${subscript ? script(SUBSCRIPT, subscript) : ''}`,
  };
}

/** ∂J/∂(symbol), for the notations that write gradients as fractions. */
function partial(loss: Symbol, of: Symbol): Symbol {
  return { tex: `\\frac{\\partial ${loss.tex}}{\\partial ${of.tex}}`, text: `∂${loss.text}/∂${of.text}` };
}

const one = (n: number) => String(n + 1);

/**
 * What weight column j multiplies: the bias ('bias'), or neuron k (0-based) of the layer below; null when the
 * place does not say its bias layout (the column is then named by its own number).
 */
function columnSource(place: SymbolPlace): number | 'bias' | null {
  if (place.j === undefined || !place.bias || place.inputs === undefined) return null;
  if (place.j === biasColumn(place.bias, place.inputs)) return 'bias';
  return place.bias === 'first' ? place.j - 1 : place.j;
}

/** The entry label of a weight column: plain 1-based, or the neuron number with the bias as 0 (Cheng). */
function weightEntry(place: SymbolPlace, biasAsZero: boolean): string | undefined {
  if (place.i === undefined) return undefined;
  if (place.j === undefined) return one(place.i);
  const source = columnSource(place);
  if (!biasAsZero || source === null) return indexPair(one(place.i), one(place.j));
  return `${one(place.i)},${source === 'bias' ? 0 : source + 1}`;
}

function boughammoura(q: NamedQuantity, p: SymbolPlace): Symbol {
  const h = String(p.layer);
  const entry = p.i === undefined ? undefined : p.j === undefined ? one(p.i) : indexPair(one(p.i), one(p.j));
  switch (q) {
    case 'X':
      return compose({ tex: 'X', text: 'X', sup: h }, entry);
    case 'XWithBias':
      return compose({ tex: '\\hat{X}', text: 'X̂', sup: h }, entry);
    case 'Y':
      return compose({ tex: 'Y', text: 'Y', sup: h }, entry);
    case 'W':
      return compose({ tex: 'W', text: 'W', sup: h }, entry);
    case 'bias':
      return compose({ tex: 'b', text: 'b', sup: h }, entry);
    case 'updatedW':
      return compose({ tex: '\\widetilde{W}', text: 'W̃', sup: h }, entry);
    case 'gradW':
      // δ_{W^h} in TeX; in text δW^h as the mission writes it: "δ_W²" would show its underscore literally.
      return compose({ tex: '{\\delta_{W}}', text: 'δW', sup: h }, entry);
    case 'deltaUp':
      return compose({ tex: '\\delta^{\\mathrm{up}}', text: 'δup', sub: h }, entry);
    case 'deltaUpWithBias':
      return compose({ tex: '\\hat{\\delta}^{\\mathrm{up}}', text: 'δ̂up', sub: h }, entry);
    case 'deltaDown':
      return compose({ tex: '\\delta^{\\mathrm{down}}', text: 'δdown', sub: h }, entry);
    case 'activationDerivative':
      return {
        tex: `\\sigma'(${compose({ tex: 'Y', text: 'Y', sup: h }, entry).tex})`,
        text: `σ'(${compose({ tex: 'Y', text: 'Y', sup: h }, entry).text})`,
      };
    case 'amplification':
      return compose({ tex: '\\alpha', text: 'α', sub: h }, entry);
    case 'target':
      return compose({ tex: 'y', text: 'y' }, entry);
    case 'loss':
      return { tex: 'J', text: 'J' };
  }
}

function dyda(q: NamedQuantity, p: SymbolPlace): Symbol {
  const l = `[${p.layer}]`;
  const entry = p.i === undefined ? undefined : p.j === undefined ? one(p.i) : indexPair(one(p.i), one(p.j));
  const L: Symbol = { tex: 'L', text: 'L' };
  switch (q) {
    case 'X':
      return compose({ tex: 'a', text: 'a', sup: l }, entry);
    case 'XWithBias':
      return compose({ tex: 'X', text: 'X', sup: `[${p.layer + 1}]` }, entry);
    case 'Y':
      return compose({ tex: '\\mathit{net}', text: 'net', sup: l }, entry);
    case 'W':
      return compose({ tex: 'W', text: 'W', sup: l }, entry);
    case 'bias':
      return compose({ tex: 'b', text: 'b', sup: l }, entry);
    case 'updatedW':
      return compose({ tex: '\\widetilde{W}', text: 'W̃', sup: l }, entry);
    case 'gradW':
      return partial(L, compose({ tex: 'W', text: 'W', sup: l }, entry));
    case 'deltaUp':
      return partial(L, compose({ tex: 'a', text: 'a', sup: l }, entry));
    case 'deltaUpWithBias':
      return partial(L, compose({ tex: 'X', text: 'X', sup: `[${p.layer + 1}]` }, entry));
    case 'deltaDown':
      return compose({ tex: '\\delta', text: 'δ', sup: l }, entry);
    case 'activationDerivative': {
      const net = compose({ tex: '\\mathit{net}', text: 'net', sup: l }, entry);
      return { tex: `\\varphi'(${net.tex})`, text: `φ'(${net.text})` };
    }
    case 'amplification':
      return compose({ tex: '\\alpha', text: 'α', sup: l }, entry);
    case 'target':
      return compose({ tex: 'y', text: 'y' }, entry);
    case 'loss':
      return L;
  }
}

/** Quantities laid out as W^h, whose columns are the bias and the weights from the layer below. */
const WEIGHT_QUANTITIES: ReadonlySet<NamedQuantity> = new Set(['W', 'gradW', 'updatedW']);

function lecture(q: NamedQuantity, p: SymbolPlace): Symbol {
  const l = String(p.layer + 1); // the lecture note numbers the input layer 1
  // Seed 003 keeps the bias apart: z^l = W^l a^{l-1} + b^l (eq. 1), so W^l's bias column is b^l, named b^l_j, and
  // the other columns are w^l_{jk} with k the neuron of layer l − 1 (1-based), ∂C/∂w^l_{jk} and ∂C/∂b^l_j (5, 6).
  const source = WEIGHT_QUANTITIES.has(q) ? columnSource(p) : null;
  const isBias = source === 'bias';
  const entry =
    p.i === undefined
      ? undefined
      : p.j === undefined || isBias
        ? one(p.i)
        : indexPair(one(p.i), one(source ?? p.j));
  const C: Symbol = { tex: 'C', text: 'C' };
  const b = (): Symbol => compose({ tex: 'b', text: 'b', sup: l }, entry);
  switch (q) {
    case 'X':
      return compose({ tex: 'a', text: 'a', sup: l }, entry);
    case 'XWithBias':
      return compose({ tex: '\\hat{a}', text: 'â', sup: l }, entry);
    case 'Y':
      return compose({ tex: 'z', text: 'z', sup: l }, entry);
    case 'W':
      return isBias ? b() : compose({ tex: 'W', text: 'W', sup: l }, entry);
    case 'bias':
      return b();
    case 'updatedW':
      // The note gives no update rule; the app writes an updated weight W̃ (Dyda's), so an updated bias is b̃.
      return compose(
        isBias ? { tex: '\\widetilde{b}', text: 'b̃', sup: l } : { tex: '\\widetilde{W}', text: 'W̃', sup: l },
        entry,
      );
    case 'gradW':
      return partial(C, isBias ? b() : compose({ tex: 'W', text: 'W', sup: l }, entry));
    case 'deltaUp':
      return partial(C, compose({ tex: 'a', text: 'a', sup: l }, entry));
    case 'deltaUpWithBias':
      return partial(C, compose({ tex: '\\hat{a}', text: 'â', sup: l }, entry));
    case 'deltaDown':
      return entry === undefined
        ? compose({ tex: '\\Delta', text: 'Δ', sup: l })
        : compose({ tex: '\\delta', text: 'δ', sup: l }, entry);
    case 'activationDerivative': {
      const z = compose({ tex: 'z', text: 'z', sup: l }, entry);
      return { tex: `\\sigma'(${z.tex})`, text: `σ'(${z.text})` };
    }
    case 'amplification':
      return compose({ tex: '\\alpha', text: 'α', sup: l }, entry);
    case 'target':
      return compose({ tex: 'y', text: 'y' }, entry);
    case 'loss':
      return C;
  }
}

function cheng(q: NamedQuantity, p: SymbolPlace): Symbol {
  const l = String(p.layer);
  const entry = p.i === undefined ? undefined : p.j === undefined ? one(p.i) : weightEntry(p, true);
  const E: Symbol = { tex: 'E', text: 'E' };
  switch (q) {
    case 'X':
      return compose({ tex: 'z', text: 'z', sub: l }, entry);
    case 'XWithBias':
      return compose({ tex: '\\hat{z}', text: 'ẑ', sub: l }, entry);
    case 'Y':
      return compose({ tex: 'u', text: 'u', sub: l }, entry);
    case 'W':
      return compose({ tex: 'w', text: 'w', sub: l }, entry);
    case 'bias':
      return compose({ tex: 'w', text: 'w', sub: l }, entry === undefined ? undefined : `${entry},0`);
    case 'updatedW':
      return compose({ tex: '\\widetilde{w}', text: 'w̃', sub: l }, entry);
    case 'gradW':
      return partial(E, compose({ tex: 'w', text: 'w', sub: l }, entry));
    case 'deltaUp':
      return partial(E, compose({ tex: 'z', text: 'z', sub: l }, entry));
    case 'deltaUpWithBias':
      return partial(E, compose({ tex: '\\hat{z}', text: 'ẑ', sub: l }, entry));
    case 'deltaDown':
      return compose({ tex: '\\delta', text: 'δ', sub: l }, entry);
    case 'activationDerivative': {
      const u = compose({ tex: 'u', text: 'u', sub: l }, entry);
      return { tex: `\\phi'_{${l}}(${u.tex})`, text: `φ'${script(SUBSCRIPT, l)}(${u.text})` };
    }
    case 'amplification':
      return compose({ tex: '\\alpha', text: 'α', sub: l }, entry);
    case 'target':
      return compose({ tex: 'd', text: 'd' }, entry);
    case 'loss':
      return E;
  }
}

const TABLE: Record<NotationName, (q: NamedQuantity, p: SymbolPlace) => Symbol> = {
  boughammoura,
  dyda,
  lecture,
  cheng,
};

/** The name of a quantity (or one entry of it) in a notation, e.g. δdown₂ or δ^{[2]} or δ_{2,1}. */
export function symbolFor(notation: NotationName, quantity: NamedQuantity, place: SymbolPlace): Symbol {
  return TABLE[notation](quantity, place);
}

/** W♯ in text: the weight symbol with the sharp that marks the bias column dropped (Boughammoura (21)). */
export function sharpText(weight: string): string {
  return weight.replace(/^([Ww])/, '$1♯');
}

/**
 * Whether a notation writes the bias as a vector of its own beside W (the lecture note's z^l = W^l a^{l-1} + b^l,
 * seed 003 eq. 1) rather than as a column of W against a constant 1 (Boughammoura, Dyda, Cheng's w_{l,i,0}).
 */
export function biasApart(notation: NotationName): boolean {
  return notation === 'lecture';
}

/** How a notation numbers layer h (Boughammoura's index): the lecture note counts the input as layer 1. */
export function layerNumber(notation: NotationName, h: number): number {
  return notation === 'lecture' ? h + 1 : h;
}

/** The name of the activation function in a notation (σ, φ, ψ for Dyda's softmax). */
export function activationSymbol(notation: NotationName): Symbol {
  return notation === 'boughammoura' || notation === 'lecture'
    ? { tex: '\\sigma', text: 'σ' }
    : { tex: '\\varphi', text: 'φ' };
}

/** A one-line description of where a notation comes from. */
export const NOTATION_LABELS: Record<NotationName, string> = {
  boughammoura: 'Boughammoura: X^h, Y^h, δup, δdown',
  dyda: 'Dyda: net, a, δ (the handout)',
  lecture: 'Lecture note: z, a, W, b, Δ',
  cheng: 'Cheng: u, z, w, δ, α',
};
