import type { Matrix } from '../engine/types';
import { viewportOf } from './drawStructure';
import { edgeScales } from './drawValues';
import {
  CANVAS_EDGE_THRESHOLD,
  createEdgeCanvas,
  type CanvasEdgeLayer,
  type ViewTransform,
} from './drawEdgesCanvas';
import type { Frame } from './frame';
import { IdSet, MatrixEdgeMap } from './lazyFrame';
import type { EdgeSpot, GraphLayout } from './layout';
import { createSegmentIndex, type SegmentIndex } from './spatialIndex';
import { viewBoxFit } from './viewFit';

/** Whether a layout's edges go to the canvas rather than one svg element each. */
export const drawsEdgesOnCanvas = (layout: GraphLayout) => layout.edges.length > CANVAS_EDGE_THRESHOLD;

/** The layout the svg draws: without its edges when the canvas has them (nodes, labels, handles stay svg). */
export function svgPart(layout: GraphLayout): GraphLayout {
  return drawsEdgesOnCanvas(layout) ? { ...layout, edges: [] } : layout;
}

/** Hover is caught this many screen pixels from an edge. */
const HOVER_PX = 6;

/** The big network's edges: painted on the canvas, hovered through a spatial index, marked by svg overlays. */
export interface CanvasEdges {
  /** True when the current layout's edges are on the canvas. */
  readonly active: boolean;
  /** A new layout or panel size (draws nothing when the layout's edges fit the svg). */
  setLayout(layout: GraphLayout, width: number, height: number): void;
  /** The panel's new size (same layout): the canvas is repainted to it. */
  resize(width: number, height: number): void;
  /** Values and marks of a frame; layers whose values and marks did not change are not repainted. */
  paint(frame: Frame, selected: string | null): void;
  /** Paints (without showing) what `paint(frame)` will need: called while idle for the neighbouring steps. */
  prepare(frame: Frame): void;
  zoom(transform: ViewTransform, settled: boolean): void;
  /**
   * Marks the edge nearest the pointer (within a few pixels) with an svg line carrying its `data-id`, for the
   * tooltip to anchor to; returns that line, or null (and unmarks) when no edge is that close.
   */
  hover(clientX: number, clientY: number): SVGElement | null;
}

/** An id per matrix object: a layer whose key keeps its matrix is not repainted. */
const matrixIds = new WeakMap<Matrix, number>();
let matrixCount = 0;
const matrixId = (m: Matrix) => {
  if (!matrixIds.has(m)) matrixIds.set(m, ++matrixCount);
  return matrixIds.get(m)!;
};

