import { quantityValue } from '../../engine/quantityValue';
import { formatNumber } from '../../engine/format';
import { namer } from '../../engine/formula';
import type { NotationName } from '../../engine/notation';
import type { Matrix, Step, Trace, Vector } from '../../engine/types';

/** One number a step writes, named in the notation, e.g. δ⁽²⁾₁ = −0.11033497. */
export interface PredictEntry {
  readonly label: string;
  readonly value: number;
}

function isMatrix(value: Matrix | Vector | null): value is Matrix {
  return value !== null && 'rows' in value;
}

/** The vector or matrix a step writes, read from the trace (the loss is a single number). */
function written(trace: Trace, step: Step): Matrix | Vector | number | null {
  return quantityValue(trace, step.writes.quantity, step.writes.layer);
}

/** Every number a step writes, in reading order (row by row for a matrix), each with its symbol. */
export function predictEntries(trace: Trace, step: Step, notation: NotationName): PredictEntry[] {
  const name = namer(trace, notation);
  const { quantity, layer: h } = step.writes;
  const value = written(trace, step);
  if (typeof value === 'number') return [{ label: name(quantity, h).text, value }];
  if (value === null) return [];
  if (isMatrix(value)) {
    const entries: PredictEntry[] = [];
    for (let i = 0; i < value.rows; i++)
      for (let j = 0; j < value.cols; j++)
        entries.push({
          label: name(quantity, h, i, j).text,
          value: value.data[i * value.cols + j] as number,
        });
    return entries;
  }
  return Array.from(value, (v, i) => ({ label: name(quantity, h, i).text, value: v }));
}

/** A typed guess as a number, or a message saying what was expected. Accepts − (U+2212) and 1e-3. */
export function parseGuess(text: string): { ok: true; value: number } | { ok: false; message: string } {
  const cleaned = text.trim().replace(/\u2212/g, '-');
  if (cleaned === '') return { ok: false, message: 'Type a number first, e.g. 2.5 or -1.5e2.' };
  if (!/^[-+]?(\d+\.?\d*|\.\d+)(e[-+]?\d+)?$/i.test(cleaned))
    return {
      ok: false,
      message: `"${text.trim()}" is not a number; type a decimal such as 2.5 or -1.5e2.`,
    };
  return { ok: true, value: Number(cleaned) };
}

/** How close a guess was: the errors, and one sentence a student can act on. */
export interface Verdict {
  readonly absoluteError: number;
  /** |guess − value| / |value|, or null when the value is 0 (no relative scale). */
  readonly relativeError: number | null;
  /** True when the guess rounds to the printed value at the shown digits. */
  readonly exact: boolean;
  readonly message: string;
}

/** Compares a guess with the true value at the digits shown on screen. */
export function judgeGuess(guess: number, value: number, digits: number): Verdict {
  const absoluteError = Math.abs(guess - value);
  const relativeError = value === 0 ? null : absoluteError / Math.abs(value);
  // Half a unit in the last printed place: the guess and the value print the same.
  const tolerance = 0.5 * 10 ** -digits;
  const exact = absoluteError <= tolerance || formatNumber(guess, digits) === formatNumber(value, digits);
  const truth = formatNumber(value, digits);
  const errors = `off by ${formatNumber(absoluteError, digits)}${
    relativeError === null ? '' : ` (${formatPercent(relativeError)})`
  }`;
  let message: string;
  if (exact) message = `Exact to the printed digits: ${truth} (${digits} decimals).`;
  else if (Math.sign(guess) !== Math.sign(value) && value !== 0 && guess !== 0)
    message = `Wrong sign: the value is ${truth}; ${errors}.`;
  else if (relativeError !== null && relativeError <= 0.01) message = `Very close: ${truth}; ${errors}.`;
  else if (relativeError !== null && relativeError <= 0.1) message = `Close: ${truth}; ${errors}.`;
  else message = `Not quite: the value is ${truth}; ${errors}.`;
  return { absoluteError, relativeError, exact, message };
}

function formatPercent(ratio: number): string {
  const percent = ratio * 100;
  return `${percent >= 10 ? percent.toFixed(0) : percent.toPrecision(2)} %`;
}
