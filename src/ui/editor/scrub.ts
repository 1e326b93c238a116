/** Weight units per pixel of horizontal drag; Shift gives ten times finer steps. */
export const SCRUB_STEP = 0.01;
export const FINE_SCRUB_STEP = 0.001;

/** How many decimals a number is written with (0.157 → 3), at most 12. */
function decimalsOf(x: number): number {
  const text = String(x);
  if (text.includes('e')) return 12;
  return Math.min(12, text.split('.')[1]?.length ?? 0);
}

/**
 * The value after dragging `dx` pixels from `start`, rounded to the decimals of the start and the step, so the
 * number shown stays short (0.15 → 0.16 → 0.17, not 0.16000000000000003) and nothing typed is lost.
 */
export function scrubbed(start: number, dx: number, fine: boolean): number {
  const step = fine ? FINE_SCRUB_STEP : SCRUB_STEP;
  return Number((start + Math.round(dx) * step).toFixed(Math.max(fine ? 3 : 2, decimalsOf(start))));
}
