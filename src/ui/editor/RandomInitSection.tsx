import { useState } from 'react';
import { INIT_SCHEMES, type InitScheme } from '../../engine/random';
import { ACTIVATIONS, type ActivationName } from '../../engine/types';
import { useDeltascope } from '../StoreContext';
import { FieldError } from './FieldError';
import { NumberField } from './NumberField';
import { parseWhole } from './parseTyped';
import { newRandomNetwork, parseLayers, reinitialise } from './randomEdits';
import { useFieldErrors } from './useFieldErrors';

const isScheme = (value: unknown): value is InitScheme =>
  (INIT_SCHEMES as readonly unknown[]).includes(value);

/**
 * Seeded random weights (src/engine/random.ts): redraw this network's weights, or make a new network from layer
 * sizes as a `?layers=4,8,8,3&seed=7&init=xavier&activation=tanh` link does. The seed is kept in the file.
 */
export function RandomInitSection() {
  const file = useDeltascope((s) => s.file);
  const network = useDeltascope((s) => s.network);
  const { errors, run } = useFieldErrors();
  const fileSeed = typeof file.seed === 'number' ? file.seed : null;
  const [seed, setSeed] = useState(fileSeed ?? 1);
  const [scheme, setScheme] = useState<InitScheme>(isScheme(file.init) ? file.init : 'xavier');
  const [layersText, setLayersText] = useState(file.layers.join(','));
  const [activation, setActivationName] = useState<ActivationName>(network.activations[0] ?? 'sigmoid');
  const createNetwork = () => {
    const layers = parseLayers(layersText);
    run('layers', () =>
      typeof layers === 'string'
        ? { ok: false, error: layers }
        : newRandomNetwork(layers, seed, scheme, activation),
    );
  };
  return (
    <div className="editor-random">
      <div className="editor-grid">
        <label htmlFor="edit-seed">Seed</label>
        <span className="inline">
          <NumberField
            id="edit-seed"
            label="seed"
            value={seed}
            parse={parseWhole}
            onCommit={(value) => {
              setSeed(value);
              return null;
            }}
          />
          <button
            type="button"
            className="icon"
            title="A new seed"
            aria-label="A new seed"
            onClick={() => setSeed(Math.floor(Math.random() * 10000))}
          >
            ⚄
          </button>
        </span>
        <label htmlFor="edit-scheme">Scheme</label>
        <select id="edit-scheme" value={scheme} onChange={(e) => setScheme(e.target.value as InitScheme)}>
          {INIT_SCHEMES.map((s) => (
            <option key={s} value={s}>
              {s}
            </option>
          ))}
        </select>
      </div>
      <button
        type="button"
        className="editor-button"
        onClick={() => run('draw', (f) => reinitialise(f, seed, scheme))}
      >
        Draw weights of A[{file.layers.join(',')}]
      </button>
      <FieldError id="edit-draw-error" message={errors.draw} />
      <p className="hint">
        {fileSeed !== null
          ? `These weights were drawn with seed ${fileSeed}${isScheme(file.init) ? ` (${file.init})` : ''}.`
          : 'These weights were not drawn from a seed.'}
      </p>
      <div className="editor-grid">
        <label htmlFor="edit-new-layers">New network</label>
        <input
          id="edit-new-layers"
          type="text"
          value={layersText}
          spellCheck={false}
          aria-invalid={errors.layers !== undefined}
          aria-describedby={errors.layers !== undefined ? 'edit-layers-error' : undefined}
          onChange={(e) => setLayersText(e.target.value)}
          onKeyDown={(e) => e.key === 'Enter' && createNetwork()}
        />
        <label htmlFor="edit-new-activation">Activation</label>
        <select
          id="edit-new-activation"
          value={activation}
          onChange={(e) => setActivationName(e.target.value as ActivationName)}
        >
          {ACTIVATIONS.map((a) => (
            <option key={a} value={a}>
              {a}
            </option>
          ))}
        </select>
      </div>
      <FieldError id="edit-layers-error" message={errors.layers} />
      <button type="button" className="editor-button" onClick={createNetwork}>
        Create from seed {seed}
      </button>
    </div>
  );
}
