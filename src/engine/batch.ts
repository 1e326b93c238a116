import { createMatrix } from './matrix';
import { trace } from './trace';
import type { Matrix, Network, Sample, Trace } from './types';

/** One mini-batch: a trace per sample and the averaged gradient (the lecture note's §4). */
export interface BatchTrace {
  /** One full trace per sample, in order. */
  readonly traces: readonly Trace[];
  /** (1/m) Σ δW^h over the m samples; `gradW[h - 1]` belongs to W^h, in the layout of `network.weights`. */
  readonly gradW: readonly Matrix[];
  /** W^h − c · (averaged δW^h); `updatedW[h - 1]` belongs to W^h. */
  readonly updatedW: readonly Matrix[];
  /** The mean of J over the samples. */
  readonly loss: number;
}

/**
 * Traces every sample with the same weights and averages δW^h over them: "partials calculated for each
 * example in a mini batch are averaged for network parameter adjustment" (lecture note, conclusion).
 */
export function batchTrace(network: Network, samples: readonly Sample[]): BatchTrace {
  if (samples.length === 0) throw new Error('samples: expected at least one sample, got none');
  const traces = samples.map((sample) => trace(network, sample));
  const m = samples.length;
  const gradW = network.weights.map((W, index) => {
    const sum = new Float64Array(W.data.length);
    for (const t of traces) {
      const g = (t.layers[index + 1]?.gradW as Matrix).data;
      for (let k = 0; k < sum.length; k++) sum[k] = (sum[k] as number) + (g[k] as number);
    }
    for (let k = 0; k < sum.length; k++) sum[k] = (sum[k] as number) / m;
    return Object.freeze(createMatrix(W.rows, W.cols, sum));
  });
  const updatedW = network.weights.map((W, index) => {
    const g = (gradW[index] as Matrix).data;
    const data = new Float64Array(W.data.length);
    for (let k = 0; k < data.length; k++)
      data[k] = (W.data[k] as number) - network.learningRate * (g[k] as number);
    return Object.freeze(createMatrix(W.rows, W.cols, data));
  });
  const loss = traces.reduce((total, t) => total + t.loss, 0) / m;
  return Object.freeze({
    traces: Object.freeze(traces),
    gradW: Object.freeze(gradW),
    updatedW: Object.freeze(updatedW),
    loss,
  });
}
