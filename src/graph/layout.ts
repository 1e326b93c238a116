import type { BiasLayout } from '../engine/types';
import { shownNeurons } from './collapse';
import { placeEdgeLabels, type Circle, type EdgeLine } from './placeLabels';

/** One circle: a neuron (index ≥ 0) or the bias unit of a layer (index −1). */
export interface NodeSpot {
  /** `n:h:i` for neuron i of layer h, `b:h` for the bias unit of layer h. */
  readonly id: string;
  readonly layer: number;
  /** The neuron index i, or −1 for the bias unit. */
  readonly index: number;
  readonly bias: boolean;
  readonly x: number;
  readonly y: number;
  readonly r: number;
}

/** An axis-aligned box (a label), top-left corner and size. */
export interface Box {
  readonly x: number;
  readonly y: number;
  readonly width: number;
  readonly height: number;
}

/** One weight W^h_{ij}: from column j of W^h (a neuron or bias unit of layer h − 1) to neuron i of layer h. */
export interface EdgeSpot extends EdgeLine {
  /** `h:j->i`. */
  readonly id: string;
  readonly layer: number;
  /** Row of W^h (the neuron of layer h). */
  readonly i: number;
  /** Column of W^h in the bias layout's columns. */
  readonly j: number;
  /** Whether the edge starts at the bias unit. */
  readonly fromBias: boolean;
  readonly source: string;
  readonly target: string;
  /** Where the weight's label sits (its box), or null when it is shown only on hover. */
  readonly label: Box | null;
}

/** The drawing of A[N0..NL], in CSS pixels. */
export interface GraphLayout {
  readonly width: number;
  readonly height: number;
  readonly nodes: readonly NodeSpot[];
  readonly edges: readonly EdgeSpot[];
  /** x of each layer's column. */
  readonly columns: readonly { readonly layer: number; readonly x: number }[];
  /** Baseline of the layer captions (one line below the drawing, as X⁰ W¹ X¹ … reads). */
  readonly captionY: number;
  /** Baseline of the weight captions: the layer captions' line, or the line under it where a gap is too
   * narrow for "δ⁽²⁾ · ∂L/∂a⁽²⁾" and "∂L/∂W⁽²⁾" side by side (the compact drawing, a phone's panel). */
  readonly edgeCaptionY: number;
  /** Baseline of J, top right. */
  readonly lossY: number;
  /** Whether values are written in the circles (false for big layers: hover shows them). */
  readonly nodeLabels: boolean;
  readonly fontSize: number;
  /** Edge widths and halos are multiplied by this: below 1 where compact circles are under 3 units, so a line
   * keeps its size beside its circle on screen (the drawing is shown near 1:1 rather than shrunk to fit). */
  readonly lineScale: number;
  /** The "+N neurons" handles of collapsed layers (collapse.ts), where their hidden neurons would be. */
  readonly handles: readonly HandleSpot[];
}

/** A collapsed layer's handle: it stands for `hidden` neurons and expands the layer on click. */
export interface HandleSpot {
  readonly layer: number;
  readonly hidden: number;
  readonly x: number;
  readonly y: number;
  readonly r: number;
}

/** What the layout needs besides the network's shape. */
export interface LayoutOptions {
  /** Space available (the container); the layout grows past it when the network needs more. */
  readonly width?: number;
  readonly height?: number;
  /** Digits after the point in labels (to size them). */
  readonly digits?: number;
  /** Font size of values in px (presentation mode scales it). */
  readonly fontSize?: number;
  /** Small unlabelled circles whatever the size (fitLayout asks for it when labels would be unreadable). */
  readonly compact?: boolean;
  /** Layers drawn whole although they are big enough to collapse (collapse.ts). */
  readonly expanded?: ReadonlySet<number>;
}

/** The smallest compact circle's radius, in layout units. */
const SMALLEST_R = 1.5;
/** A compact circle of this radius or more has edges of the full width (drawValues' range). */
const FULL_LINE_R = 3;

/** Past this many units in a column, circles are small and unlabelled. */
export const COMPACT_LAYER = 12;
/** Past this many edges in one W^h, edge labels are shown only on hover. */
export const MAX_LABELLED_EDGES = 30;

/** Gap between a circle and its highlight ring, at full line scale (see ringGap). */
export const RING = 5;

/** How far a highlight ring stands out of its circle in a layout: thinner with a tall column's small dots. */
export function ringGap(layout: Pick<GraphLayout, 'lineScale'>): number {
  return RING * layout.lineScale;
}

