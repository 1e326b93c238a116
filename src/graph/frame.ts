import { quantityMatrix, quantityVector } from '../engine/quantityValue';
import type { NamedQuantity } from '../engine/notation';
import type { Quantity, Step, Trace } from '../engine/types';
import { quantityKey, revealedAt } from '../store/reveal';
import { IdSet, MatrixEdgeMap, type EdgeMatrix } from './lazyFrame';

/** One number shown on the graph: which quantity it is, where, and its value. */
export interface Shown {
  readonly quantity: NamedQuantity;
  readonly layer: number;
  readonly i: number;
  readonly j?: number;
  readonly value: number;
}

/** What every node and edge shows at a cursor, and how the current step marks it. */
export interface Frame {
  /** Main and second line of each neuron, by node id (absent: not known yet — no spoilers). */
  readonly nodes: ReadonlyMap<string, { main: Shown | null; sub: Shown | null }>;
  /** The value each edge shows (W, δW once computed, W̃ after the update), by edge id. */
  readonly edges: ReadonlyMap<string, Shown>;
  /** What each layer's nodes and edges show, for captions. */
  readonly nodeQuantities: readonly { main: NamedQuantity | null; sub: NamedQuantity | null }[];
  readonly edgeQuantities: readonly (Quantity | null)[];
  /** Node and edge ids the current step writes, and those it reads. */
  readonly writes: ReadonlySet<string>;
  readonly reads: ReadonlySet<string>;
  /** Which way the current step's numbers flow along its edges, if it uses edges. */
  readonly flow: { readonly layer: number; readonly direction: 'forward' | 'backward' } | null;
  readonly step: Step | null;
  /** J once the loss step is done. */
  readonly loss: number | null;
}

const vectorOf = quantityVector;
const matrixOf = quantityMatrix;

/**
 * The node or edge ids a quantity at a layer occupies on the graph: node ids listed, a matrix as its size (its
 * edge ids are not made one by one: W¹ of A[784,…] alone has 100,480; see lazyFrame.ts).
 */
function idsOf(
  trace: Trace,
  quantity: Quantity,
  h: number,
): { listed: string[]; matrix: { layer: number; rows: number; cols: number } | null } {
  const matrix = matrixOf(trace, quantity, h);
  if (matrix) return { listed: [], matrix: { layer: h, rows: matrix.rows, cols: matrix.cols } };
  if (quantity === 'loss') return { listed: ['loss'], matrix: null };
  const n = trace.network.layers[h];
  if (n === undefined) return { listed: [], matrix: null };
  const ids = Array.from({ length: n }, (_, i) => `n:${h}:${i}`);
  // Y^h = W^h X^{h-1} reads the 1 as well (the bias unit is part of X^{h-1} with the 1 inserted).
  if (quantity === 'X' && h < trace.layers.length - 1 && trace.network.bias !== 'none') ids.push(`b:${h}`);
  return { listed: ids, matrix: null };
}

/** The ids of some quantities as one lazy set (less `without`). */
function idSetOf(
  trace: Trace,
  refs: readonly { quantity: Quantity; layer: number }[],
  without: IdSet | null = null,
): IdSet {
  const parts = refs.map((ref) => idsOf(trace, ref.quantity, ref.layer));
  return new IdSet(
    new Set(parts.flatMap((p) => p.listed)),
    parts.flatMap((p) => (p.matrix ? [p.matrix] : [])),
    without,
  );
}

const frames = new WeakMap<Trace, Map<number, Frame>>();

/**
 * Everything drawValues needs at `cursor` (the step at the cursor is done; −1 is before the first step). Frames
 * are immutable and kept per trace: the canvas prepares the next step's frame while idle (issue 6), and building
 * one for A[784,128,64,10] (a thousand neurons) is a few milliseconds the step would otherwise spend.
 */
export function frameAt(trace: Trace, cursor: number): Frame {
  let byCursor = frames.get(trace);
  if (!byCursor) frames.set(trace, (byCursor = new Map()));
  let frame = byCursor.get(cursor);
  if (!frame) byCursor.set(cursor, (frame = computeFrame(trace, cursor)));
  return frame;
}

function computeFrame(trace: Trace, cursor: number): Frame {
  const known = revealedAt(trace.steps, cursor, trace.layers.length);
  const has = (q: Quantity, h: number) => known.has(quantityKey(q, h));
  const step = cursor >= 0 ? (trace.steps[cursor] ?? null) : null;
  const backward = step !== null && (step.phase === 'backward' || step.phase === 'update');
  const nodes = new Map<string, { main: Shown | null; sub: Shown | null }>();
  const edgeMatrices: EdgeMatrix[] = [];
  const nodeQuantities: { main: NamedQuantity | null; sub: NamedQuantity | null }[] = [];
  const edgeQuantities: (Quantity | null)[] = [];
  trace.layers.forEach((layer, h) => {
    let main: Quantity | null;
    let sub: Quantity | null;
    if (backward && (has('deltaDown', h) || has('deltaUp', h))) {
      main = has('deltaDown', h) && h > 0 ? 'deltaDown' : 'deltaUp';
      sub = main === 'deltaDown' && has('deltaUp', h) ? 'deltaUp' : null;
    } else {
      main = has('X', h) ? 'X' : null;
      sub = h > 0 && has('Y', h) && !backward ? 'Y' : null;
    }
    nodeQuantities.push({ main, sub });
    const mainValues = main ? vectorOf(trace, main, h) : null;
    const subValues = sub ? vectorOf(trace, sub, h) : null;
    for (let i = 0; i < layer.X.length; i++) {
      nodes.set(`n:${h}:${i}`, {
        main: main && mainValues ? { quantity: main, layer: h, i, value: mainValues[i]! } : null,
        sub: sub && subValues ? { quantity: sub, layer: h, i, value: subValues[i]! } : null,
      });
    }
    if (h === 0) {
      edgeQuantities.push(null);
      return;
    }
    // A step that multiplies by W^h (Y^h = W^h X^{h-1}, δup_{h-1} = (W♯^h)^T δdown_h) shows W^h on its edges,
    // even once δW^h is known, so that what it reads is what is written there.
    const readsW = step?.kind !== 'update' && step?.reads.some((r) => r.quantity === 'W' && r.layer === h);
    const edgeQuantity: Quantity = has('updatedW', h)
      ? 'updatedW'
      : has('gradW', h) && !readsW
        ? 'gradW'
        : 'W';
    edgeQuantities.push(edgeQuantity);
    const matrix = matrixOf(trace, edgeQuantity, h);
    if (matrix) edgeMatrices.push({ layer: h, quantity: edgeQuantity, matrix });
  });
  const edges = new MatrixEdgeMap(edgeMatrices);
  const writes = idSetOf(trace, step ? [step.writes] : []);
  const reads = idSetOf(trace, step ? step.reads : [], writes);
  let flow: Frame['flow'] = null;
  if (step) {
    if (step.kind === 'preActivation') flow = { layer: step.layer, direction: 'forward' };
    if (step.kind === 'deltaUp') flow = { layer: step.layer, direction: 'backward' };
  }
  return {
    nodes,
    edges,
    nodeQuantities,
    edgeQuantities,
    writes,
    reads,
    flow,
    step,
    loss: has('loss', trace.layers.length - 1) ? trace.loss : null,
  };
}
