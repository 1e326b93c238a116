import type { Segment } from './spatialIndex';

/** Past this many edges the graph draws them on a canvas under the svg (one svg element per edge is too slow). */
export const CANVAS_EDGE_THRESHOLD = 2000;

/** A d3-zoom transform: layout point (x, y) is drawn at (k·x + tx, k·y + ty) in viewBox units. */
export interface ViewTransform {
  readonly k: number;
  readonly x: number;
  readonly y: number;
}

/** One W^h's edges as drawn: where they run, their values, and how a value looks (graph.css's encodings). */
export interface CanvasEdgeLayer {
  readonly layer: number;
  /** Changes whenever anything below changes; a layer whose key is the same is not redrawn on a step. */
  readonly key: string;
  readonly edges: readonly (Segment & { readonly fromBias: boolean })[];
  /** The value edge k shows. */
  readonly value: (k: number) => number;
  /** The largest |value| of the layer's quantity (the scale's end). */
  readonly maxAbs: number;
  readonly stroke: (value: number) => string;
  /** Stroke width in layout units for |value|. */
  readonly width: (magnitude: number) => number;
  /** A halo under the whole layer when the current step writes or reads its matrix. */
  readonly halo: { readonly colour: string; readonly width: number; readonly opacity: number } | null;
}

/** Values are drawn in this many steps of |value| a sign: more than the eye tells apart on 100,000 thin lines. */
const LEVELS = 24;

/** The layout → canvas-pixel mapping: the svg's viewBox fit ("xMidYMid meet"), the zoom, the device pixels. */
function pixelTransform(
  size: { width: number; height: number; layoutWidth: number; layoutHeight: number; ratio: number },
  t: ViewTransform,
): [number, number, number] {
  const fit = Math.min(size.width / size.layoutWidth, size.height / size.layoutHeight);
  const offsetX = (size.width - size.layoutWidth * fit) / 2;
  const offsetY = (size.height - size.layoutHeight * fit) / 2;
  const scale = size.ratio * fit * t.k;
  return [scale, size.ratio * (offsetX + fit * t.x), size.ratio * (offsetY + fit * t.y)];
}

/**
 * Draws one layer: its edges grouped by quantised value into one path per colour and width (a few dozen strokes
 * instead of one per edge), the bias edges dashed as in the svg, the halo first.
 */
function paintLayer(context: CanvasRenderingContext2D, layer: CanvasEdgeLayer, scale: number): void {
  const groups = new Map<number, number[]>();
  for (let k = 0; k < layer.edges.length; k++) {
    const v = layer.value(k);
    const level = layer.maxAbs > 0 ? Math.round((v / layer.maxAbs) * LEVELS) : 0;
    const key = 2 * level + (layer.edges[k]!.fromBias ? 1 : 0);
    const group = groups.get(key);
    if (group) group.push(k);
    else groups.set(key, [k]);
  }
  const trace = (indices: readonly number[]) => {
    context.beginPath();
    for (const k of indices) {
      const e = layer.edges[k]!;
      context.moveTo(e.x1, e.y1);
      context.lineTo(e.x2, e.y2);
    }
  };
  context.lineCap = 'round';
  // Lines stay at least a device pixel wide when zoomed far out, or 100,000 of them fade to nothing.
  const atLeast = (width: number) => Math.max(width, 1 / scale);
  if (layer.halo) {
    context.setLineDash([]);
    context.globalAlpha = layer.halo.opacity;
    context.strokeStyle = layer.halo.colour;
    context.lineWidth = atLeast(layer.halo.width);
    trace(layer.edges.map((_, k) => k));
    context.stroke();
    context.globalAlpha = 1;
  }
  for (const [key, indices] of groups) {
    const level = Math.floor(key / 2);
    const value = (level / LEVELS) * layer.maxAbs;
    context.setLineDash(key % 2 === 1 ? [5, 4] : []);
    context.strokeStyle = layer.stroke(value);
    context.lineWidth = atLeast(layer.width(Math.abs(value)));
    trace(indices);
    context.stroke();
  }
  context.setLineDash([]);
}

