/** Below this the type would be too small to read; past it the display scrolls instead. */
export const MIN_FIT_SCALE = 0.7;
/** Overflow this small is KaTeX's own slack (struts, italic corrections), nothing cut. */
export const SLACK_PX = 4;

/** A box of typeset formulas as measured at one type scale (every length in px at that scale). */
export interface MeasuredBox {
  /** The scale it was measured at. */
  readonly scale: number;
  /** The widest formula. */
  readonly widest: number;
  /** The box's whole height. */
  readonly height: number;
  /** Its wrapping rows (flex-wrap): each item's width and height, the gap between items. */
  readonly rows: readonly {
    readonly items: readonly { width: number; height: number }[];
    readonly gap: number;
  }[];
  /** The room: the box's width, and the height it may take (null: it may grow). */
  readonly roomWidth: number;
  readonly roomHeight: number | null;
}

/** The height of a wrapping row of `items` (px) in `width`: greedy lines as the browser fills a flex-wrap row. */
export function wrappedHeight(
  items: readonly { width: number; height: number }[],
  gap: number,
  width: number,
) {
  let total = 0;
  let lineWidth = -1;
  let lineHeight = 0;
  for (const item of items) {
    const w = Math.min(item.width, width);
    if (lineWidth >= 0 && lineWidth + gap + w <= width) {
      lineWidth += gap + w;
      lineHeight = Math.max(lineHeight, item.height);
    } else {
      total += lineHeight;
      lineWidth = w;
      lineHeight = item.height;
    }
  }
  return total + lineHeight;
}

/**
 * The largest type scale, from 1 down to MIN_FIT_SCALE, at which the box fits its room, computed from one
 * measurement: everything in it is sized in em, so it scales with the type, except where the rows wrap, which
 * is worked out as the browser would. (Measuring each try instead cost a laid-out frame per try.)
 */
export function bestScale(box: MeasuredBox): number {
  const width = box.roomWidth - SLACK_PX;
  const rowsAt = (k: number, room: number) =>
    box.rows.reduce(
      (h, r) =>
        h +
        wrappedHeight(
          r.items.map((i) => ({ width: i.width * k, height: i.height * k })),
          r.gap * k,
          room,
        ),
      0,
    );
  // What is not in a wrapping row (the symbolic line, margins) scales as it is; the rows as the browser wrapped
  // them at the measured scale (in the box's whole width).
  const rest = box.height - rowsAt(1, box.roomWidth);
  for (let s = 1; s > MIN_FIT_SCALE; s -= 0.005) {
    const k = s / box.scale;
    if (box.widest * k > width) continue;
    // (The rows wrap in the box's whole width, as the browser wraps them: in the width less the slack, a row that
    // fits with under 4 px to spare was counted as two lines, and the type shrank by a notch it did not need.)
    if (box.roomHeight !== null && rest * k + rowsAt(k, box.roomWidth) > box.roomHeight - SLACK_PX) continue;
    return Math.round(s * 1000) / 1000;
  }
  return MIN_FIT_SCALE;
}
