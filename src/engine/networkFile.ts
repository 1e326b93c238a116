import { ACTIVATIONS, BIAS_LAYOUTS, LOSSES } from './types';
import type { ActivationName, BiasLayout, LossName } from './types';

/**
 * The network file of ../shared/design.md, as JSON carries it: the contract for the CLI, import/export and
 * `?net=` links. Unknown fields are kept so that a round trip loses nothing.
 */
export interface NetworkFile {
  layers: number[];
  bias: BiasLayout;
  activation: ActivationName | ActivationName[];
  loss: LossName;
  /** `weights[h-1]` is W^h, rows `[out][in]`. */
  weights: number[][][];
  input: number[];
  target: number[];
  /** Defaults to 0.1. */
  learningRate?: number;
  [extra: string]: unknown;
}

/** Size limits: a file past them gets a message instead of a hang. */
export const NETWORK_FILE_LIMITS = {
  maxLayers: 64,
  maxNeurons: 4096,
  maxWeights: 2_000_000,
  /** Bytes of JSON text (UTF-16 code units, a close enough upper bound for the check). */
  maxTextLength: 64 * 1024 * 1024,
} as const;

/** The result of parsing or validating: the file, or one message naming the JSON path and what was expected. */
export type NetworkFileResult = { ok: true; file: NetworkFile } | { ok: false; error: string };

class Invalid extends Error {}
const fail = (message: string): never => {
  throw new Invalid(message);
};

/** A short description of a JSON value for messages: `"mse"`, `[2]`, `null`, `an object`. */
function describe(value: unknown): string {
  if (value === undefined) return 'nothing';
  if (typeof value === 'number') return Number.isFinite(value) ? String(value) : 'a non-finite number';
  if (typeof value === 'string') return JSON.stringify(value.length > 40 ? `${value.slice(0, 40)}…` : value);
  if (Array.isArray(value)) {
    const text = JSON.stringify(value);
    return text.length > 60 ? `a list of ${value.length}` : text;
  }
  if (value === null) return 'null';
  return typeof value === 'object' ? 'an object' : String(value);
}

const isNumber = (value: unknown): value is number => typeof value === 'number' && Number.isFinite(value);

function numbers(value: unknown, path: string, length: number, what: string): number[] {
  if (!Array.isArray(value))
    return fail(`${path}: expected a list of ${length} numbers${what}, got ${describe(value)}`);
  if (value.length !== length)
    fail(`${path}: expected ${length} number${length === 1 ? '' : 's'}${what}, got ${value.length}`);
  value.forEach((entry, k) => {
    if (!isNumber(entry)) fail(`${path}[${k}]: expected a finite number, got ${describe(entry)}`);
  });
  return value as number[];
}

function oneOf<T extends string>(value: unknown, path: string, names: readonly T[]): T {
  if (typeof value !== 'string' || !names.includes(value as T))
    fail(`${path}: expected one of ${names.join(', ')}, got ${describe(value)}`);
  return value as T;
}

function checkLayers(value: unknown): number[] {
  const { maxLayers, maxNeurons } = NETWORK_FILE_LIMITS;
  const good = Array.isArray(value) && value.length >= 2 && value.every((n) => Number.isInteger(n) && n >= 1);
  if (!good) fail(`layers: expected at least 2 positive whole numbers, got ${describe(value)}`);
  const layers = value as number[];
  if (layers.length > maxLayers + 1)
    fail(
      `layers: at most ${maxLayers} layers of weights (${maxLayers + 1} numbers), got ${layers.length} numbers`,
    );
  layers.forEach((n, k) => {
    if (n > maxNeurons) fail(`layers[${k}]: at most ${maxNeurons} neurons a layer, got ${n}`);
  });
  return layers;
}

function checkActivation(value: unknown, L: number): ActivationName[] {
  const names = Array.isArray(value) ? value : new Array<unknown>(L).fill(value);
  if (Array.isArray(value) && value.length !== L)
    fail(`activation: expected one name or a list of ${L} (one per layer 1…${L}), got ${value.length}`);
  return names.map((name, k) => {
    const path = Array.isArray(value) ? `activation[${k}]` : 'activation';
    const checked = oneOf(name, path, ACTIVATIONS);
    if (checked === 'softmax' && k < L - 1) fail(`${path}: softmax is allowed on the last layer only`);
    return checked;
  });
}

