import { useId, useMemo, useState } from 'react';
import type { ChangeEvent } from 'react';
import { datasetSamples } from '../../engine/datasets';
import { networkFromFile, networkToFile } from '../../engine/network';
import type { NetworkFile } from '../../engine/networkFile';
import { ACTIVATIONS } from '../../engine/types';
import type { ActivationName } from '../../engine/types';
import { DecisionMap } from '../../graph/DecisionMap';
import { formatLoss } from '../../graph/drawLossCurve';
import { LossCurve } from '../../graph/LossCurve';
import { freshNetworkFile, parseHiddenLayers } from './freshNetwork';
import { DATASET_CHOICES, fileDataset, resolveDataset } from './trainingData';
import './training.css';
import type { DatasetChoice } from './trainingData';
import { useTrainingLoop } from './useTrainingLoop';

/** Props of TrainingPanel. */
export interface TrainingPanelProps {
  /** The network to train (the editor's current one). */
  readonly file: NetworkFile;
  /** Loads the network as it is now, with the first example as its sample, into the stepper. */
  readonly onInspect?: (file: NetworkFile) => void;
}

const SPEEDS = [1, 10, 100, 1000] as const;

/** The dataset a file starts on: its own examples when it carries them (xor), else its sample. */
function initialChoice(file: NetworkFile): DatasetChoice {
  return fileDataset(file)?.ok ? 'file' : 'sample';
}

/**
 * A whole-number field of the panel: the text as typed, and the last value in [min, max] it held, which training
 * keeps using. Text that is not such a number stays in the field with a message naming the field and the range
 * (it was silently put back to the last value, so 0 or 2.5 seemed not to take).
 */
function useWholeNumberField(name: string, initial: number, min: number, max: number, errorId: string) {
  const [value, setValue] = useState(initial);
  const [text, setText] = useState(String(initial));
  const parse = (typed: string) => {
    const number = Number(typed);
    return typed.trim() !== '' && Number.isInteger(number) && number >= min && number <= max ? number : null;
  };
  const ok = parse(text) !== null;
  const got = text.trim() === '' ? '' : `, got ${text}`;
  const range = `${min.toLocaleString('en')} to ${max.toLocaleString('en')}`;
  return {
    value,
    errorId,
    error: ok ? null : `${name}: expected a whole number from ${range}${got}; training keeps ${value}.`,
    input: {
      type: 'number',
      value: text,
      min,
      max,
      'aria-invalid': !ok,
      'aria-describedby': ok ? undefined : errorId,
      onChange: (event: ChangeEvent<HTMLInputElement>) => {
        setText(event.target.value);
        const number = parse(event.target.value);
        if (number !== null) setValue(number);
      },
    },
  };
}

/**
 * "And repeat…": trains the network over a dataset in animation-frame chunks, with the loss curve and (for two
 * inputs) the decision map growing live; pause at any iteration and step through it in the stepper.
 */
