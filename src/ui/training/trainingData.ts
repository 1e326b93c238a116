import { parseCsvDataset, toyDataset, TOY_DATASETS } from '../../engine/datasets';
import type { Dataset, ToyDatasetName } from '../../engine/datasets';
import type { NetworkFile } from '../../engine/networkFile';

/** The datasets the training panel offers, in menu order. */
export const DATASET_CHOICES = [
  { value: 'file', label: "The network's own examples" },
  { value: 'sample', label: 'The sample alone' },
  { value: 'xor', label: 'XOR' },
  { value: 'circle', label: 'Circle' },
  { value: 'two-moons', label: 'Two moons' },
  { value: 'spiral', label: 'Spiral' },
  { value: 'csv', label: 'Pasted CSV' },
] as const;
export type DatasetChoice = (typeof DATASET_CHOICES)[number]['value'];

export type DatasetResult = { ok: true; dataset: Dataset } | { ok: false; error: string };

function isToy(choice: DatasetChoice): choice is ToyDatasetName {
  return (TOY_DATASETS as readonly string[]).includes(choice);
}

/** A JSON value as a message quotes it: `"oops"`, `3`, `null`, `a list of 5`, `an object`, `nothing`. */
function quoted(value: unknown): string {
  if (Array.isArray(value)) return `a list of ${value.length}`;
  if (value !== null && typeof value === 'object') return 'an object';
  const text = JSON.stringify(value) ?? 'nothing';
  return text.length > 40 ? `${text.slice(0, 40)}…` : text;
}

/** "1 input", "2 inputs". */
const plural = (n: number, word: string) => `${n} ${word}${n === 1 ? '' : 's'}`;

/** `rows` as a list of rows of `width` finite numbers, or the first thing wrong with it, named by its JSON path. */
function checkRows(rows: unknown, path: string, width: number, what: string): number[][] | string {
  const expected = `expected a list of rows of ${plural(width, 'number')} (${what})`;
  if (!Array.isArray(rows)) return `${path}: ${expected}, got ${quoted(rows)}`;
  if (rows.length === 0) return `${path}: ${expected}, got an empty list`;
  for (const [r, row] of rows.entries()) {
    if (!Array.isArray(row) || row.length !== width)
      return `${path}[${r}]: expected ${plural(width, 'number')} (${what}), got ${Array.isArray(row) ? row.length : quoted(row)}`;
    const k = row.findIndex((x) => !Number.isFinite(x));
    if (k >= 0) return `${path}[${r}][${k}]: expected a finite number, got ${quoted(row[k])}`;
  }
  return rows as number[][];
}

/**
 * The examples a network file carries in its optional `dataset` field (design.md allows "a dataset" among its
 * extra fields; Deltascope reads `{"inputs": [[…N0 numbers], …], "targets": [[…NL numbers], …]}`, one target a
 * row of inputs, as the xor preset does), checked against the network's shape; null when the file has none. The
 * message names the first thing wrong by its JSON path, e.g. `dataset.inputs[2]: expected 2 numbers (N0 = 2
 * inputs), got 3`.
 */
export function fileDataset(file: NetworkFile): DatasetResult | null {
  const raw = (file as { dataset?: unknown }).dataset;
  if (raw === undefined) return null;
  const inputs = file.layers[0] as number;
  const outputs = file.layers[file.layers.length - 1] as number;
  if (raw === null || typeof raw !== 'object' || Array.isArray(raw))
    return {
      ok: false,
      error: `dataset: expected {"inputs": [rows of ${inputs}], "targets": [rows of ${outputs}]}, got ${quoted(raw)}`,
    };
  const data = raw as { inputs?: unknown; targets?: unknown };
  const ins = checkRows(data.inputs, 'dataset.inputs', inputs, `N0 = ${plural(inputs, 'input')}`);
  if (typeof ins === 'string') return { ok: false, error: ins };
  const outs = checkRows(data.targets, 'dataset.targets', outputs, `NL = ${plural(outputs, 'output')}`);
  if (typeof outs === 'string') return { ok: false, error: outs };
  if (ins.length !== outs.length)
    return {
      ok: false,
      error: `dataset: expected one row of targets for each row of inputs, got ${plural(ins.length, 'row')} of inputs and ${outs.length} of targets`,
    };
  return { ok: true, dataset: { inputs: ins, targets: outs } };
}

/** The dataset a choice stands for, for this network, or a message saying why it does not fit. */
export function resolveDataset(
  choice: DatasetChoice,
  seed: number,
  csv: string,
  file: NetworkFile,
): DatasetResult {
  const inputs = file.layers[0] as number;
  const outputs = file.layers[file.layers.length - 1] as number;
  if (choice === 'file')
    return fileDataset(file) ?? { ok: false, error: 'dataset: this network file carries no examples' };
  if (choice === 'sample') return { ok: true, dataset: { inputs: [file.input], targets: [file.target] } };
  if (choice === 'csv') {
    const parsed = parseCsvDataset(csv, inputs, outputs);
    return parsed.ok ? parsed : { ok: false, error: `CSV ${parsed.error}` };
  }
  if (isToy(choice)) {
    if (inputs !== 2 || (outputs !== 1 && outputs !== 2)) {
      return {
        ok: false,
        error: `${choice} needs a network with 2 inputs and 1 or 2 outputs; this one is A[${file.layers.join(',')}]. Make a new network for it below.`,
      };
    }
    return { ok: true, dataset: toyDataset(choice, { seed, outputs, count: 200 }) };
  }
  return { ok: false, error: `dataset: unknown choice ${String(choice)}` };
}
