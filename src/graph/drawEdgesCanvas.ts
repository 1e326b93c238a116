import type { Segment } from './spatialIndex';
import { viewBoxFit } from './viewFit';

/**
 * Past this many edges the graph draws them on a canvas under the svg. One svg element per edge is restyled,
 * laid out and painted at every step: at the 1,298 edges of a collapsed A[784,128,64,10] that was most of a
 * step's 100 ms (issue 6's budget is 50). A labelled graph has far fewer.
 */
export const CANVAS_EDGE_THRESHOLD = 400;

/** A d3-zoom transform: layout point (x, y) is drawn at (k·x + tx, k·y + ty) in viewBox units. */
export interface ViewTransform {
  readonly k: number;
  readonly x: number;
  readonly y: number;
}

/** One W^h's edges as drawn: where they run, their values, and how a value looks (graph.css's encodings). */
export interface CanvasEdgeLayer {
  readonly layer: number;
  /**
   * Changes whenever the edges' values or look change (the halo is cached apart, by its look); a layer whose key
   * is the same is not redrawn on a step.
   */
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
  const {
    scale: fit,
    offsetX,
    offsetY,
  } = viewBoxFit(size.width, size.height, size.layoutWidth, size.layoutHeight);
  const scale = size.ratio * fit * t.k;
  return [scale, size.ratio * (offsetX + fit * t.x), size.ratio * (offsetY + fit * t.y)];
}

/**
 * How the canvas maps layout units to pixels when a picture is painted: `scale` device pixels a unit, `ratio`
 * device pixels a CSS pixel.
 */
interface PaintScale {
  readonly scale: number;
  readonly ratio: number;
}

/**
 * A line's width in layout units, kept between a device pixel (zoomed far out, or 100,000 lines fade to nothing)
 * and `most` CSS pixels: the widths are made for the whole drawing in view, and zoomed in to read a layer shown
 * whole (its values beside 8 px circles) they grew into stripes wider than the neurons.
 */
const onScreen = (width: number, { scale, ratio }: PaintScale, most: number) =>
  Math.min(Math.max(width, 1 / scale), (most * ratio) / scale);

/** The widest a value's line or a layer's halo is drawn, in CSS pixels (Dyda's svg edges are at most ~6). */
const MOST_LINE_PX = 4;
const MOST_HALO_PX = 9;
/** The bias edges' dashes, in CSS pixels at any zoom (in layout units they were dots or long bars). */
const BIAS_DASH_PX = [5, 4];

/** One path through the given edges of a layer. */
function tracePath(
  context: CanvasRenderingContext2D,
  layer: CanvasEdgeLayer,
  indices: Iterable<number>,
): void {
  context.beginPath();
  for (const k of indices) {
    const e = layer.edges[k]!;
    context.moveTo(e.x1, e.y1);
    context.lineTo(e.x2, e.y2);
  }
}

/** The halo of a layer the step writes or reads: every edge widened in the mark's colour, see-through. */
function paintHalo(context: CanvasRenderingContext2D, layer: CanvasEdgeLayer, at: PaintScale): void {
  if (!layer.halo) return;
  context.lineCap = 'round';
  context.globalAlpha = layer.halo.opacity;
  context.strokeStyle = layer.halo.colour;
  context.lineWidth = onScreen(layer.halo.width, at, MOST_HALO_PX);
  tracePath(context, layer, layer.edges.keys());
  context.stroke();
  context.globalAlpha = 1;
}

/**
 * Draws one layer's edges grouped by quantised value into one path per colour and width (a few dozen strokes
 * instead of one per edge), the bias edges dashed as in the svg.
 */
