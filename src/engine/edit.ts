import { biasColumn, columnCount, inputColumn } from './bias';
import type { NetworkFile } from './networkFile';
import { ACTIVATIONS, BIAS_LAYOUTS, LOSSES } from './types';
import type { ActivationName, BiasLayout, LossName } from './types';
import { mulberry32 } from './random';

/** What an edit gives back: the new file, or a message naming what is wrong; the input file never changes. */
export type EditResult = { ok: true; file: NetworkFile } | { ok: false; error: string };

const refuse = (error: string): EditResult => ({ ok: false, error });
const accept = (file: NetworkFile): EditResult => ({ ok: true, file });

/** Xavier-uniform draws in ±√(6 / (fan in + fan out)) for the weights an edit creates. */
function initialiser(seed: number) {
  const random = mulberry32(seed);
  return (fanIn: number, fanOut: number) => {
    const limit = Math.sqrt(6 / (fanIn + fanOut));
    return (2 * random() - 1) * limit;
  };
}

function randomMatrix(
  rows: number,
  cols: number,
  draw: (fanIn: number, fanOut: number) => number,
): number[][] {
  return Array.from({ length: rows }, () => Array.from({ length: cols }, () => draw(cols, rows)));
}

function activationsOf(file: NetworkFile): ActivationName[] {
  const L = file.layers.length - 1;
  return Array.isArray(file.activation)
    ? [...file.activation]
    : new Array<ActivationName>(L).fill(file.activation);
}

/** One name when every layer shares it, as networkToFile writes it. */
function packActivations(activations: readonly ActivationName[]): ActivationName | ActivationName[] {
  const first = activations[0];
  return first !== undefined && activations.every((name) => name === first) ? first : [...activations];
}

function copyWeights(file: NetworkFile): number[][][] {
  return file.weights.map((W) => W.map((row) => [...row]));
}

function checkFinite(what: string, value: number): string | null {
  return Number.isFinite(value) ? null : `${what}: expected a finite number, got ${String(value)}`;
}

function checkIndex(what: string, index: number, count: number): string | null {
  return Number.isInteger(index) && index >= 0 && index < count
    ? null
    : `${what}: expected a whole number from 0 to ${count - 1}, got ${String(index)}`;
}

/** W^h_{ij} ← value. */
export function setWeight(file: NetworkFile, h: number, i: number, j: number, value: number): EditResult {
  const L = file.layers.length - 1;
  if (!Number.isInteger(h) || h < 1 || h > L) return refuse(`layer: expected 1 to ${L}, got ${String(h)}`);
  const W = file.weights[h - 1] as number[][];
  const problem =
    checkIndex(`row i of W^${h}`, i, W.length) ??
    checkIndex(`column j of W^${h}`, j, (W[0] ?? []).length) ??
    checkFinite(`W^${h}[${i}][${j}]`, value);
  if (problem) return refuse(problem);
  const weights = copyWeights(file);
  ((weights[h - 1] as number[][])[i] as number[])[j] = value;
  return accept({ ...file, weights });
}

/**
 * Inserts a hidden layer of `size` neurons as layer `at` (1 … L: between the input and the output). W^at and
 * W^{at+1} are new, drawn from `seed`; every other weight is kept. The new layer takes the activation of the
 * layer it displaces (sigmoid when that one is softmax).
 */
export function addLayer(file: NetworkFile, at: number, size: number, seed = 1): EditResult {
  const L = file.layers.length - 1;
  if (!Number.isInteger(at) || at < 1 || at > L) {
    return refuse(`position: expected a hidden position from 1 to ${L}, got ${String(at)}`);
  }
  if (!Number.isInteger(size) || size < 1)
    return refuse(`size: expected a whole number ≥ 1, got ${String(size)}`);
  const draw = initialiser(seed);
  const layers = [...file.layers];
  layers.splice(at, 0, size);
  const before = layers[at - 1] as number;
  const after = layers[at + 1] as number;
  const weights = copyWeights(file);
  weights.splice(
    at - 1,
    1,
    randomMatrix(size, columnCount(file.bias, before), draw),
    randomMatrix(after, columnCount(file.bias, size), draw),
  );
  const activations = activationsOf(file);
  const displaced = activations[at - 1] as ActivationName;
  activations.splice(at - 1, 0, displaced === 'softmax' ? 'sigmoid' : displaced);
  return accept({ ...file, layers, weights, activation: packActivations(activations) });
}

/** Removes hidden layer h (1 … L − 1); W^h and W^{h+1} become one new W drawn from `seed`. */
export function removeLayer(file: NetworkFile, h: number, seed = 1): EditResult {
  const L = file.layers.length - 1;
  if (L < 2) return refuse('layers: the network has no hidden layer to remove');
  if (!Number.isInteger(h) || h < 1 || h > L - 1) {
    return refuse(`layer: expected a hidden layer from 1 to ${L - 1}, got ${String(h)}`);
  }
  const draw = initialiser(seed);
  const layers = [...file.layers];
  layers.splice(h, 1);
  const weights = copyWeights(file);
  const rows = layers[h] as number;
  weights.splice(h - 1, 2, randomMatrix(rows, columnCount(file.bias, layers[h - 1] as number), draw));
  const activations = activationsOf(file);
  activations.splice(h - 1, 1);
  return accept({ ...file, layers, weights, activation: packActivations(activations) });
}

/**
 * Appends a neuron to layer h (0 … L): a new row of W^h and a new column of W^{h+1}, drawn from `seed`; the
 * input (h = 0) or the target (h = L) gets a 0 for it. Every other weight is kept.
 */
