import { interpolateLab, lab, piecewise, scaleDiverging, type ScaleDiverging } from 'd3';

/** Blue for negative, orange for positive: a colour-blind-safe diverging pair, as the panels use (--neg, --pos). */
const STOPS = ['#0b3d7a', '#4f8fd0', '#f4f4f1', '#f0a35a', '#8a3a05'];
/** The same hues around a dark zero, so that a 0 does not glare on the dark theme's panel. */
const DARK_STOPS = ['#0b3d7a', '#4f8fd0', '#3b414c', '#f0a35a', '#8a3a05'];

/**
 * A diverging colour scale symmetric about 0 for values up to ±`maxAbs`: sign by hue, magnitude by depth.
 * The sign is also written in each label (U+2212), so colour is never the only cue.
 */
export function valueColor(maxAbs: number, dark = false): ScaleDiverging<string> {
  const m = maxAbs > 0 && Number.isFinite(maxAbs) ? maxAbs : 1;
  return scaleDiverging<string>(piecewise(interpolateLab, dark ? DARK_STOPS : STOPS))
    .domain([-m, 0, m])
    .clamp(true);
}

/** Text colour readable on a fill: white on deep colours, near-black on light ones. */
export function inkOn(fill: string): string {
  return lab(fill).l < 58 ? '#ffffff' : '#1d2330';
}

/** Edge strokes: the same hues, but a mid grey at 0 so that a near-zero weight still shows on the panel. */
const EDGE_STOPS = ['#0b3d7a', '#4f8fd0', '#a9aeb8', '#f0a35a', '#8a3a05'];

/** A diverging scale for edge strokes, symmetric about 0 up to ±`maxAbs`. */
export function edgeColor(maxAbs: number): ScaleDiverging<string> {
  const m = maxAbs > 0 && Number.isFinite(maxAbs) ? maxAbs : 1;
  return scaleDiverging<string>(piecewise(interpolateLab, EDGE_STOPS)).domain([-m, 0, m]).clamp(true);
}