export function TrainingPanel({ file, onInspect }: TrainingPanelProps) {
  const id = useId();
  const [baseFile, setBaseFile] = useState(file);
  // A new network from the editor replaces the panel's own (React's "adjust state when a prop changes").
  const [editorFile, setEditorFile] = useState(file);
  if (file !== editorFile) {
    setEditorFile(file);
    setBaseFile(file);
  }
  const [choice, setChoice] = useState<DatasetChoice>(() => initialChoice(file));
  const ownData = useMemo(() => fileDataset(baseFile), [baseFile]);
  // A file's malformed examples are said as soon as the view shows, not only once they are chosen.
  const ownDataError = ownData?.ok === false ? ownData.error : null;
  const seedField = useWholeNumberField('Seed', 1, 0, 2 ** 31, `${id}-seed-error`);
  const batchField = useWholeNumberField('Batch size', 1, 1, 100_000, `${id}-batch-error`);
  const epochsField = useWholeNumberField('Epochs', 1000, 1, 10_000_000, `${id}-epochs-error`);
  const seed = seedField.value;
  const batchSize = batchField.value;
  const epochs = epochsField.value;
  const [csv, setCsv] = useState('');
  const [speed, setSpeed] = useState<number>(10);
  const [hiddenText, setHiddenText] = useState('16, 16');
  const [activation, setActivation] = useState<ActivationName>('tanh');
  const [rate, setRate] = useState('0.1');

  const dataset = useMemo(() => resolveDataset(choice, seed, csv, baseFile), [choice, seed, csv, baseFile]);
  const samples = useMemo(() => (dataset.ok ? datasetSamples(dataset.dataset) : null), [dataset]);
  const network = useMemo(() => networkFromFile(baseFile), [baseFile]);
  const options = useMemo(() => ({ epochs, batchSize, shuffleSeed: seed }), [epochs, batchSize, seed]);
  const { progress, play, pause, step, reset } = useTrainingLoop(network, samples, options, speed);
  const hidden = parseHiddenLayers(hiddenText);
  const learningRate = Number(rate);
  const rateOk = Number.isFinite(learningRate) && learningRate > 0;
  const lastLoss = progress.losses[progress.losses.length - 1];
  const inputCount = baseFile.layers[0] as number;
  const outputCount = baseFile.layers[baseFile.layers.length - 1] as number;

  const makeNetwork = () => {
    if (!hidden || !rateOk) return;
    const outputs = baseFile.layers[baseFile.layers.length - 1] === 2 ? 2 : 1;
    setBaseFile(freshNetworkFile({ inputs: 2, outputs, hidden, activation, seed, learningRate }));
  };
  const inspect = () => {
    const first = samples?.[0];
    if (!onInspect || !first) return;
    onInspect(networkToFile(progress.network, first, baseFile));
  };

  return (
    <section className="training-panel" aria-label="Training">
      <h2>Train</h2>
      <div className="training-controls">
        <label>
          Dataset{' '}
          <select value={choice} onChange={(event) => setChoice(event.target.value as DatasetChoice)}>
            {DATASET_CHOICES.filter(({ value }) => value !== 'file' || ownData !== null).map(
              ({ value, label }) => (
                <option key={value} value={value}>
                  {label}
                </option>
              ),
            )}
          </select>
        </label>
        <label>
          Seed <input {...seedField.input} />
        </label>
        <label>
          Batch size{' '}
          <input
            {...batchField.input}
            title="1 is stochastic gradient descent; more averages δW over a mini-batch"
          />
        </label>
        <label>
          Epochs <input {...epochsField.input} />
        </label>
        <label>
          Speed{' '}
          <select value={speed} onChange={(event) => setSpeed(Number(event.target.value))}>
            {SPEEDS.map((value) => (
              <option key={value} value={value}>
                {value} iteration{value === 1 ? '' : 's'}/frame
              </option>
            ))}
          </select>
        </label>
      </div>
      {[seedField, batchField, epochsField].map(
        ({ error, errorId }) =>
          error !== null && (
            <p key={errorId} id={errorId} className="field-error" role="alert">
              {error}
            </p>
          ),
      )}
      {choice === 'csv' && (
        <label className="training-csv">
          CSV: {inputCount} input{inputCount === 1 ? '' : 's'} then {outputCount} target
          {outputCount === 1 ? '' : 's'} a row, comma-separated
          <textarea
            value={csv}
            rows={5}
            aria-invalid={!dataset.ok}
            aria-describedby={`${id}-dataset-error`}
            onChange={(event) => setCsv(event.target.value)}
          />
        </label>
      )}
      {ownDataError !== null && (
        <p className="field-error" role="alert">
          The network file&apos;s own examples cannot be used: {ownDataError}.{' '}
          {choice === 'file'
            ? 'Choose another dataset to train.'
            : `Training uses “${DATASET_CHOICES.find(({ value }) => value === choice)?.label}” instead.`}{' '}
          The file keeps its dataset as it is.
        </p>
      )}
      {!dataset.ok && dataset.error !== ownDataError && (
        <p className="field-error" role="alert" id={`${id}-dataset-error`}>
          {dataset.error}
        </p>
      )}
      <details className="training-network">
        <summary>New network for this dataset</summary>
        <div className="training-row">
          <label>
            Hidden layers{' '}
            <input
              value={hiddenText}
              aria-invalid={hidden === null}
              onChange={(event) => setHiddenText(event.target.value)}
            />
          </label>
          <label>
            Activation{' '}
            <select
              value={activation}
              onChange={(event) => setActivation(event.target.value as ActivationName)}
            >
              {ACTIVATIONS.filter((name) => name !== 'softmax').map((name) => (
                <option key={name}>{name}</option>
              ))}
            </select>
          </label>
          <label>
            Learning rate c{' '}
            <input value={rate} aria-invalid={!rateOk} onChange={(event) => setRate(event.target.value)} />
          </label>
          <button type="button" onClick={makeNetwork} disabled={!hidden || !rateOk}>
            New network (seed {seed})
          </button>
        </div>
        {hidden === null && <p className="field-error">Hidden layers: expected sizes like “8, 8”.</p>}
        {!rateOk && <p className="field-error">Learning rate: expected a number &gt; 0.</p>}
      </details>
      <div className="training-buttons">
        {progress.playing ? (
          <button type="button" onClick={pause}>
            Pause
          </button>
        ) : (
          <button type="button" className="primary" onClick={play} disabled={!samples || progress.done}>
            Play
          </button>
        )}
        <button type="button" onClick={step} disabled={!samples || progress.done}>
          Step 1 iteration
        </button>
        <button type="button" onClick={reset}>
          Reset
        </button>
        {onInspect && (
          <button type="button" onClick={inspect} disabled={progress.playing || !samples}>
            Step through this iteration
          </button>
        )}
      </div>
      <p className="training-status" aria-live="polite">
        A[{baseFile.layers.join(',')}] · epoch {progress.epoch} of {epochs} · iteration {progress.iteration}
        {lastLoss !== undefined && <> · J = {formatLoss(lastLoss)}</>}
        {progress.done && ' · done'}
      </p>
      {progress.error && (
        <p className="field-error" role="alert">
          {progress.error}
        </p>
      )}
      <div className="training-charts">
        <LossCurve
          losses={progress.losses}
          width={520}
          height={320}
          xLabel={choice === 'sample' ? 'iteration' : 'epoch'}
        />
        {dataset.ok && baseFile.layers[0] === 2 && (
          <DecisionMap network={progress.network} dataset={dataset.dataset} width={320} height={320} />
        )}
      </div>
    </section>
  );
}
