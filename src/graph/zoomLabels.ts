import { formatNumber } from '../engine/format';
import { viewportOf } from './drawStructure';
import type { ViewTransform } from './drawEdgesCanvas';
import type { Frame } from './frame';
import { DIGIT_EM, LEGIBLE_PX, ringGap, type GraphLayout, type NodeSpot } from './layout';
import { viewBoxFit } from './viewFit';

/** At most this many values at once (a close-up of a tall column shows a few dozen anyway). */
const MAX_LABELS = 400;

/** Air between a value and what is beside it, in screen pixels (the labels' halo is 1.5 px). */
const LABEL_PAD = 4;
/** A value starts this many ems from its circle. */
const OFFSET_EM = 0.3;

/** A column's place: its x and its circles' radius (layout units). */
interface ColumnAt {
  readonly x: number;
  readonly r: number;
}

/** How layout units map to the panel: x on screen, the scale, and the panel's width (px). */
export interface ScreenView {
  readonly screenX: (x: number) => number;
  readonly scale: number;
  readonly width: number;
}

/**
 * The room on screen (px) beside a column's circles: on the right to the next column's highlight rings (for the
 * output column, to the panel's edge), on the left to the previous column's rings less the values written on its
 * right (`written`, px). `ring` is how far a highlight ring stands out of its circle (layout units).
 */
export function columnRoom(
  column: ColumnAt,
  next: ColumnAt | undefined,
  previous: ColumnAt | undefined,
  view: ScreenView,
  ring: number,
  written: number,
): { right: number; left: number } {
  return {
    right: next
      ? (next.x - next.r - ring - column.x - column.r) * view.scale
      : view.width - view.screenX(column.x + column.r),
    left: previous ? (column.x - column.r - previous.x - previous.r - ring) * view.scale - written : 0,
  };
}

/** Where a column's values go: right of its circles, left of them (the output column only), or nowhere. */
export type LabelSide = 'right' | 'left' | null;

/**
 * The side of its column a column's values are written on, from the room on screen (px) beside its circles: on
 * the right where they fit before the next column (or, for the output column, the panel's edge); the output
 * column's on the left where they fit beside the values of the column before it; else none until zoomed in
 * (a phone's panel is too narrow for three columns of 8-decimal values side by side).
 */
export function labelSide(
  room: { readonly right: number; readonly left: number },
  textPx: number,
  last: boolean,
): LabelSide {
  if (room.right >= textPx + LABEL_PAD) return 'right';
  if (last && room.left >= textPx + LABEL_PAD) return 'left';
  return null;
}

/** What the labels depend on besides the zoom. */
interface Scene {
  readonly layout: GraphLayout;
  readonly frame: Frame;
  readonly digits: number;
  /** The panel's size in CSS pixels. */
  readonly width: number;
  readonly height: number;
}

/** Neurons per column and the smallest distance between two of them (layout units). */
function columnsOf(layout: GraphLayout): { nodes: NodeSpot[]; spacing: number }[] {
  const columns = new Map<number, NodeSpot[]>();
  for (const node of layout.nodes) {
    const list = columns.get(node.layer);
    if (list) list.push(node);
    else columns.set(node.layer, [node]);
  }
  return [...columns.values()].map((nodes) => ({ nodes, spacing: columnSpacing(nodes) }));
}

/**
 * The smallest distance between two neurons of a column (layout units), which the font of its values must fit
 * in. A column of one neuron (a single output) has no neighbour to fit between: Infinity, so its value is
 * written at the app's size as soon as there is room beside it, rather than only at a zoom that makes its circle
 * 13 px across.
 */
export function columnSpacing(nodes: readonly { readonly y: number }[]): number {
  let spacing = Infinity;
  for (let k = 1; k < nodes.length; k++) spacing = Math.min(spacing, nodes[k]!.y - nodes[k - 1]!.y);
  return spacing;
}

/**
 * Values beside the small circles of a big network, by zoom level: a column's values appear once zooming makes
 * its neurons far enough apart to read them, and only for the neurons in view (culled), in a font that fits
 * between neighbours. Networks small enough to write values inside their circles (layout.nodeLabels) need none.
 */
