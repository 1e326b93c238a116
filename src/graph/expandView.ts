import type { View } from './followStep';
import { LEGIBLE_PX, type GraphLayout } from './layout';
import { viewBoxFit } from './viewFit';

/**
 * The view right after a "+N neurons" handle expands its layer. The new drawing is as tall as the whole layer
 * (A[784,…]'s input column is some 6,000 units), and fitted to the panel its captions and the other handles
 * would be specks and its neurons a grey bar. So the view zooms in (to the scale the reader had, or more, until
 * the column's neurons are apart enough to read) and is centred where the handle was, on the first of the neurons
 * it hid; Fit shows the whole, Fold layers folds it again. Null when the new drawing fits at that scale anyway.
 */
export function expandedView(
  before: GraphLayout,
  after: GraphLayout,
  layer: number,
  size: { readonly width: number; readonly height: number },
): View | null {
  const handle = before.handles.find((h) => h.layer === layer);
  if (!handle) return null;
  const oldFit = viewBoxFit(size.width, size.height, before.width, before.height).scale;
  const newFit = viewBoxFit(size.width, size.height, after.width, after.height).scale;
  // The neurons drawn above the handle keep their indices; the first one it hid comes next.
  const shownAbove = before.nodes.filter((n) => n.layer === layer && !n.bias && n.y < handle.y).length;
  const column = after.nodes.filter((n) => n.layer === layer && !n.bias);
  const first = column.find((n) => n.index === shownAbove);
  const next = column.find((n) => n.index === shownAbove + 1);
  if (!first || !next) return null;
  // At least the scale the reader had; more where the expanded column's neurons, packed closer than the few
  // drawn before, would still be too close to tell apart: far enough apart for their values to be written
  // (zoomLabels.ts writes them past LEGIBLE_PX).
  const legible = (1.5 * LEGIBLE_PX) / (Math.abs(next.y - first.y) * newFit);
  const k = Math.max(oldFit / newFit, legible);
  if (!(k > 1)) return null;
  // d3-zoom's transform in viewBox units. The column goes to the middle of the panel, or near its side for the
  // first and the last column, so that its edges (the rest of the network) take the panel rather than blank.
  const fit = viewBoxFit(size.width, size.height, after.width, after.height);
  const last = Math.max(...after.columns.map((c) => c.layer));
  const across = layer === 0 ? 0.15 : layer === last ? 0.85 : 0.5;
  return {
    k,
    x: (across * size.width - fit.offsetX) / fit.scale - k * first.x,
    y: after.height / 2 - k * first.y,
  };
}
