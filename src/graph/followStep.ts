import type { Step } from '../engine/types';
import type { GraphLayout } from './layout';
import { viewBoxFit } from './viewFit';

/**
 * Below this scale of the whole drawing in its panel, the graph follows the step. Dyda's labelled drawing in a
 * phone's panel (about 350 px wide) is shown at ~0.5, its numbers 6 px high: too small to read, where the
 * equation under it is full size. At the desk it is shown at 0.85–1.
 */
export const FOLLOW_BELOW = 0.7;

/** Only panels narrower than this follow the step (a phone's, a narrow embed's); at the desk the whole network
 * stays in view as the teacher set it. */
export const FOLLOW_WIDTH = 600;

/** Air left of the first column and right of the last one shown, in layout units. */
const SIDE = 12;

/** A zoom of the graph's viewport, in viewBox units (d3-zoom's k, x, y). */
export interface View {
  readonly k: number;
  readonly x: number;
  readonly y: number;
}

/** The whole drawing, as the viewBox fits it. */
export const WHOLE: View = { k: 1, x: 0, y: 0 };

/**
 * The columns a step works on: those of its W^h, h − 1 and h. A step of layer h reads or writes there, and the
 * two steps of a forward layer, the five of a backward one, keep one view, so the drawing moves once a layer.
 */
export function stepColumns(step: Step): readonly [number, number] {
  return [Math.max(0, step.layer - 1), step.layer];
}

/**
 * The view of a step on a panel of `width` × `height` px: zoomed so that the columns the step works on fill the
 * panel's width, as near 1:1 as fits (never past it), and the whole height of the drawing stays in sight; moved
 * so they are centred, without showing blank past the drawing's sides. WHOLE when the drawing is legible at fit
 * (FOLLOW_BELOW), at the start (no step), or on a big drawing (no values written in its circles).
 */
export function followView(layout: GraphLayout, width: number, height: number, step: Step | undefined): View {
  if (!step || !canFollow(layout, width, height)) return WHOLE;
  const fit = viewBoxFit(width, height, layout.width, layout.height).scale;
  const { left, right } = columnSpan(layout, ...stepColumns(step));
  // The viewBox shows the drawing at `fit` px per unit, centred: the panel spans width / fit units across.
  const across = width / fit;
  const k = Math.max(1, Math.min(1 / fit, across / (right - left), height / fit / layout.height));
  // Centred on the columns, then held so that no side of the drawing comes in with blank beyond it.
  const middle = layout.width / 2;
  const lowest = middle + across / 2 - k * layout.width;
  const highest = middle - across / 2;
  const centred = middle - (k * (left + right)) / 2;
  const x = lowest <= highest ? Math.min(highest, Math.max(lowest, centred)) : (lowest + highest) / 2;
  return { k, x, y: (layout.height / 2) * (1 - k) };
}

/** What a view of columns `from` … `to` shows across, in layout units: their circles and a little air. */
function columnSpan(layout: GraphLayout, from: number, to: number): { left: number; right: number } {
  const r = Math.max(...layout.nodes.map((n) => n.r));
  return {
    left: Math.max(0, layout.columns[from]!.x - r - SIDE),
    right: Math.min(layout.width, layout.columns[to]!.x + r + SIDE),
  };
}

/** Whether a drawing is too small to read in its panel and a narrow panel can follow its steps (followView). */
export function canFollow(layout: GraphLayout, width: number, height: number): boolean {
  const fit = viewBoxFit(width, height, layout.width, layout.height).scale;
  return layout.nodeLabels && layout.columns.length > 1 && width < FOLLOW_WIDTH && fit < FOLLOW_BELOW;
}

/**
 * The scale a followed drawing is shown at: its two widest neighbouring columns across the panel, its whole height
 * in it, never past 1:1. fitLayout keeps the labelled drawing where this is readable, though the whole is not.
 */
export function followedScale(layout: GraphLayout, width: number, height: number): number {
  const spans = layout.columns.slice(1).map((_, h) => {
    const { left, right } = columnSpan(layout, h, h + 1);
    return right - left;
  });
  return Math.min(1, height / layout.height, width / Math.max(...spans));
}