function checkWeights(value: unknown, layers: number[], bias: BiasLayout): void {
  const L = layers.length - 1;
  const extra = bias === 'none' ? 0 : 1;
  const total = layers.slice(1).reduce((sum, n, k) => sum + n * ((layers[k] as number) + extra), 0);
  if (total > NETWORK_FILE_LIMITS.maxWeights)
    fail(
      `layers: at most ${NETWORK_FILE_LIMITS.maxWeights.toLocaleString('en')} weights, got ${total.toLocaleString('en')}`,
    );
  if (!Array.isArray(value) || value.length !== L)
    fail(
      `weights: expected ${L} matrices (one per layer 1…${L}), got ${Array.isArray(value) ? value.length : describe(value)}`,
    );
  const where = bias === 'first' ? ' + bias first' : bias === 'last' ? ' + bias last' : ', no bias';
  (value as unknown[]).forEach((matrix, m) => {
    const rows = layers[m + 1] as number;
    const inputs = layers[m] as number;
    if (!Array.isArray(matrix) || matrix.length !== rows)
      fail(
        `weights[${m}]: expected ${rows} rows (layer ${m + 1} has ${rows} neurons), got ${Array.isArray(matrix) ? matrix.length : describe(matrix)}`,
      );
    (matrix as unknown[]).forEach((row, i) =>
      numbers(
        row,
        `weights[${m}][${i}]`,
        inputs + extra,
        ` (${inputs} input${inputs === 1 ? '' : 's'}${where})`,
      ),
    );
  });
}

/**
 * Checks an already parsed value against the network file format of ../shared/design.md. The message names the
 * first problem's JSON path and what was expected, e.g. `weights[1][0]: expected 3 numbers (2 inputs + bias
 * first), got 2`. The file returned is the value itself (unknown fields included).
 */
export function validateNetworkFile(value: unknown): NetworkFileResult {
  try {
    if (typeof value !== 'object' || value === null || Array.isArray(value))
      fail(
        `expected a JSON object with layers, bias, activation, loss, weights, input and target, got ${describe(value)}`,
      );
    const file = value as Record<string, unknown>;
    for (const key of ['layers', 'bias', 'activation', 'loss', 'weights', 'input', 'target'])
      if (!(key in file))
        fail(
          `${key}: missing (a network file needs layers, bias, activation, loss, weights, input and target)`,
        );
    const layers = checkLayers(file.layers);
    const L = layers.length - 1;
    const bias = oneOf(file.bias, 'bias', BIAS_LAYOUTS);
    const activations = checkActivation(file.activation, L);
    const loss = oneOf(file.loss, 'loss', LOSSES);
    checkWeights(file.weights, layers, bias);
    numbers(file.input, 'input', layers[0] as number, ` (layers[0] = ${layers[0]})`);
    const target = numbers(file.target, 'target', layers[L] as number, ` (layers[${L}] = ${layers[L]})`);
    if ('learningRate' in file && !(isNumber(file.learningRate) && file.learningRate > 0))
      fail(`learningRate: expected a positive finite number, got ${describe(file.learningRate)}`);
    checkLoss(loss, activations[L - 1] as ActivationName, target);
    return { ok: true, file: value as NetworkFile };
  } catch (error) {
    if (error instanceof Invalid) return { ok: false, error: error.message };
    throw error;
  }
}

/** Combinations that are well-formed JSON but make no sense as mathematics. */
function checkLoss(loss: LossName, output: ActivationName, target: number[]): void {
  if (loss === 'cross-entropy') {
    target.forEach((y, k) => {
      if (y < 0) fail(`target[${k}]: cross-entropy needs target entries ≥ 0 (they weigh −log X^L), got ${y}`);
    });
    // −Σ y log X^L needs X^L > 0: a relu, tanh or identity output can be ≤ 0 and the loss is then undefined.
    if (!['sigmoid', 'softmax'].includes(output))
      fail(
        `activation: cross-entropy needs a sigmoid or softmax output (X^L > 0 for log X^L), got ${JSON.stringify(output)}`,
      );
  }
  if (output === 'softmax' && target.length < 2)
    fail('activation: softmax needs at least 2 output neurons (over one it is the constant 1)');
}