/** Room for the weight captions and J above, the layer captions below. */
const MARGIN = { top: 28, bottom: 34 };
/** Baseline of J at the desk's 15 px; bigger labels (a projector's) move it and the drawing down with them. */
const LOSS_Y = 18;
/** A value is written beside its neuron once the neurons of its column are this far apart on screen (px). */
export const LEGIBLE_PX = 13;
/** Half the width of a long layer caption ("δ⁽²⁾ · ∂L/∂a⁽²⁾" at 15 px): the side margin keeps it in. */
const CAPTION_HALF = 62;
/** Half the width of a long weight caption ("∂L/∂W⁽²⁾", "δ_{W²}" at 15 px), with a little air. */
const EDGE_CAPTION_HALF = 42;
/** The line under the captions (15 px ones), for weight captions that would run into the layer captions beside
 * them. */
const CAPTION_LINE = 21;

/** A tabular figure's width (and the point's, the minus sign's), in ems, a little generous. */
export const DIGIT_EM = 0.62;

/**
 * Width of a number label of `digits` decimals ("−0.12345678") plus padding, for tabular figures of about
 * 0.62 em (DejaVu Sans, the widest common UI font; narrower fonts only leave more room).
 */
export function labelWidth(digits: number, fontSize: number): number {
  return (Math.max(1, digits) + 3) * fontSize * DIGIT_EM + 8;
}

/** Whether two boxes overlap. */
export function intersects(a: Box, b: Box): boolean {
  return a.x < b.x + b.width && b.x < a.x + a.width && a.y < b.y + b.height && b.y < a.y + a.height;
}

/** Units drawn in a layer's column, top to bottom: the bias unit first or last (Dyda / Boughammoura), or none. */
export function columnUnits(n: number, bias: BiasLayout, hasBias: boolean): number[] {
  const neurons = Array.from({ length: n }, (_, i) => i);
  if (!hasBias || bias === 'none') return neurons;
  return bias === 'first' ? [-1, ...neurons] : [...neurons, -1];
}

/** The W^h column that neuron (or bias unit, −1) `unit` of layer h − 1 feeds. */
function columnOf(unit: number, bias: BiasLayout, inputs: number): number {
  if (unit === -1) return bias === 'first' ? 0 : inputs;
  return bias === 'first' ? unit + 1 : unit;
}

/** The handle of a collapsed layer in a column's units (see drawnUnits). */
const HANDLE = -2;

/** The units a column draws: columnUnits with a collapsed layer's hidden neurons replaced by one HANDLE. */
function drawnUnits(n: number, bias: BiasLayout, hasBias: boolean, expanded: boolean): number[] {
  const shown = shownNeurons(n, expanded);
  const neurons: number[] = [...shown.neurons];
  if (shown.handleAfter !== null) neurons.splice(shown.handleAfter, 0, HANDLE);
  if (!hasBias || bias === 'none') return neurons;
  return bias === 'first' ? [-1, ...neurons] : [...neurons, -1];
}

/** The most space between two circles of a column: a short column is centred, not spread over the height. */
const padLimit = (compact: boolean, r: number) => (compact ? 8 : 0.9 * r);

/**
 * Positions of the neurons (left to right by layer, bias unit placed as the layout says), the edges with ids
 * `h:j->i`, and label boxes for the weights. Each gap between columns is widened until its weight labels fit
 * without overlapping each other or a circle and without leaving the drawing. Pure: plain data out.
 */
