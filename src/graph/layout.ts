import type { BiasLayout } from '../engine/types';

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
export interface EdgeSpot {
  /** `h:j->i`. */
  readonly id: string;
  readonly layer: number;
  /** Row of W^h (the neuron of layer h). */
  readonly i: number;
  /** Column of W^h in the bias layout's columns. */
  readonly j: number;
  readonly source: string;
  readonly target: string;
  readonly x1: number;
  readonly y1: number;
  readonly x2: number;
  readonly y2: number;
  /** Where the weight's label sits (its box), or null when it is shown only on hover. */
  readonly label: Box | null;
}

/** The drawing of A[N0..NL], in CSS pixels. */
export interface GraphLayout {
  readonly width: number;
  readonly height: number;
  readonly nodes: readonly NodeSpot[];
  readonly edges: readonly EdgeSpot[];
  /** x of each layer's column and the y of its caption. */
  readonly columns: readonly { readonly layer: number; readonly x: number }[];
  readonly captionY: number;
  /** Whether values are written in the circles (false for big layers: hover shows them). */
  readonly nodeLabels: boolean;
  readonly fontSize: number;
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
}

/** Past this many neurons in a layer, circles are small and unlabelled. */
export const COMPACT_LAYER = 12;
/** Past this many edges in one W^h, edge labels are shown only on hover. */
export const MAX_LABELLED_EDGES = 24;

const MARGIN = { top: 34, right: 24, bottom: 56, left: 24 };

/** Width of a number label of `digits` decimals ("−0.12345678"), estimated for a tabular-figure font. */
export function labelWidth(digits: number, fontSize: number): number {
  return (Math.max(1, digits) + 3) * fontSize * 0.62 + 8;
}

/** Whether two boxes overlap. */
export function intersects(a: Box, b: Box): boolean {
  return a.x < b.x + b.width && b.x < a.x + a.width && a.y < b.y + b.height && b.y < a.y + a.height;
}

/** Units drawn in a layer's column, top to bottom: the bias unit first or last (Dyda / Boughammoura), or none. */
function columnUnits(n: number, bias: BiasLayout, hasBias: boolean): number[] {
  const neurons = Array.from({ length: n }, (_, i) => i);
  if (!hasBias || bias === 'none') return neurons;
  return bias === 'first' ? [-1, ...neurons] : [...neurons, -1];
}

/** The W^h column that neuron (or bias unit, −1) `unit` of layer h − 1 feeds. */
function columnOf(unit: number, bias: BiasLayout, inputs: number): number {
  if (unit === -1) return bias === 'first' ? 0 : inputs;
  return bias === 'first' ? unit + 1 : unit;
}

/**
 * Positions of the neurons (left to right by layer, bias unit placed as the layout says), the edges with ids
 * `h:j->i`, and label boxes for the weights placed at different fractions along their edges so that no two
 * overlap, none covers a circle, and none runs off the drawing. Pure: plain data out.
 */
