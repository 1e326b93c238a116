// Issue 6: a frame of A[784,128,64,10] names 109,386 edges. Building a Map of them (and a Set of the 100,480 ids
// a step on W¹ writes) on every step cost more than the step budget, so the frame's edge values and its written
// and read ids are views over the trace's matrices: ids are parsed when asked for, not made in advance.
import type { Matrix } from '../engine/types';
import type { Shown } from './frame';

/** The edge id `h:j->i` of W^h_{ij}. */
const EDGE_ID = /^(\d+):(\d+)->(\d+)$/;

/** (h, i, j) of an edge id, or null for a node id or anything else. */
export function parseEdgeId(id: string): { h: number; i: number; j: number } | null {
  const match = EDGE_ID.exec(id);
  return match ? { h: Number(match[1]), i: Number(match[3]), j: Number(match[2]) } : null;
}

/** One matrix shown on the edges of layer h. */
export interface EdgeMatrix {
  readonly layer: number;
  readonly quantity: Shown['quantity'];
  readonly matrix: Matrix;
}

/** Edge id → what the edge shows, read from the matrices on demand. */
export class MatrixEdgeMap implements ReadonlyMap<string, Shown> {
  private readonly byLayer = new Map<number, EdgeMatrix>();

  constructor(matrices: readonly EdgeMatrix[]) {
    for (const m of matrices) this.byLayer.set(m.layer, m);
  }

  /** The matrices behind the map, one per layer. */
  matrices(): readonly EdgeMatrix[] {
    return [...this.byLayer.values()];
  }

  get size(): number {
    let n = 0;
    for (const { matrix } of this.byLayer.values()) n += matrix.rows * matrix.cols;
    return n;
  }

  get(id: string): Shown | undefined {
    const at = parseEdgeId(id);
    const m = at ? this.byLayer.get(at.h) : undefined;
    if (!at || !m || at.i >= m.matrix.rows || at.j >= m.matrix.cols) return undefined;
    return {
      quantity: m.quantity,
      layer: at.h,
      i: at.i,
      j: at.j,
      value: m.matrix.data[at.i * m.matrix.cols + at.j]!,
    };
  }

  has(id: string): boolean {
    return this.get(id) !== undefined;
  }

  *entries(): MapIterator<[string, Shown]> {
    for (const { layer, quantity, matrix } of this.byLayer.values())
      for (let i = 0; i < matrix.rows; i++)
        for (let j = 0; j < matrix.cols; j++)
          yield [`${layer}:${j}->${i}`, { quantity, layer, i, j, value: matrix.data[i * matrix.cols + j]! }];
  }

  *keys(): MapIterator<string> {
    for (const [id] of this.entries()) yield id;
  }

  *values(): MapIterator<Shown> {
    for (const [, shown] of this.entries()) yield shown;
  }

  [Symbol.iterator](): MapIterator<[string, Shown]> {
    return this.entries();
  }

  forEach(callback: (value: Shown, key: string, map: ReadonlyMap<string, Shown>) => void): void {
    for (const [id, shown] of this.entries()) callback(shown, id, this);
  }
}

/** A set of ids: some listed (neurons, bias units, the loss), whole matrices of edges, less another set. */
export class IdSet implements ReadonlySet<string> {
  constructor(
    private readonly listed: ReadonlySet<string>,
    /** Whole W^h: every edge id of layer h with i < rows and j < cols. */
    private readonly matrices: readonly {
      readonly layer: number;
      readonly rows: number;
      readonly cols: number;
    }[],
    private readonly without: ReadonlySet<string> | null = null,
  ) {}

  /** Whether it holds every edge of layer h (e.g. the step writes δW^h): one check instead of one per edge. */
  coversLayer(h: number): boolean {
    return (
      this.matrices.some((m) => m.layer === h) &&
      !(this.without instanceof IdSet && this.without.coversLayer(h))
    );
  }

  has(id: string): boolean {
    if (this.without?.has(id)) return false;
    if (this.listed.has(id)) return true;
    const at = parseEdgeId(id);
    return at !== null && this.matrices.some((m) => m.layer === at.h && at.i < m.rows && at.j < m.cols);
  }

  get size(): number {
    let n = 0;
    const ids = this.values();
    while (!ids.next().done) n++;
    return n;
  }

  *values(): SetIterator<string> {
    const seen = new Set<string>();
    const all = function* (self: IdSet) {
      yield* self.listed;
      for (const m of self.matrices)
        for (let i = 0; i < m.rows; i++) for (let j = 0; j < m.cols; j++) yield `${m.layer}:${j}->${i}`;
    };
    for (const id of all(this)) {
      if (seen.has(id) || this.without?.has(id)) continue;
      seen.add(id);
      yield id;
    }
  }

  keys(): SetIterator<string> {
    return this.values();
  }

  *entries(): SetIterator<[string, string]> {
    for (const id of this.values()) yield [id, id];
  }

  [Symbol.iterator](): SetIterator<string> {
    return this.values();
  }

  forEach(callback: (value: string, key: string, set: ReadonlySet<string>) => void): void {
    for (const id of this.values()) callback(id, id, this);
  }
}

/** The largest |entry| of a matrix, once per matrix (a trace's matrices never change). */
const maxAbsOf = new WeakMap<Matrix, number>();
function matrixMaxAbs(matrix: Matrix): number {
  let m = maxAbsOf.get(matrix);
  if (m === undefined) {
    m = 0;
    for (const v of matrix.data) if (Math.abs(v) > m) m = Math.abs(v);
    maxAbsOf.set(matrix, m);
  }
  return m;
}

/**
 * The largest |value| each quantity shows on the edges (one colour and width scale per quantity): straight from
 * the matrices when the map is a MatrixEdgeMap, which is 109,386 reads instead of as many objects.
 */
export function edgeMaxAbs(edges: ReadonlyMap<string, Shown>): Map<string, number> {
  const max = new Map<string, number>();
  const note = (quantity: string, value: number) =>
    max.set(quantity, Math.max(max.get(quantity) ?? 0, Math.abs(value)));
  if (edges instanceof MatrixEdgeMap) {
    for (const { quantity, matrix } of edges.matrices()) note(quantity, matrixMaxAbs(matrix));
  } else for (const shown of edges.values()) note(shown.quantity, shown.value);
  return max;
}