export function computeLayout(
  layers: readonly number[],
  bias: BiasLayout,
  options: LayoutOptions = {},
): GraphLayout {
  const fontSize = options.fontSize ?? 13;
  // J is set at the label size on a projector (27 px): at the desk's baseline its top was cut off by the panel.
  const lossY = Math.max(LOSS_Y, fontSize);
  const top = MARGIN.top + lossY - LOSS_Y;
  const digits = options.digits ?? 8;
  const L = layers.length - 1;
  const units = layers.map((n, h) => drawnUnits(n, bias, h < L, options.expanded?.has(h) ?? false));
  const counts = units.map((u) => u.length);
  const biggest = Math.max(...counts);
  const compact = options.compact ?? biggest > COMPACT_LAYER;
  const valueWidth = labelWidth(digits, fontSize);
  // Captions are 15 px at the desk and the label size on a projector (presentation mode).
  const captionScale = Math.max(1, fontSize / 15);
  const narrowGap = (gap: number) => gap < 2 * (CAPTION_HALF + EDGE_CAPTION_HALF) * captionScale;
  const captionLine = CAPTION_LINE * captionScale;
  // Compact circles shrink to fit a tall column into the panel, down to 1.5 units (a 3 px dot) a unit apart;
  // taller still, the drawing grows. With 3-unit circles 2 apart the 65 units of A[784,128,64,10]'s third column
  // made the drawing twice as tall as a 290 px panel: shown at half size, its captions were 7 px high.
  const minPad = compact ? 1 : 1.3 * fontSize;
  const aspect = options.width && options.height ? options.width / options.height : 0;
  const compactGap = 2 * CAPTION_HALF + 12;
  /** The columns' geometry in a panel `less` units shorter than its height. */
  const geometry = (less: number) => {
    const fitHeight = (options.height ?? 400) - top - MARGIN.bottom - less;
    const r = compact
      ? Math.max(SMALLEST_R, Math.min(12, fitHeight / biggest / 2 - 1))
      : Math.max(22, valueWidth / 2 + 2);
    const biasR = compact ? r : Math.max(14, r * 0.42);
    // A handle gets the height of its "+N neurons" pill (drawHandles.ts).
    const handleR = Math.max(r, fontSize / 2 + 6);
    const radii = units.map((column) => column.map((u) => (u === -1 ? biasR : u === HANDLE ? handleR : r)));
    // Units stack with a padding between circles (the small bias unit takes less room than a neuron).
    const natural = radii.map((rs) => rs.reduce((sum, x) => sum + 2 * x, 0) + (rs.length - 1) * minPad);
    const innerHeight = Math.max((options.height ?? 0) - top - MARGIN.bottom - less, ...natural);
    const side = Math.max(10, CAPTION_HALF * captionScale - r);
    // A compact drawing's output values are written on the right of its column (zoomLabels) when its neurons
    // are far enough apart to read them: room for them there, for the network's answer is what a reader looks
    // for first (A[2,8,8,1]'s one output; not A[784,128,64,10]'s ten, 11 units apart, read on zooming in).
    const outputs = counts[L]!;
    const outputPad = Math.min(
      padLimit(compact, r),
      minPad + (innerHeight - natural[L]!) / Math.max(1, outputs - 1),
    );
    const readable = outputs === 1 || 2 * r + outputPad >= LEGIBLE_PX;
    // A drawing taller than the panel is scaled down to fit it: spread the columns to the panel's shape, so the
    // scaled drawing still fills the panel's width (A[784,…] with its input layer expanded is 6,000 px tall).
    const wide = Math.max(options.width ?? 0, (top + MARGIN.bottom + less + innerHeight) * aspect);
    const spread = (right: number) => (wide - side - right - 2 * r) / Math.max(1, L);
    // Only where the drawing keeps the panel's size with that room (its gaps wider than the least, no column
    // taller than the panel): else it is scaled down, the values no longer fit, and the room is a blank strip.
    const room = Math.max(side, labelWidth(digits, fontSize) + 4);
    const fits = spread(room) >= compactGap && innerHeight <= fitHeight + 0.5;
    const rightSide = compact && readable && fits ? room : side;
    return { r, biasR, radii, natural, innerHeight, side, rightSide, even: spread(rightSide) };
  };
  // A compact drawing's gaps are all the even share (or the least): when they are too narrow for the weight
  // captions beside the layer captions, the line under those comes out of the panel's height, so the drawing
  // still fits the panel.
  const compactStaggered = compact && L > 0 && narrowGap(Math.max(compactGap, geometry(0).even));
  const { r, biasR, radii, natural, innerHeight, side, rightSide, even } = geometry(
    compactStaggered ? captionLine : 0,
  );
  const maxPad = padLimit(compact, r);
  const edgeLabelWidth = labelWidth(digits, fontSize);
  const height = top + MARGIN.bottom + innerHeight;
  const labelled = (h: number) => !compact && counts[h - 1]! * counts[h]! <= MAX_LABELLED_EDGES;
  const minGap = (h: number) => (labelled(h) ? 2 * r + edgeLabelWidth : compact ? compactGap : 2 * r + 60);

  const ys = (h: number): number[] => {
    const rs = radii[h]!;
    const pad = Math.min(maxPad, minPad + (innerHeight - natural[h]!) / Math.max(1, rs.length - 1));
    const total = rs.reduce((sum, x) => sum + 2 * x, 0) + (rs.length - 1) * pad;
    let y = top + (innerHeight - total) / 2;
    return rs.map((x) => {
      const centre = y + x;
      y += 2 * x + pad;
      return centre;
    });
  };
  const x0 = side + r;
  const xs = [x0];
  const edges: EdgeSpot[] = [];
  // Labels keep clear of each circle and of its highlight ring.
  const ring = (x: number, y: number, radius: number): Circle => ({ x, y, r: radius + RING + 3 });
  for (let h = 1; h <= L; h++) {
    const sources = units[h - 1]!.filter((u) => u !== HANDLE);
    const sourceAt = sources.map((u) => units[h - 1]!.indexOf(u));
    const targets = units[h]!.filter((u) => u >= 0);
    const targetAt = targets.map((u) => units[h]!.indexOf(u));
    const sourceYs = ys(h - 1);
    const targetYs = ys(h);
    const x1 = xs[h - 1]!;
    const attempt = (gap: number) => {
      const x2 = x1 + gap;
      const lines: (EdgeLine & Omit<EdgeSpot, keyof EdgeLine | 'label'>)[] = [];
      targets.forEach((i, t) => {
        sources.forEach((unit, k) => {
          const j = columnOf(unit, bias, layers[h - 1]!);
          lines.push({
            id: `${h}:${j}->${i}`,
            layer: h,
            i,
            j,
            fromBias: unit === -1,
            source: unit === -1 ? `b:${h - 1}` : `n:${h - 1}:${unit}`,
            target: `n:${h}:${i}`,
            x1,
            y1: sourceYs[sourceAt[k]!]!,
            x2,
            y2: targetYs[targetAt[t]!]!,
          });
        });
      });
      if (!labelled(h)) return { gap, lines, labels: lines.map(() => null), ok: true };
      const obstacles = [
        ...sources.map((u, k) => ring(x1, sourceYs[sourceAt[k]!]!, u === -1 ? biasR : r)),
        ...targetYs.map((y) => ring(x2, y, r)),
      ];
      const bounds: Box = { x: x1 - r, y: top - 8, width: gap + 2 * r, height: innerHeight + 16 };
      const labels = placeEdgeLabels(lines, obstacles, bounds, {
        width: edgeLabelWidth,
        height: fontSize + 7,
      });
      return { gap, lines, labels, ok: labels.every((b) => b !== null) };
    };
    // The narrowest gap whose labels all fit (a bounded search: past it, labels show on hover), then the
    // panel's even share if that is wider and still fits.
    const widen = (from: number) => {
      let result = attempt(from);
      while (!result.ok && result.gap < from + 1200) result = attempt(result.gap + 12);
      return result;
    };
    // Unlabelled gaps take their width at once (A[784,…] has 100,000 edges to place per attempt).
    let result = labelled(h) ? widen(minGap(h)) : attempt(Math.max(minGap(h), even));
    if (labelled(h) && even > result.gap) {
      const spread = widen(even);
      if (spread.ok || !result.ok) result = spread;
    }
    result.lines.forEach((line, k) => edges.push({ ...line, label: result.labels[k] ?? null }));
    xs.push(x1 + result.gap);
  }

  const nodes: NodeSpot[] = [];
  const handles: HandleSpot[] = [];
  layers.forEach((n, h) => {
    const column = ys(h);
    units[h]!.forEach((unit, k) => {
      if (unit === HANDLE) {
        handles.push({
          layer: h,
          hidden: shownNeurons(n, options.expanded?.has(h) ?? false).hidden,
          x: xs[h]!,
          y: column[k]!,
          r,
        });
        return;
      }
      nodes.push({
        id: unit === -1 ? `b:${h}` : `n:${h}:${unit}`,
        layer: h,
        index: unit,
        bias: unit === -1,
        x: xs[h]!,
        y: column[k]!,
        r: unit === -1 ? biasR : r,
      });
    });
  });
  // A weight caption sits midway between two layer captions: below them where the gap cannot hold all three.
  const staggered = compactStaggered || xs.some((x, h) => h > 0 && narrowGap(x - xs[h - 1]!));
  const captionY = height - MARGIN.bottom + 24;
  return {
    width: xs[L]! + r + rightSide,
    height: staggered ? height + captionLine : height,
    nodes,
    edges,
    columns: xs.map((x, layer) => ({ layer, x })),
    captionY,
    edgeCaptionY: staggered ? captionY + captionLine : captionY,
    lossY,
    nodeLabels: !compact,
    fontSize,
    lineScale: compact ? Math.min(1, r / FULL_LINE_R) : 1,
    handles,
  };
}