export function computeLayout(
  layers: readonly number[],
  bias: BiasLayout,
  options: LayoutOptions = {},
): GraphLayout {
  const fontSize = options.fontSize ?? 13;
  const digits = options.digits ?? 8;
  const L = layers.length - 1;
  const biggest = Math.max(...layers.map((n, h) => n + (h < L && bias !== 'none' ? 1 : 0)));
  const compact = biggest > COMPACT_LAYER;
  const valueWidth = labelWidth(digits, fontSize);
  const r = compact ? 12 : Math.max(20, valueWidth / 2 + 2);
  const edgeLabelWidth = labelWidth(digits, fontSize - 1);
  const minNodeGap = compact ? 2 * r + 8 : 2 * r + 2.4 * fontSize;
  const minLayerGap = compact ? 160 : Math.max(3 * edgeLabelWidth, 2 * r + 2 * edgeLabelWidth);
  const innerHeight = Math.max(
    (options.height ?? 0) - MARGIN.top - MARGIN.bottom,
    (biggest - 1) * minNodeGap + 2 * r,
  );
  const layerGap = Math.max(
    minLayerGap,
    ((options.width ?? 0) - MARGIN.left - MARGIN.right - 2 * r) / Math.max(1, L),
  );
  const width = MARGIN.left + MARGIN.right + 2 * r + layerGap * L;
  const height = MARGIN.top + MARGIN.bottom + innerHeight;
  const nodeGap = Math.min(
    Math.max(minNodeGap, (innerHeight - 2 * r) / Math.max(1, biggest - 1)),
    minNodeGap * 1.8,
  );

  const nodes: NodeSpot[] = [];
  const columns: { layer: number; x: number }[] = [];
  const byId = new Map<string, NodeSpot>();
  layers.forEach((n, h) => {
    const x = MARGIN.left + r + h * layerGap;
    columns.push({ layer: h, x });
    const units = columnUnits(n, bias, h < L);
    const top = MARGIN.top + innerHeight / 2 - ((units.length - 1) * nodeGap) / 2;
    units.forEach((unit, k) => {
      const spot: NodeSpot = {
        id: unit === -1 ? `b:${h}` : `n:${h}:${unit}`,
        layer: h,
        index: unit,
        bias: unit === -1,
        x,
        y: top + k * nodeGap,
        r: unit === -1 ? r * 0.6 : r,
      };
      nodes.push(spot);
      byId.set(spot.id, spot);
    });
  });

  const edges: EdgeSpot[] = [];
  const nodeBoxes: Box[] = nodes.map((s) => ({
    x: s.x - s.r - 2,
    y: s.y - s.r - 2,
    width: 2 * s.r + 4,
    height: 2 * s.r + 4,
  }));
  for (let h = 1; h <= L; h++) {
    const inputs = layers[h - 1]!;
    const sources = columnUnits(inputs, bias, true);
    const labelled = sources.length * layers[h]! <= MAX_LABELLED_EDGES && !compact;
    const placed: Box[] = [];
    const layerEdges: { spot: Omit<EdgeSpot, 'label'> }[] = [];
    for (let i = 0; i < layers[h]!; i++) {
      for (const unit of sources) {
        const s = byId.get(unit === -1 ? `b:${h - 1}` : `n:${h - 1}:${unit}`)!;
        const t = byId.get(`n:${h}:${i}`)!;
        const j = columnOf(unit, bias, inputs);
        layerEdges.push({
          spot: {
            id: `${h}:${j}->${i}`,
            layer: h,
            i,
            j,
            source: s.id,
            target: t.id,
            x1: s.x,
            y1: s.y,
            x2: t.x,
            y2: t.y,
          },
        });
      }
    }
    layerEdges.forEach(({ spot }, k) => {
      let label: Box | null = null;
      if (labelled) {
        // Spread the preferred fractions so neighbouring edges start apart, then search nearby fractions.
        const preferred = 0.22 + (0.56 * k) / Math.max(1, layerEdges.length - 1);
        const candidates: number[] = [];
        for (let f = 0.12; f <= 0.88; f += 0.02) candidates.push(f);
        candidates.sort((a, b) => Math.abs(a - preferred) - Math.abs(b - preferred));
        const boxHeight = fontSize + 6;
        for (const f of candidates) {
          const cx = spot.x1 + (spot.x2 - spot.x1) * f;
          const cy = spot.y1 + (spot.y2 - spot.y1) * f;
          const box = {
            x: cx - edgeLabelWidth / 2,
            y: cy - boxHeight / 2,
            width: edgeLabelWidth,
            height: boxHeight,
          };
          const inside =
            box.x >= 0 && box.y >= 0 && box.x + box.width <= width && box.y + box.height <= height;
          if (
            inside &&
            !placed.some((b) => intersects(b, box)) &&
            !nodeBoxes.some((b) => intersects(b, box))
          ) {
            label = box;
            break;
          }
        }
        if (label) placed.push(label);
      }
      edges.push({ ...spot, label });
    });
  }
  return {
    width,
    height,
    nodes,
    edges,
    columns,
    captionY: height - MARGIN.bottom + 30,
    nodeLabels: !compact,
    fontSize,
  };
}