export function addNeuron(file: NetworkFile, h: number, seed = 1): EditResult {
  const L = file.layers.length - 1;
  if (!Number.isInteger(h) || h < 0 || h > L) return refuse(`layer: expected 0 to ${L}, got ${String(h)}`);
  const draw = initialiser(seed);
  const size = file.layers[h] as number;
  const layers = [...file.layers];
  layers[h] = size + 1;
  const weights = copyWeights(file);
  if (h >= 1) {
    const W = weights[h - 1] as number[][];
    W.push(
      Array.from({ length: columnCount(file.bias, layers[h - 1] as number) }, () => draw(size, size + 1)),
    );
  }
  if (h < L) {
    const column = inputColumn(file.bias, size);
    for (const row of weights[h] as number[][])
      row.splice(column, 0, draw(size + 1, layers[h + 1] as number));
  }
  const input = h === 0 ? [...file.input, 0] : [...file.input];
  const target = h === L ? [...file.target, 0] : [...file.target];
  return accept({ ...file, layers, weights, input, target });
}

/** Removes neuron i of layer h: row i of W^h and its column of W^{h+1}; a layer keeps at least one neuron. */
export function removeNeuron(file: NetworkFile, h: number, i: number): EditResult {
  const L = file.layers.length - 1;
  if (!Number.isInteger(h) || h < 0 || h > L) return refuse(`layer: expected 0 to ${L}, got ${String(h)}`);
  const size = file.layers[h] as number;
  const problem = checkIndex(`neuron of layer ${h}`, i, size);
  if (problem) return refuse(problem);
  if (size === 1) return refuse(`layer ${h}: cannot remove its last neuron; remove the layer instead`);
  const layers = [...file.layers];
  layers[h] = size - 1;
  const weights = copyWeights(file);
  if (h >= 1) (weights[h - 1] as number[][]).splice(i, 1);
  if (h < L) {
    const column = inputColumn(file.bias, i);
    for (const row of weights[h] as number[][]) row.splice(column, 1);
  }
  const input = [...file.input];
  const target = [...file.target];
  if (h === 0) input.splice(i, 1);
  if (h === L) target.splice(i, 1);
  return accept({ ...file, layers, weights, input, target });
}

/** σ of layer h (1 … L), or of every layer with 'all'; softmax only on the last layer. */
export function setActivation(file: NetworkFile, h: number | 'all', name: ActivationName): EditResult {
  const L = file.layers.length - 1;
  if (!(ACTIVATIONS as readonly string[]).includes(name)) {
    return refuse(`activation: expected one of ${ACTIVATIONS.join(', ')}, got ${String(name)}`);
  }
  const activations = activationsOf(file);
  if (h === 'all') {
    if (name === 'softmax' && L > 1) return refuse('activation: softmax is allowed on the last layer only');
    activations.fill(name);
  } else {
    if (!Number.isInteger(h) || h < 1 || h > L) return refuse(`layer: expected 1 to ${L}, got ${String(h)}`);
    if (name === 'softmax' && h !== L) {
      return refuse(`activation: softmax is allowed on the last layer only (layer ${L}), not layer ${h}`);
    }
    activations[h - 1] = name;
  }
  return accept({ ...file, activation: packActivations(activations) });
}

/**
 * Moves the bias column of every W^h to where `layout` puts it, keeping its values; to 'none' drops it, from
 * 'none' adds a bias of 0 (so every number stays the same).
 */
export function setBias(file: NetworkFile, layout: BiasLayout): EditResult {
  if (!(BIAS_LAYOUTS as readonly string[]).includes(layout)) {
    return refuse(`bias: expected one of ${BIAS_LAYOUTS.join(', ')}, got ${String(layout)}`);
  }
  const weights = file.weights.map((W, index) => {
    const inputs = file.layers[index] as number;
    const from = biasColumn(file.bias, inputs);
    return W.map((row) => {
      const bias = from === null ? 0 : (row[from] as number);
      const genuine = from === null ? [...row] : row.filter((_, column) => column !== from);
      if (layout === 'none') return genuine;
      return layout === 'first' ? [bias, ...genuine] : [...genuine, bias];
    });
  });
  return accept({ ...file, bias: layout, weights });
}

/** J. */
export function setLoss(file: NetworkFile, loss: LossName): EditResult {
  if (!(LOSSES as readonly string[]).includes(loss)) {
    return refuse(`loss: expected one of ${LOSSES.join(', ')}, got ${String(loss)}`);
  }
  return accept({ ...file, loss });
}

/** c, which must be a finite number > 0. */
export function setLearningRate(file: NetworkFile, learningRate: number): EditResult {
  if (!Number.isFinite(learningRate) || learningRate <= 0) {
    return refuse(`learning rate: expected a finite number > 0, got ${String(learningRate)}`);
  }
  return accept({ ...file, learningRate });
}

/** X^0_i ← value. */
export function setInput(file: NetworkFile, i: number, value: number): EditResult {
  const problem = checkIndex('input coordinate', i, file.input.length) ?? checkFinite(`input[${i}]`, value);
  if (problem) return refuse(problem);
  const input = [...file.input];
  input[i] = value;
  return accept({ ...file, input });
}

/** y_i ← value. */
export function setTarget(file: NetworkFile, i: number, value: number): EditResult {
  const problem =
    checkIndex('target coordinate', i, file.target.length) ?? checkFinite(`target[${i}]`, value);
  if (problem) return refuse(problem);
  const target = [...file.target];
  target[i] = value;
  return accept({ ...file, target });
}
