import type { Matrix, Trace, Vector } from './types';

/** A number for JSON: full precision, −0 written as 0 (JSON.stringify would print "0" anyway, but say so). */
const plain = (value: number): number => (Object.is(value, -0) ? 0 : value);

const list = (values: Vector): number[] => Array.from(values, plain);

const rows = (matrix: Matrix): number[][] =>
  Array.from({ length: matrix.rows }, (_, i) =>
    Array.from(matrix.data.subarray(i * matrix.cols, (i + 1) * matrix.cols), plain),
  );

/** One layer of the trace JSON: the design.md fields, then extras. Absent quantities are left out. */
export interface TraceJsonLayer {
  X: number[];
  deltaUp: number[];
  Y?: number[];
  deltaDown?: number[];
  gradW?: number[][];
  updatedW?: number[][];
  amplification?: number[][];
  /** Extras: W^h before the update, σ'(Y^h), X^h with the constant 1, ∂J/∂(X^h with the 1). */
  W?: number[][];
  activationDerivative?: number[];
  XWithBias?: number[];
  deltaUpWithBias?: number[];
}

/** The trace JSON of ../shared/design.md (`loss`, `layers[h]`) plus the network's shape and the ordered steps. */
export interface TraceJson {
  loss: number;
  layers: TraceJsonLayer[];
  network: { layers: number[]; bias: string; activation: string[]; loss: string; learningRate: number };
  steps: { index: number; phase: string; kind: string; layer: number; writes: string; reads: string[] }[];
}

/** The trace as plain JSON data: full-precision numbers, `X` without the constant 1, `amplification[i][o]` N_h × N_L. */
export function traceToJson(trace: Trace): TraceJson {
  const layers = trace.layers.map((layer): TraceJsonLayer => {
    const out: TraceJsonLayer = { X: list(layer.X), deltaUp: list(layer.deltaUp) };
    if (layer.Y) out.Y = list(layer.Y);
    if (layer.deltaDown) out.deltaDown = list(layer.deltaDown);
    if (layer.gradW) out.gradW = rows(layer.gradW);
    if (layer.updatedW) out.updatedW = rows(layer.updatedW);
    const amplification = layer.amplification;
    if (amplification) out.amplification = rows(amplification);
    if (layer.W) out.W = rows(layer.W);
    if (layer.activationDerivative) out.activationDerivative = list(layer.activationDerivative);
    out.XWithBias = list(layer.XWithBias);
    if (layer.deltaUpWithBias) out.deltaUpWithBias = list(layer.deltaUpWithBias);
    return out;
  });
  const { network } = trace;
  return {
    loss: plain(trace.loss),
    layers,
    network: {
      layers: [...network.layers],
      bias: network.bias,
      activation: [...network.activations],
      loss: network.loss,
      learningRate: network.learningRate,
    },
    steps: trace.steps.map((step) => ({
      index: step.index,
      phase: step.phase,
      kind: step.kind,
      layer: step.layer,
      writes: `${step.writes.quantity}[${step.writes.layer}]`,
      reads: step.reads.map((ref) => `${ref.quantity}[${ref.layer}]`),
    })),
  };
}

/**
 * Where the trace JSON would hold a number JSON cannot write (Infinity, NaN: JSON.stringify writes null), as a
 * path such as `loss` or `layers[1].Y[0]`, or null when every number is finite. A network of huge weights or
 * inputs overflows double precision; the trace format's numbers must be numbers.
 */
export function firstNonFinite(json: TraceJson): string | null {
  if (!Number.isFinite(json.loss)) return `loss (${json.loss})`;
  for (const [h, layer] of json.layers.entries())
    for (const [field, value] of Object.entries(layer) as [string, number[] | number[][]][])
      for (const [i, entry] of value.entries()) {
        const row = Array.isArray(entry) ? entry : [entry];
        const j = row.findIndex((x) => !Number.isFinite(x));
        if (j >= 0) return `layers[${h}].${field}[${i}]${Array.isArray(entry) ? `[${j}]` : ''} (${row[j]})`;
      }
  return null;
}
