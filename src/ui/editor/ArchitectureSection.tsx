import {
  addLayer,
  addNeuron,
  removeLayer,
  removeNeuron,
  setActivation,
  setBias,
  setLearningRate,
  setLoss,
} from '../../engine/edit';
import { layerNumber } from '../../engine/notation';
import {
  ACTIVATIONS,
  BIAS_LAYOUTS,
  LOSSES,
  type ActivationName,
  type BiasLayout,
  type LossName,
} from '../../engine/types';
import { useDeltascope } from '../StoreContext';
import { FieldError } from './FieldError';
import { NumberField } from './NumberField';
import { useFieldErrors } from './useFieldErrors';

/** The layers of A[N0,…,NL] with ± neurons, each layer's σ, add/remove a hidden layer; bias layout, loss and c. */
export function ArchitectureSection() {
  const file = useDeltascope((s) => s.file);
  const network = useDeltascope((s) => s.network);
  const notation = useDeltascope((s) => s.notation);
  const applyEdit = useDeltascope((s) => s.applyEdit);
  const { errors, run } = useFieldErrors();
  const L = file.layers.length - 1;
  const describedBy = (field: string) => (errors[field] !== undefined ? `edit-${field}-error` : undefined);
  return (
    <div className="editor-architecture">
      <p className="editor-summary" aria-live="polite">
        A[{file.layers.join(',')}]
      </p>
      <ol className="layer-rows">
        {file.layers.map((size, h) => {
          const role = h === 0 ? 'input' : h === L ? 'output' : 'hidden';
          const field = `layer-${h}`;
          const name = `layer ${layerNumber(notation, h)}`;
          return (
            <li key={h} className={`layer-row layer-${role}`}>
              <span className="layer-name">
                {name} <small>{role}</small>
              </span>
              <span className="chip">
                <button
                  type="button"
                  aria-label={`Remove a neuron from ${name}`}
                  aria-describedby={describedBy(field)}
                  disabled={size <= 1}
                  onClick={() => run(field, (f) => removeNeuron(f, h, size - 1))}
                >
                  −
                </button>
                <span className="count">
                  {size}
                  <span className="visually-hidden"> neurons</span>
                </span>
                <button
                  type="button"
                  aria-label={`Add a neuron to ${name}`}
                  aria-describedby={describedBy(field)}
                  onClick={() => run(field, (f) => addNeuron(f, h, size + h))}
                >
                  +
                </button>
              </span>
              {h > 0 ? (
                <select
                  aria-label={`Activation of ${name}`}
                  value={network.activations[h - 1]}
                  aria-invalid={errors[`act-${h}`] !== undefined}
                  aria-describedby={describedBy(`act-${h}`)}
                  onChange={(e) =>
                    run(`act-${h}`, (f) => setActivation(f, h, e.target.value as ActivationName))
                  }
                >
                  {ACTIVATIONS.map((a) => (
                    <option key={a} value={a} disabled={a === 'softmax' && h !== L}>
                      {a}
                    </option>
                  ))}
                </select>
              ) : (
                <span />
              )}
              {role === 'hidden' ? (
                <button
                  type="button"
                  className="icon"
                  aria-describedby={describedBy(field)}
                  aria-label={`Remove ${name}`}
                  title={`Remove ${name}`}
                  onClick={() => run(field, (f) => removeLayer(f, h, h))}
                >
                  ×
                </button>
              ) : (
                <span />
              )}
              <FieldError id={`edit-${field}-error`} message={errors[field]} />
              <FieldError id={`edit-act-${h}-error`} message={errors[`act-${h}`]} />
            </li>
          );
        })}
      </ol>
      <button
        type="button"
        className="editor-button"
        aria-describedby={describedBy('add-layer')}
        onClick={() => run('add-layer', (f) => addLayer(f, L, f.layers[L - 1] ?? 2, L + 1))}
      >
        + hidden layer
      </button>
      <FieldError id="edit-add-layer-error" message={errors['add-layer']} />
      <div className="editor-grid">
        <label htmlFor="edit-bias">Bias</label>
        <select
          id="edit-bias"
          value={file.bias}
          aria-describedby={describedBy('bias')}
          onChange={(e) => run('bias', (f) => setBias(f, e.target.value as BiasLayout))}
        >
          {BIAS_LAYOUTS.map((b) => (
            <option key={b} value={b}>
              {b === 'first' ? 'first (Dyda)' : b === 'last' ? 'last (Boughammoura)' : 'none'}
            </option>
          ))}
        </select>
        <FieldError id="edit-bias-error" message={errors.bias} />
        <label htmlFor="edit-loss">Loss</label>
        <select
          id="edit-loss"
          value={file.loss}
          aria-invalid={errors.loss !== undefined}
          aria-describedby={describedBy('loss')}
          onChange={(e) => run('loss', (f) => setLoss(f, e.target.value as LossName))}
        >
          {LOSSES.map((l) => (
            <option key={l} value={l}>
              {l}
            </option>
          ))}
        </select>
        <FieldError id="edit-loss-error" message={errors.loss} />
        <label htmlFor="edit-learning-rate">Learning rate c</label>
        <NumberField
          id="edit-learning-rate"
          label="learning rate"
          value={network.learningRate}
          onCommit={(c) => applyEdit((f) => setLearningRate(f, c))}
        />
      </div>
    </div>
  );
}
