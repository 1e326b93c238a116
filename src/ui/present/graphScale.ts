import { useSyncExternalStore } from 'react';
import type { DeltascopeState } from '../../store/store';
import { useDeltascope } from '../StoreContext';

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

/**
 * Presentation mode's sizes are set for a 1280×720 projector; a larger screen scales them up with it (at most
 * twice), so that a room sees the same picture on a 1920×1080 projector, not a smaller one in a wider blank
 * (present.css does the same for the text with its --present-px unit).
 */
export function presentScale(width: number, height: number): number {
  return Math.min(2, Math.max(1, Math.min(width / 1280, height / 720)));
}

const subscribeToResize = (onChange: () => void) => {
  window.addEventListener('resize', onChange);
  return () => window.removeEventListener('resize', onChange);
};
const windowScale = () => presentScale(window.innerWidth, window.innerHeight);

/** The graph's label size in px (undefined outside presentation mode), scaled with the screen. */
export function useGraphFontSize(): number | undefined {
  const base = useDeltascope(selectGraphFontSize);
  const scale = useSyncExternalStore(subscribeToResize, windowScale, () => 1);
  return base === undefined ? undefined : Math.round(base * scale);
}
