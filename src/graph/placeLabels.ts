import type { Box } from './layout';

/** A straight edge from (x1, y1) to (x2, y2). */
export interface EdgeLine {
  readonly x1: number;
  readonly y1: number;
  readonly x2: number;
  readonly y2: number;
}

/** Fractions along an edge where a label may sit (its centre on the line), away from both circles. */
const FRACTIONS = Array.from({ length: 41 }, (_, k) => 0.1 + k * 0.02);

/** A circle to keep labels off (a neuron, with its highlight ring). */
export interface Circle {
  readonly x: number;
  readonly y: number;
  readonly r: number;
}

const overlaps = (a: Box, b: Box) =>
  a.x < b.x + b.width && b.x < a.x + a.width && a.y < b.y + b.height && b.y < a.y + a.height;

/** Whether a box and a circle overlap: the box's nearest point to the centre lies inside the circle. */
export function boxMeetsCircle(box: Box, c: Circle): boolean {
  const dx = c.x - Math.max(box.x, Math.min(c.x, box.x + box.width));
  const dy = c.y - Math.max(box.y, Math.min(c.y, box.y + box.height));
  return dx * dx + dy * dy < c.r * c.r;
}

/**
 * Greedy placement of one label per edge, centred on its line: each edge prefers a fraction spread across the
 * set (so neighbours start apart) and takes the nearest fraction whose box overlaps no earlier label and no
 * circle and stays inside `bounds`. Null where none fits.
 */
export function placeEdgeLabels(
  lines: readonly EdgeLine[],
  obstacles: readonly Circle[],
  bounds: Box,
  size: { readonly width: number; readonly height: number },
): (Box | null)[] {
  const placed: Box[] = [];
  return lines.map((line, k) => {
    const preferred = 0.25 + (0.5 * k) / Math.max(1, lines.length - 1);
    const order = [...FRACTIONS].sort((a, b) => Math.abs(a - preferred) - Math.abs(b - preferred));
    for (const f of order) {
      const box: Box = {
        x: line.x1 + (line.x2 - line.x1) * f - size.width / 2,
        y: line.y1 + (line.y2 - line.y1) * f - size.height / 2,
        width: size.width,
        height: size.height,
      };
      const inside =
        box.x >= bounds.x &&
        box.y >= bounds.y &&
        box.x + box.width <= bounds.x + bounds.width &&
        box.y + box.height <= bounds.y + bounds.height;
      if (inside && !placed.some((b) => overlaps(b, box)) && !obstacles.some((c) => boxMeetsCircle(box, c))) {
        placed.push(box);
        return box;
      }
    }
    return null;
  });
}
