/** A panel's size in CSS pixels. */
export interface Size {
  readonly width: number;
  readonly height: number;
}

/** Width changes up to this many pixels keep the layout (the viewBox scales the drawing by the rest). */
const WIDTH_TOLERANCE_PX = 16;

/**
 * The size to lay the graph out for: the previous one until the width changes by more than 16 px or the height by
 * more than a fifth.
 * Issue 6: the equation below the graph changes height with every step, and a new layout per step (structure
 * redrawn, zoom reset, canvas and hover index rebuilt) cost more than the step itself; a slightly taller or
 * shorter panel only scales the drawing a little (the svg's viewBox fits it).
 */
export function stableSize(previous: Size | null, next: Size | null): Size | null {
  if (!previous || !next) return next;
  // A scrollbar coming and going, or a few pixels of window resizing, only rescale the drawing too.
  const widthChanged = Math.abs(next.width - previous.width) > WIDTH_TOLERANCE_PX;
  const heightChanged = Math.abs(next.height - previous.height) > 0.2 * previous.height;
  return widthChanged || heightChanged ? next : previous;
}
