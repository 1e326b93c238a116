/** Weight units per pixel of horizontal drag; Shift gives ten times finer steps. */
export const SCRUB_STEP = 0.01;
export const FINE_SCRUB_STEP = 0.001;

/**
 * The value after dragging `dx` pixels from `start`, on the grid of the step (so the number shown stays short:
 * 0.15 → 0.16 → 0.17, not 0.16000000000000003).
 */
export function scrubbed(start: number, dx: number, fine: boolean): number {
  const step = fine ? FINE_SCRUB_STEP : SCRUB_STEP;
  const decimals = fine ? 3 : 2;
  return Number((Math.round(start / step) * step + Math.round(dx) * step).toFixed(decimals));
}
