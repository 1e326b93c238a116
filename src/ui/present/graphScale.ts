import type { DeltascopeState } from '../../store/store';

/**
 * Presentation mode's graph: labels at 27 px, so that even after the viewBox fits the panel (a few per cent) and with
 * the bias units' smaller type they stay at 24 px or more (the back row of a projected 1280×720 screen). A 2-2-2 graph
 * with 8-decimal labels at that size needs 550 px of height, more than the projector leaves beside the
 * equation; at 4 decimals it fits in about 400. The equation below keeps every digit.
 */
export const PRESENT_GRAPH_FONT = 27;
export const PRESENT_GRAPH_DIGITS = 4;

/** The graph's label size: undefined (the graph's own default) outside presentation mode. */
export const selectGraphFontSize = (s: DeltascopeState): number | undefined =>
  s.mode === 'present' ? PRESENT_GRAPH_FONT : undefined;

/** The decimals the graph writes: the chosen digits, at most 4 in presentation mode. */
export const selectGraphDigits = (s: DeltascopeState): number =>
  s.mode === 'present' ? Math.min(s.digits, PRESENT_GRAPH_DIGITS) : s.digits;