/** The canvas layer under `svg`: see drawEdgesCanvas.ts for the painting, spatialIndex.ts for hover. */
export function createCanvasEdges(canvas: HTMLCanvasElement, svg: SVGSVGElement): CanvasEdges {
  const painter = createEdgeCanvas(canvas);
  let layout: GraphLayout | null = null;
  let byLayer = new Map<number, EdgeSpot[]>();
  let index: SegmentIndex | null = null;
  let scale = 1;
  let k = 1;
  let active = false;

  /** The svg group for the hovered and selected edge (above the canvas, under the nodes). */
  const overlay = () =>
    viewportOf(svg)
      .selectAll<SVGGElement, null>('g.canvas-edge-marks')
      .data([null])
      .join((enter) => enter.insert('g', 'g.nodes').attr('class', 'canvas-edge-marks'));
  /** Draws (or removes) the mark of an edge; a hovered one gets a dot at `at`, carrying its id for the tooltip. */
  const mark = (name: 'hover' | 'selected', edge: EdgeSpot | null, at?: { x: number; y: number }) => {
    const group = overlay();
    group
      .selectAll<SVGLineElement, EdgeSpot>(`line.${name}`)
      .data(edge ? [edge] : [])
      .join('line')
      .attr('class', `canvas-edge ${name}`)
      .attr('x1', (d) => d.x1)
      .attr('y1', (d) => d.y1)
      .attr('x2', (d) => d.x2)
      .attr('y2', (d) => d.y2);
    return group
      .selectAll<SVGCircleElement, EdgeSpot>(`circle.${name}`)
      .data(edge && at ? [edge] : [])
      .join('circle')
      .attr('class', `canvas-edge ${name}`)
      .attr('data-id', (d) => d.id)
      .attr('cx', at?.x ?? 0)
      .attr('cy', at?.y ?? 0)
      .attr('r', 2)
      .node();
  };

  /** What the painter draws for a frame: each layer's edges, values, scales and halo. */
  const layersOf = (frame: Frame): CanvasEdgeLayer[] => {
    if (!layout) return [];
    const { max, strokes, widths } = edgeScales(frame, layout);
    const style = getComputedStyle(svg);
    const colour = (name: string) => style.getPropertyValue(name).trim() || '#888';
    const matrices = new Map(
      frame.edges instanceof MatrixEdgeMap ? frame.edges.matrices().map((m) => [m.layer, m]) : [],
    );
    const layers: CanvasEdgeLayer[] = [];
    for (const [h, edges] of byLayer) {
      const shown = matrices.get(h);
      const quantity = frame.edgeQuantities[h] ?? 'W';
      const covers = (ids: ReadonlySet<string>) =>
        ids instanceof IdSet ? ids.coversLayer(h) : edges.length > 0 && ids.has(edges[0]!.id);
      const halo = covers(frame.writes)
        ? { colour: colour('--write'), width: 11 * layout.lineScale, opacity: 0.45 }
        : covers(frame.reads)
          ? { colour: colour('--read'), width: 9 * layout.lineScale, opacity: 0.35 }
          : null;
      const value = shown
        ? (e: number) => shown.matrix.data[edges[e]!.i * shown.matrix.cols + edges[e]!.j]!
        : (e: number) => frame.edges.get(edges[e]!.id)?.value ?? 0;
      const maxAbs = max.get(quantity) ?? 0;
      layers.push({
        layer: h,
        key: [quantity, shown ? matrixId(shown.matrix) : 'none', maxAbs].join('|'),
        edges,
        value,
        maxAbs,
        stroke: strokes.get(quantity) ?? (() => '#888'),
        width: widths.get(quantity) ?? (() => 1),
        halo,
      });
    }
    return layers;
  };

  const api: CanvasEdges = {
    get active() {
      return active;
    },
    setLayout(next, width, height) {
      layout = next;
      index = null;
      active = drawsEdgesOnCanvas(next);
      canvas.hidden = !active;
      byLayer = new Map();
      if (!active) {
        overlay().remove();
        return;
      }
      for (const edge of next.edges) {
        const list = byLayer.get(edge.layer);
        if (list) list.push(edge);
        else byLayer.set(edge.layer, [edge]);
      }
      scale = viewBoxFit(width, height, next.width, next.height).scale;
      painter.resize(width, height, next.width, next.height);
    },
    resize(width, height) {
      if (!active || !layout) return;
      scale = viewBoxFit(width, height, layout.width, layout.height).scale;
      painter.resize(width, height, layout.width, layout.height);
    },
    paint(frame, selected) {
      if (!active || !layout) return;
      painter.update(layersOf(frame));
      mark('selected', selected ? (layout.edges.find((e) => e.id === selected) ?? null) : null);
    },
    prepare(frame) {
      if (active && layout) painter.prepare(layersOf(frame));
    },
    zoom(transform, settled) {
      k = transform.k;
      if (active) painter.setTransform(transform, settled);
    },
    hover(clientX, clientY) {
      if (!active || !layout) return null;
      const matrix = (viewportOf(svg).node() as SVGGElement | null)?.getScreenCTM();
      if (!matrix) return null;
      const point = new DOMPoint(clientX, clientY).matrixTransform(matrix.inverse());
      // Built on first hover: the layout may change often (panel resize) without anyone pointing at it.
      index ??= createSegmentIndex(layout.edges);
      const found = index.nearest(point.x, point.y, HOVER_PX / (scale * k));
      const edge = found ? layout.edges[found.index]! : null;
      return mark('hover', edge, edge ? nearestPoint(edge, point.x, point.y) : undefined);
    },
  };
  return api;
}

/** The point of an edge nearest (x, y). */
function nearestPoint(e: EdgeSpot, x: number, y: number): { x: number; y: number } {
  const dx = e.x2 - e.x1;
  const dy = e.y2 - e.y1;
  const t = Math.max(0, Math.min(1, ((x - e.x1) * dx + (y - e.y1) * dy) / (dx * dx + dy * dy || 1)));
  return { x: e.x1 + t * dx, y: e.y1 + t * dy };
}
