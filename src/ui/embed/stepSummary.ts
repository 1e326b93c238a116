import { formatNumber } from '../../engine/format';
import { symbolFor, type NotationName } from '../../engine/notation';
import type { QuantityRef, Trace } from '../../engine/types';
import { stepName } from '../../store/selectors';

/** The numbers a quantity holds (row by row for a matrix) and its row length; empty when there are none. */
export function quantityValues(trace: Trace, ref: QuantityRef): { values: number[]; cols: number } {
  if (ref.quantity === 'loss') return { values: [trace.loss], cols: 1 };
  if (ref.quantity === 'target')
    return { values: [...trace.sample.target], cols: trace.sample.target.length };
  const value = trace.layers[ref.layer]?.[ref.quantity] ?? null;
  if (value === null) return { values: [], cols: 0 };
  if (value instanceof Float64Array) return { values: [...value], cols: value.length };
  return { values: [...value.data], cols: value.cols };
}

/** The current step as the embed reports and shows it: index, name, symbol and the numbers it wrote. */
export interface StepSummary {
  /** Index into trace.steps; −1 before the first step. */
  readonly step: number;
  readonly total: number;
  /** The step in words, e.g. `backward · layer 2 · δdown δ^[2]`. */
  readonly name: string;
  /** The written quantity's symbol in the notation, e.g. `δ^[2]`; empty before the first step. */
  readonly symbol: string;
  /** What the step wrote, full precision, row by row for a matrix. */
  readonly values: readonly number[];
  /** Row length of `values` (its length for a vector). */
  readonly cols: number;
}

/** The step at `cursor` summarised for the embed's caption and its `deltascope:step` message. */
export function summarizeStep(trace: Trace, cursor: number, notation: NotationName): StepSummary {
  const step = trace.steps[cursor];
  const total = trace.steps.length;
  if (step === undefined)
    return { step: -1, total, name: stepName(undefined, notation), symbol: '', values: [], cols: 0 };
  return {
    step: cursor,
    total,
    name: stepName(step, notation),
    symbol: symbolFor(notation, step.writes.quantity, { layer: step.writes.layer }).text,
    ...quantityValues(trace, step.writes),
  };
}

/** A caption writes every number of a step up to this many (every step of every preset); past it, a few. */
export const CAPTION_ALL = 24;
/** How many numbers a caption writes of a quantity too big to write whole. */
export const CAPTION_FEW = 8;

/**
 * `(−0.11033497, 0.0864191)` at `digits` decimals (one number bare), a matrix's rows separated by `;`. A quantity
 * of more than CAPTION_ALL numbers (A[784,128,64,10]'s 784 inputs, its 100,352 weights) is written by its first
 * CAPTION_FEW and its size: written whole, it made the embed 25,000 px tall. The message carries them all.
 */
export function valuesText(summary: StepSummary, digits: number): string {
  const cells = summary.values.map((v) => formatNumber(v, digits));
  if (cells.length <= 1) return cells.join('');
  const cols = Math.max(1, summary.cols);
  const rows = Math.ceil(cells.length / cols);
  if (cells.length > CAPTION_ALL) {
    const first = cells.slice(0, Math.min(cols, CAPTION_FEW)).join(', ');
    const rest = `${cols > CAPTION_FEW ? ', …' : ''}${rows > 1 ? '; …' : ''}`;
    return `(${first}${rest}), ${rows > 1 ? `${rows} × ${cols}` : cols} numbers`;
  }
  const lines: string[] = [];
  for (let k = 0; k < cells.length; k += cols) lines.push(cells.slice(k, k + cols).join(', '));
  return `(${lines.join('; ')})`;
}
