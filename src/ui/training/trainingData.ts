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

/**
 * The examples a network file carries in its optional `dataset` field ({inputs, targets}, as the xor preset
 * does), checked against the network's shape; null when the file has none.
 */
export function fileDataset(file: NetworkFile): DatasetResult | null {
  const raw = (file as { dataset?: unknown }).dataset;
  if (raw === undefined) return null;
  const inputs = file.layers[0] as number;
  const outputs = file.layers[file.layers.length - 1] as number;
  const data = raw as { inputs?: unknown; targets?: unknown };
  const rows = (value: unknown, width: number): number[][] | null =>
    Array.isArray(value) &&
    value.every((row) => Array.isArray(row) && row.length === width && row.every((x) => Number.isFinite(x)))
      ? (value as number[][])
      : null;
  const ins = rows(data.inputs, inputs);
  const outs = rows(data.targets, outputs);
  if (ins === null || outs === null || ins.length !== outs.length || ins.length === 0)
    return {
      ok: false,
      error: `dataset: expected {inputs, targets} with rows of ${inputs} and ${outputs} numbers, as many of each`,
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