/** Whether JSON.parse fails on `prefix` for a reason other than running out of text. */
function failsBeforeEnd(prefix: string): boolean {
  try {
    JSON.parse(prefix);
    return false;
  } catch (error) {
    const message = error instanceof Error ? error.message : String(error);
    const position = /position (\d+)/.exec(message);
    if (position) return Number(position[1]) < prefix.length;
    return !/end of (JSON|data)/i.test(message);
  }
}

/**
 * Where a JSON syntax error is. Engines do not always say (V8's "Unexpected token" has no position), so find the
 * shortest prefix that fails for a reason other than its end: a binary search, as failing is monotone in length.
 */
function errorPosition(text: string): number {
  if (!failsBeforeEnd(text)) return text.length;
  let low = 1;
  let high = text.length;
  while (low < high) {
    const middle = (low + high) >>> 1;
    if (failsBeforeEnd(text.slice(0, middle))) high = middle;
    else low = middle + 1;
  }
  return low - 1;
}

/** "invalid JSON at line L, column C (position P): reason", the reason being the engine's, shortened. */
function jsonErrorMessage(text: string, error: unknown): string {
  const message = error instanceof Error ? error.message : String(error);
  const position = errorPosition(text);
  const before = text.slice(0, position).split('\n');
  const line = before.length;
  const column = (before[before.length - 1]?.length ?? 0) + 1;
  const reason = message
    .replace(/ in JSON at position \d+.*$/s, '')
    .replace(/, .*is not valid JSON$/s, '')
    .replace(/\s*\(line \d+ column \d+\)$/, '');
  const why = position === text.length ? 'the text ends too early' : reason;
  return `invalid JSON at line ${line}, column ${column} (position ${position}): ${why}`;
}

/** What a text that cannot be JSON of a network file is, for the message. */
function notJsonMessage(start: string): string {
  const firstLine = start.split(/\r?\n/, 1)[0]!;
  // eslint-disable-next-line no-control-regex -- control characters are what marks a binary file
  const binary = /[\u0000-\u0008\u000e-\u001f]/.test(start.slice(0, 512));
  const found = binary
    ? 'binary data'
    : `text beginning ${JSON.stringify(firstLine.length > 32 ? `${firstLine.slice(0, 32)}…` : firstLine)}${
        firstLine.includes(',') ? ' (comma-separated values?)' : ''
      }`;
  return `not a network file: expected JSON beginning with "{" (as Save network.json and the CLI write it), found ${found}`;
}

/**
 * Parses JSON text (or takes an already parsed value) and validates it as a network file. A leading UTF-8
 * byte-order mark (Windows Notepad writes one) is not part of the JSON: it is dropped, as a browser's File.text()
 * drops it, so the command line, a paste and a dropped file accept the same files; positions count from after it.
 */
export function parseNetworkFile(input: string | unknown): NetworkFileResult {
  if (typeof input !== 'string') return validateNetworkFile(input);
  if (input.length > NETWORK_FILE_LIMITS.maxTextLength)
    return {
      ok: false,
      error: `the network file is larger than the limit of ${NETWORK_FILE_LIMITS.maxTextLength / 1024 / 1024} MB`,
    };
  const text = input.startsWith('\uFEFF') ? input.slice(1) : input;
  if (text.trim() === '') return { ok: false, error: 'invalid JSON: the input is empty' };
  const start = text.trimStart();
  // Another kind of file altogether (a CSV of examples, an image): say so, not "Unexpected token 'x'".
  if (!start.startsWith('{') && !start.startsWith('[')) return { ok: false, error: notJsonMessage(start) };
  let value: unknown;
  try {
    value = JSON.parse(text);
  } catch (error) {
    return { ok: false, error: jsonErrorMessage(text, error) };
  }
  return validateNetworkFile(value);
}

/** Pretty JSON of a network file, unknown fields kept in their place. */
export function serializeNetworkFile(file: NetworkFile): string {
  return `${JSON.stringify(file, null, 2)}\n`;
}
