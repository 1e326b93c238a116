import { expect } from 'vitest';

/**
 * The one tolerance assertion shared by all numeric tests (after d3's `assertInDelta`).
 * Passes when |actual − expected| ≤ tolerance, element-wise for arrays/typed arrays of equal length.
 * The failure message names the index and both numbers.
 */
export function expectClose(
  actual: number | ArrayLike<number>,
  expected: number | ArrayLike<number>,
  tolerance = 1e-12,
): void {
  if (typeof actual === 'number' || typeof expected === 'number') {
    if (typeof actual !== 'number' || typeof expected !== 'number') {
      throw new Error(`expectClose: cannot compare a number with an array`);
    }
    const ok = Math.abs(actual - expected) <= tolerance;
    expect(ok, `expected ${actual} to be within ${tolerance} of ${expected}`).toBe(true);
    return;
  }
  expect(actual.length, 'expectClose: lengths differ').toBe(expected.length);
  for (let i = 0; i < expected.length; i++) {
    const a = actual[i] as number;
    const e = expected[i] as number;
    const ok = Math.abs(a - e) <= tolerance;
    expect(ok, `[${i}]: expected ${a} to be within ${tolerance} of ${e}`).toBe(true);
  }
}

/** How many decimals a printed number shows: "−0.0524114" → 7, "0.3" → 1, "0" → 0. */
export function printedDecimals(printed: string): number {
  const point = printed.indexOf('.');
  return point < 0 ? 0 : printed.length - point - 1;
}

/**
 * Asserts that `actual`, rounded to as many decimals as `printed` shows, is the printed number: how a seed's
 * digits are checked "at their printed digits". `printed` is the number as the seed writes it, e.g. "-0.0524114".
 */
export function expectPrinted(actual: number | undefined, printed: string, where = ''): void {
  expect(actual, `${where}: no number`).toBeTypeOf('number');
  // + 0 turns −0 into 0: the seeds print 0 where the product computes −0 × …
  const rounded = Number((actual as number).toFixed(printedDecimals(printed))) + 0;
  expect(rounded, `${where}: ${actual} rounds to ${rounded}, the seed prints ${printed}`).toBe(
    Number(printed) + 0,
  );
}

/** `expectPrinted` entry by entry; `printed` lists the numbers of a vector, or the rows of a matrix flattened. */
export function expectAllPrinted(actual: ArrayLike<number>, printed: readonly string[], where = ''): void {
  expect(actual.length, `${where}: length`).toBe(printed.length);
  printed.forEach((p, k) => expectPrinted(actual[k], p, `${where}[${k}]`));
}
