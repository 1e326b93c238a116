/** A line segment in layout coordinates (an edge from (x1, y1) to (x2, y2)). */
export interface Segment {
  readonly x1: number;
  readonly y1: number;
  readonly x2: number;
  readonly y2: number;
}

/** The segment nearest a point and its distance. */
export interface Nearest {
  readonly index: number;
  readonly distance: number;
}

/** Finds the segment nearest a point without looking at every segment. */
export interface SegmentIndex {
  /** The nearest segment within `radius` of (x, y) (ties: the lowest index), or null when none is that close. */
  nearest(x: number, y: number, radius: number): Nearest | null;
  /** How many segments it holds. */
  readonly size: number;
  /** How many distances the last query computed (a segment met in two cells counts twice): few, for a useful index. */
  readonly examined: number;
  /** The side of a grid cell it chose. */
  readonly cellSize: number;
}

/** What the index may cost: its smallest cell, and the most cell entries it stores (4 bytes each). */
export interface SegmentIndexOptions {
  readonly cellSize?: number;
  readonly maxEntries?: number;
}

/** Distance from (x, y) to the segment (projection clamped to its ends). */
export function segmentDistance(s: Segment, x: number, y: number): number {
  const dx = s.x2 - s.x1;
  const dy = s.y2 - s.y1;
  const lengthSquared = dx * dx + dy * dy;
  const t =
    lengthSquared === 0 ? 0 : Math.max(0, Math.min(1, ((x - s.x1) * dx + (y - s.y1) * dy) / lengthSquared));
  return Math.hypot(x - (s.x1 + t * dx), y - (s.y1 + t * dy));
}

/** The nearest segment by looking at all of them: the reference the index is tested against. */
export function nearestByScan(
  segments: readonly Segment[],
  x: number,
  y: number,
  radius: number,
): Nearest | null {
  let best: Nearest | null = null;
  segments.forEach((s, index) => {
    const distance = segmentDistance(s, x, y);
    if (distance <= radius && (!best || distance < best.distance)) best = { index, distance };
  });
  return best;
}

/**
 * A uniform grid over the segments' bounding box: each cell lists every segment that passes through it (each
 * column of cells a segment crosses gets the y-range the segment covers within that column), stored flat in
 * typed arrays (cell → start offset → segment indices). A query looks only at the cells within `radius` of the
 * point, so hovering 109,000 edges costs a few dozen distance computations instead of 109,000.
 */
export function createSegmentIndex(
  segments: readonly Segment[],
  { cellSize: smallestCell = 16, maxEntries = 4_000_000 }: SegmentIndexOptions = {},
): SegmentIndex {
  let minX = Infinity;
  let minY = Infinity;
  let maxX = -Infinity;
  let maxY = -Infinity;
  for (const s of segments) {
    minX = Math.min(minX, s.x1, s.x2);
    maxX = Math.max(maxX, s.x1, s.x2);
    minY = Math.min(minY, s.y1, s.y2);
    maxY = Math.max(maxY, s.y1, s.y2);
  }
  if (segments.length === 0) return { nearest: () => null, size: 0, examined: 0, cellSize: smallestCell };
  // A segment lands in about (|dx| + |dy|) / cell + 2 cells: grow the cells until the entries fit the budget.
  let travel = 0;
  for (const s of segments) travel += Math.abs(s.x2 - s.x1) + Math.abs(s.y2 - s.y1);
  const room = Math.max(1, maxEntries - 2 * segments.length);
  // and keep the grid itself to about a million cells
  const width = maxX - minX;
  const height = maxY - minY;
  const cellSize = Math.max(
    smallestCell,
    travel / room,
    Math.sqrt((width * height) / 1e6),
    Math.max(width, height) / 65536,
  );
  const columns = Math.floor((maxX - minX) / cellSize) + 1;
  const rows = Math.floor((maxY - minY) / cellSize) + 1;
  const column = (x: number) => Math.min(columns - 1, Math.max(0, Math.floor((x - minX) / cellSize)));
  const row = (y: number) => Math.min(rows - 1, Math.max(0, Math.floor((y - minY) / cellSize)));

  const slack = cellSize * 1e-9;
  /** Calls `visit(cell)` for every cell segment `s` passes through. */
  const cellsOf = (s: Segment, visit: (cell: number) => void) => {
    const [ax, ay, bx, by] = s.x1 <= s.x2 ? [s.x1, s.y1, s.x2, s.y2] : [s.x2, s.y2, s.x1, s.y1];
    const first = column(ax);
    const last = column(bx);
    const slope = (by - ay) / (bx - ax);
    // vertical, or so nearly that the slope overflows: the segment's whole y-range in its one column
    const steep = !Number.isFinite(slope);
    for (let c = first; c <= last; c++) {
      // the part of the segment inside this column of cells
      const left = Math.max(ax, minX + c * cellSize);
      const right = Math.min(bx, minX + (c + 1) * cellSize);
      const yLeft = steep ? ay : ay + slope * (left - ax);
      const yRight = steep ? by : ay + slope * (right - ax);
      // a hair wider than exact, so rounding at a cell boundary never leaves out a cell the segment touches
      const top = row(Math.min(yLeft, yRight) - slack);
      const bottom = row(Math.max(yLeft, yRight) + slack);
      for (let r = top; r <= bottom; r++) visit(r * columns + c);
    }
  };

  // Two passes: count per cell, then fill (compressed rows, no arrays per cell).
  const start = new Int32Array(columns * rows + 1);
  segments.forEach((s) => cellsOf(s, (cell) => start[cell + 1]!++));
  for (let k = 1; k < start.length; k++) start[k]! += start[k - 1]!;
  const items = new Int32Array(start[start.length - 1]!);
  const filled = start.slice(0, -1);
  segments.forEach((s, index) => cellsOf(s, (cell) => (items[filled[cell]!++] = index)));

  let examined = 0;
  return {
    size: segments.length,
    cellSize,
    get examined() {
      return examined;
    },
    nearest(x, y, radius) {
      examined = 0;
      const reach = radius + slack;
      if (!(radius >= 0)) return null;
      if (x < minX - reach || x > maxX + reach || y < minY - reach || y > maxY + reach) return null;
      let best = -1;
      let bestDistance = Infinity;
      for (let r = row(y - reach); r <= row(y + reach); r++) {
        for (let c = column(x - reach); c <= column(x + reach); c++) {
          const cell = r * columns + c;
          examined += start[cell + 1]! - start[cell]!;
          for (let k = start[cell]!; k < start[cell + 1]!; k++) {
            const index = items[k]!;
            const distance = segmentDistance(segments[index]!, x, y);
            if (distance < bestDistance || (distance === bestDistance && index < best)) {
              best = index;
              bestDistance = distance;
            }
          }
        }
      }
      return best >= 0 && bestDistance <= radius ? { index: best, distance: bestDistance } : null;
    },
  };
}