function paintLayer(context: CanvasRenderingContext2D, layer: CanvasEdgeLayer, at: PaintScale): void {
  const groups = new Map<number, number[]>();
  for (let k = 0; k < layer.edges.length; k++) {
    const v = layer.value(k);
    const level = layer.maxAbs > 0 ? Math.round((v / layer.maxAbs) * LEVELS) : 0;
    const key = 2 * level + (layer.edges[k]!.fromBias ? 1 : 0);
    const group = groups.get(key);
    if (group) group.push(k);
    else groups.set(key, [k]);
  }
  context.lineCap = 'round';
  for (const [key, indices] of groups) {
    const level = Math.floor(key / 2);
    const value = (level / LEVELS) * layer.maxAbs;
    context.setLineDash(key % 2 === 1 ? BIAS_DASH_PX.map((px) => (px * at.ratio) / at.scale) : []);
    context.strokeStyle = layer.stroke(value);
    context.lineWidth = onScreen(layer.width(Math.abs(value)), at, MOST_LINE_PX);
    tracePath(context, layer, indices);
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
  /** Draws the layers; only those whose key changed are painted again (or taken from `prepare`'s pictures). */
  update(layers: readonly CanvasEdgeLayer[]): void;
  /** Paints, without showing them, the pictures `update(layers)` would need: for a step about to be taken. */
  prepare(layers: readonly CanvasEdgeLayer[]): void;
  /** How many pictures the last update or zoom painted (for tests: a step repaints only what changed). */
  readonly painted: number;
}

/** Pictures kept per layer of the network: the current step's, and those prepared for its neighbours. */
const PICTURES_PER_LAYER = 5;

/**
 * An EdgeCanvas drawing into `canvas`: one offscreen picture per layer's edges and one per halo, kept by what
 * they show, so that a step repaints only the layer whose values changed, a step that moves the read/write mark
 * composes pictures already made, and the pictures of the next and previous step can be made while the page is
 * idle (issue 6: rasterising a layer of thousands of lines was most of a big network's step).
 */
export function createEdgeCanvas(canvas: HTMLCanvasElement): EdgeCanvas {
  const size = { width: 1, height: 1, layoutWidth: 1, layoutHeight: 1, ratio: 1 };
  let transform: ViewTransform = { k: 1, x: 0, y: 0 };
  /** The transform the cached pictures were painted at. */
  let paintedAt: ViewTransform = transform;
  let layers: readonly CanvasEdgeLayer[] = [];
  /** Pictures by what they show, least recently used first; all painted at `paintedAt`. */
  const pictures = new Map<string, HTMLCanvasElement>();
  let composed: readonly HTMLCanvasElement[] = [];
  let painted = 0;

  const valuesKey = (layer: CanvasEdgeLayer) => `edges|${layer.layer}|${layer.key}`;
  const haloKey = (layer: CanvasEdgeLayer) =>
    layer.halo && `halo|${layer.layer}|${layer.halo.colour}|${layer.halo.width}|${layer.halo.opacity}`;

  /** The picture for `key`, painted by `draw` if there is none (the least recently used ones make room). */
  const pictureFor = (
    key: string,
    draw: (context: CanvasRenderingContext2D, at: PaintScale) => void,
    rasterise: boolean,
  ): HTMLCanvasElement => {
    const kept = pictures.get(key);
    if (kept) {
      pictures.delete(key);
      pictures.set(key, kept);
      return kept;
    }
    const target = document.createElement('canvas');
    target.width = canvas.width;
    target.height = canvas.height;
    const context = target.getContext('2d');
    if (context) {
      const [scale, dx, dy] = pixelTransform(size, paintedAt);
      context.setTransform(scale, 0, 0, scale, dx, dy);
      draw(context, { scale, ratio: size.ratio });
      // Canvas drawing is recorded and rasterised when first read: read one pixel now, while the page is idle.
      if (rasterise) context.getImageData(0, 0, 1, 1);
    }
    painted++;
    pictures.set(key, target);
    const room = PICTURES_PER_LAYER * Math.max(1, layers.length);
    for (const old of pictures.keys()) {
      if (pictures.size <= room) break;
      pictures.delete(old);
    }
    return target;
  };
  /** The pictures a list of layers is drawn from, bottom first: each layer's halo under its edges. */
  const picturesOf = (list: readonly CanvasEdgeLayer[], rasterise = false): HTMLCanvasElement[] =>
    list.flatMap((layer) => {
      const halo = haloKey(layer);
      const under = halo === null ? [] : [pictureFor(halo, (c, at) => paintHalo(c, layer, at), rasterise)];
      return [...under, pictureFor(valuesKey(layer), (c, at) => paintLayer(c, layer, at), rasterise)];
    });

  /** Puts the pictures on the visible canvas, moved from where they were painted to the current view. */
  const compose = (shown: readonly HTMLCanvasElement[]) => {
    composed = shown;
    const context = canvas.getContext('2d');
    if (!context) return;
    context.setTransform(1, 0, 0, 1, 0, 0);
    context.clearRect(0, 0, canvas.width, canvas.height);
    const [s0, x0, y0] = pixelTransform(size, paintedAt);
    const [s1, x1, y1] = pixelTransform(size, transform);
    const k = s1 / s0;
    context.setTransform(k, 0, 0, k, x1 - k * x0, y1 - k * y0);
    for (const picture of shown) context.drawImage(picture, 0, 0);
  };

  const repaintAll = () => {
    paintedAt = transform;
    pictures.clear();
    compose(picturesOf(layers));
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
      else compose(composed);
    },
    update(next) {
      layers = next;
      painted = 0;
      const shown = picturesOf(next);
      // a step that changed no picture (most steps only change node values) leaves the canvas as it is
      if (shown.length !== composed.length || shown.some((p, k) => p !== composed[k])) compose(shown);
    },
    prepare(next) {
      const before = painted;
      picturesOf(next, true);
      painted = before;
    },
  };
}
