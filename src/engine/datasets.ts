import { vector } from './matrix';
import type { Sample } from './types';
import { mulberry32 } from './random';

/** Training data as plain numbers: `inputs[k]` is X^0 of example k and `targets[k]` its y. */
export interface Dataset {
  readonly inputs: readonly (readonly number[])[];
  readonly targets: readonly (readonly number[])[];
}

/** The generated 2-D toy sets (TensorFlow Playground's), besides XOR. */
export const TOY_DATASETS = ['xor', 'circle', 'two-moons', 'spiral'] as const;
export type ToyDatasetName = (typeof TOY_DATASETS)[number];

/** How to generate a toy set. */
export interface ToyOptions {
  /** Seed of the generator: the same seed gives the same points. */
  readonly seed: number;
  /** Points in all (split evenly over the two classes); ignored by XOR's four corners. */
  readonly count?: number;
  /** Standard deviation of the Gaussian jitter added to each coordinate. */
  readonly noise?: number;
  /**
   * Output neurons: 1 gives y = [class] (0 or 1, for a sigmoid output); 2 gives one-hot y = [1,0] or [0,1]
   * (for softmax with cross-entropy).
   */
  readonly outputs?: 1 | 2;
}

/** A standard normal draw by Box–Muller. */
function gaussian(random: () => number): number {
  const u = 1 - random(); // (0, 1], so the log is finite
  return Math.sqrt(-2 * Math.log(u)) * Math.cos(2 * Math.PI * random());
}

/** y for class 0 or 1 in the encoding `outputs` asks for. */
export function encodeLabel(label: 0 | 1, outputs: 1 | 2 = 1): number[] {
  return outputs === 1 ? [label] : label === 0 ? [1, 0] : [0, 1];
}

/** The class of a target in either encoding: y₀ > ½ for one output, the larger coordinate for two. */
export function labelOf(target: readonly number[]): 0 | 1 {
  if (target.length === 1) return (target[0] as number) > 0.5 ? 1 : 0;
  return (target[1] as number) > (target[0] as number) ? 1 : 0;
}

function build(points: readonly [number, number, 0 | 1][], outputs: 1 | 2): Dataset {
  return {
    inputs: points.map(([x, y]) => [x, y]),
    targets: points.map(([, , label]) => encodeLabel(label, outputs)),
  };
}

/** XOR's four corners: class 1 where exactly one input is 1. */
export function xorDataset(outputs: 1 | 2 = 1): Dataset {
  return build(
    [
      [0, 0, 0],
      [0, 1, 1],
      [1, 0, 1],
      [1, 1, 0],
    ],
    outputs,
  );
}

/**
 * A toy set generated from a seed, in the square [−1, 1]²-ish: `circle` (class 1 inside radius 0.5, class 0 on a
 * ring 0.7–1), `two-moons` (two interleaved half circles), `spiral` (two arms, each turning 1¾ times).
 */
export function toyDataset(name: ToyDatasetName, options: ToyOptions): Dataset {
  const outputs = options.outputs ?? 1;
  if (name === 'xor') return xorDataset(outputs);
  const random = mulberry32(options.seed);
  const count = options.count ?? 200;
  const noise = options.noise ?? (name === 'spiral' ? 0.02 : 0.05);
  const half = Math.floor(count / 2);
  const points: [number, number, 0 | 1][] = [];
  const add = (x: number, y: number, label: 0 | 1) =>
    points.push([x + noise * gaussian(random), y + noise * gaussian(random), label]);
  for (let k = 0; k < count; k++) {
    const label: 0 | 1 = k < half ? 0 : 1;
    const t = random();
    if (name === 'circle') {
      const radius = label === 1 ? 0.5 * Math.sqrt(t) : 0.7 + 0.3 * t;
      const angle = 2 * Math.PI * random();
      add(radius * Math.cos(angle), radius * Math.sin(angle), label);
    } else if (name === 'two-moons') {
      const angle = Math.PI * t;
      // Upper moon centred at (−0.25, −0.1), lower at (0.25, 0.1), radius 0.6
      if (label === 0) add(-0.25 + 0.6 * Math.cos(angle), -0.1 + 0.6 * Math.sin(angle), 0);
      else add(0.25 - 0.6 * Math.cos(angle), 0.1 - 0.6 * Math.sin(angle), 1);
    } else {
      const radius = 0.05 + 0.9 * t;
      const angle = 3.5 * Math.PI * t + (label === 1 ? Math.PI : 0);
      add(radius * Math.cos(angle), radius * Math.sin(angle), label);
    }
  }
  return build(points, outputs);
}

/** The dataset as engine Samples. */
export function datasetSamples(dataset: Dataset): Sample[] {
  return dataset.inputs.map((input, k) =>
    Object.freeze({ input: vector(input), target: vector(dataset.targets[k] ?? []) }),
  );
}

export type CsvResult = { ok: true; dataset: Dataset } | { ok: false; error: string };

/**
 * A dataset from CSV text: one example a line, `inputs` numbers then `outputs` target numbers, separated by
 * commas, semicolons, tabs or spaces. Blank lines and lines starting with `#` are skipped; a first line that is
 * not numeric is taken as a header. Rows are numbered as the text's lines, from 1.
 */
export function parseCsvDataset(text: string, inputs: number, outputs: number): CsvResult {
  const expected = inputs + outputs;
  const what = `${expected} numbers (${inputs} input${inputs === 1 ? '' : 's'} + ${outputs} target${outputs === 1 ? '' : 's'})`;
  const rowsIn: number[][] = [];
  const rowsOut: number[][] = [];
  const lines = text.split(/\r?\n/);
  for (let index = 0; index < lines.length; index++) {
    const line = (lines[index] as string).trim();
    if (line === '' || line.startsWith('#')) continue;
    const cells = line.split(/\s*[,;\t]\s*|\s+/);
    const numbers = cells.map((cell) => (cell.trim() === '' ? NaN : Number(cell)));
    const numeric = numbers.every((x) => Number.isFinite(x));
    if (!numeric && rowsIn.length === 0 && index === firstContentLine(lines) && /[a-z]/i.test(line)) {
      const anyNumber = numbers.some((x) => Number.isFinite(x));
      if (!anyNumber) continue; // a header
    }
    if (!numeric || numbers.length !== expected) {
      const got = numbers.length !== expected ? `${numbers.length} values` : 'a value that is not a number';
      return { ok: false, error: `row ${index + 1}: expected ${what}, got "${line}" (${got})` };
    }
    rowsIn.push(numbers.slice(0, inputs));
    rowsOut.push(numbers.slice(inputs));
  }
  if (rowsIn.length === 0) return { ok: false, error: `expected at least one row of ${what}, got none` };
  return { ok: true, dataset: { inputs: rowsIn, targets: rowsOut } };
}

function firstContentLine(lines: readonly string[]): number {
  return lines.findIndex((line) => line.trim() !== '' && !line.trim().startsWith('#'));
}
