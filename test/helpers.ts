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