/** The canvas of edges under the svg: resized with the panel, redrawn per layer on a step, whole on a zoom. */
export interface EdgeCanvas {
  /** The panel's CSS size and the layout's size (the svg's viewBox). */
  resize(width: number, height: number, layoutWidth: number, layoutHeight: number): void;
  /** A zoom or pan: `settled` false while the gesture lasts (the last picture is moved), true at its end. */
  setTransform(transform: ViewTransform, settled?: boolean): void;
  /** Draws the layers; only those whose key changed are painted again. */
  update(layers: readonly CanvasEdgeLayer[]): void;
  /** How many layers the last update or zoom painted (for tests: a step repaints only what changed). */
  readonly painted: number;
}

/** An EdgeCanvas drawing into `canvas`, one offscreen canvas per layer so that a step repaints only its layer. */
export function createEdgeCanvas(canvas: HTMLCanvasElement): EdgeCanvas {
  const size = { width: 1, height: 1, layoutWidth: 1, layoutHeight: 1, ratio: 1 };
  let transform: ViewTransform = { k: 1, x: 0, y: 0 };
  /** The transform the cached layer pictures were painted at. */
  let paintedAt: ViewTransform = transform;
  let layers: readonly CanvasEdgeLayer[] = [];
  const cache = new Map<number, { key: string; picture: HTMLCanvasElement }>();
  let painted = 0;

  const picture = (layer: CanvasEdgeLayer): HTMLCanvasElement => {
    const cached = cache.get(layer.layer);
    const target = cached?.picture ?? document.createElement('canvas');
    target.width = canvas.width;
    target.height = canvas.height;
    const context = target.getContext('2d');
    if (context) {
      const [scale, dx, dy] = pixelTransform(size, paintedAt);
      context.setTransform(scale, 0, 0, scale, dx, dy);
      paintLayer(context, layer, scale);
    }
    cache.set(layer.layer, { key: layer.key, picture: target });
    painted++;
    return target;
  };

  /** Puts the layer pictures on the visible canvas, moved from where they were painted to the current view. */
  const compose = () => {
    const context = canvas.getContext('2d');
    if (!context) return;
    context.setTransform(1, 0, 0, 1, 0, 0);
    context.clearRect(0, 0, canvas.width, canvas.height);
    const [s0, x0, y0] = pixelTransform(size, paintedAt);
    const [s1, x1, y1] = pixelTransform(size, transform);
    const k = s1 / s0;
    context.setTransform(k, 0, 0, k, x1 - k * x0, y1 - k * y0);
    for (const layer of layers) {
      const cached = cache.get(layer.layer);
      if (cached) context.drawImage(cached.picture, 0, 0);
    }
  };

  const repaintAll = () => {
    paintedAt = transform;
    for (const layer of layers) picture(layer);
    compose();
  };

  return {
    get painted() {
      return painted;
    },
    resize(width, height, layoutWidth, layoutHeight) {
      const ratio = globalThis.devicePixelRatio || 1;
      Object.assign(size, { width, height, layoutWidth, layoutHeight, ratio });
      canvas.width = Math.max(1, Math.round(width * ratio));
      canvas.height = Math.max(1, Math.round(height * ratio));
      canvas.style.width = `${width}px`;
      canvas.style.height = `${height}px`;
      painted = 0;
      repaintAll();
    },
    setTransform(next, settled = true) {
      transform = next;
      painted = 0;
      if (settled) repaintAll();
      else compose();
    },
    update(next) {
      layers = next;
      painted = 0;
      const before = cache.size;
      for (const id of [...cache.keys()]) if (!next.some((l) => l.layer === id)) cache.delete(id);
      const kept = cache.size;
      for (const layer of next) if (cache.get(layer.layer)?.key !== layer.key) picture(layer);
      // a step that changed no layer (most steps only change node values) leaves the canvas as it is
      if (painted > 0 || kept !== before) compose();
    },
  };
}