export function createZoomLabels(svg: SVGSVGElement) {
  let scene: Scene | null = null;
  let columns: ReturnType<typeof columnsOf> = [];
  let transform: ViewTransform = { k: 1, x: 0, y: 0 };

  const draw = () => {
    const group = viewportOf(svg)
      .selectAll<SVGGElement, null>('g.zoom-labels')
      .data([null])
      .join((enter) => enter.append('g').attr('class', 'zoom-labels'));
    const labels: { node: NodeSpot; text: string; size: number; side: 'right' | 'left' }[] = [];
    if (scene && !scene.layout.nodeLabels) {
      const { layout, frame, width, height, digits } = scene;
      const { scale: fit, offsetX, offsetY } = viewBoxFit(width, height, layout.width, layout.height);
      const scale = fit * transform.k;
      const screenX = (x: number) => offsetX + fit * (transform.k * x + transform.x);
      const view: ScreenView = { screenX, scale, width };
      const onScreen = (x: number, y: number) => {
        const sy = offsetY + fit * (transform.k * y + transform.y);
        return screenX(x) >= -40 && screenX(x) <= width + 40 && sy >= -10 && sy <= height + 10;
      };
      // The width (screen px) of the values written beside the column before, which the output column's share.
      let before = 0;
      columns.forEach(({ nodes, spacing }, c) => {
        const written = before;
        before = 0;
        const onScreenSpacing = spacing * scale;
        if (onScreenSpacing < LEGIBLE_PX || labels.length >= MAX_LABELS) return;
        // the font fits between neighbours and stays the app's size on screen however far one zooms in
        const screenSize = Math.min(layout.fontSize, 0.8 * onScreenSpacing);
        const size = screenSize / scale;
        // Only the values in view are written (and measured): a legible close-up of an expanded 784-unit column
        // shows a few dozen.
        const shown: { node: NodeSpot; text: string }[] = [];
        for (const node of nodes) {
          const values = frame.nodes.get(node.id);
          const value = values?.main?.value ?? values?.sub?.value;
          if (node.bias || value === undefined || !onScreen(node.x, node.y)) continue;
          shown.push({ node, text: formatNumber(value, digits) });
        }
        const longest = Math.max(0, ...shown.map((s) => s.text.length));
        const textPx = (DIGIT_EM * longest + OFFSET_EM) * screenSize;
        const next = columns[c + 1]?.nodes[0];
        const room = columnRoom(nodes[0]!, next, columns[c - 1]?.nodes[0], view, ringGap(layout), written);
        const side = labelSide(room, textPx, !next);
        if (!side) return;
        if (side === 'right') before = textPx + LABEL_PAD;
        for (const { node, text } of shown.slice(0, MAX_LABELS - labels.length))
          labels.push({ node, text, size, side });
      });
    }
    group
      .selectAll<SVGTextElement, (typeof labels)[number]>('text.zoom-label')
      .data(labels, (d) => d.node.id)
      .join('text')
      .attr('class', 'zoom-label')
      .attr('dominant-baseline', 'central')
      .attr('text-anchor', (d) => (d.side === 'right' ? 'start' : 'end'))
      .attr('x', (d) => d.node.x + (d.side === 'right' ? 1 : -1) * (d.node.r + d.size * OFFSET_EM))
      .attr('y', (d) => d.node.y)
      .style('font-size', (d) => `${d.size}px`)
      .text((d) => d.text);
  };

  return {
    /** New values (a step) or a new layout. */
    update(next: Scene) {
      if (next.layout !== scene?.layout) columns = columnsOf(next.layout);
      scene = next;
      draw();
    },
    /** A settled zoom or pan. */
    zoom(next: ViewTransform) {
      transform = next;
      draw();
    },
  };
}

/** The zoom at which the most tightly packed column's values become legible (at least 12×, d3-zoom's default). */
export function maxZoomFor(layout: GraphLayout, size: { width: number; height: number } | null): number {
  if (!size) return 12;
  const fit = viewBoxFit(size.width, size.height, layout.width, layout.height).scale;
  const spacing = Math.min(...columnsOf(layout).map((c) => c.spacing));
  return Math.max(12, (1.5 * LEGIBLE_PX) / (spacing * fit));
}
