import { PRESETS } from '../../presets';
import { useDeltascope } from '../StoreContext';

/** Every engine preset with its one-line description; choosing one is an undoable edit. */
export function PresetsSection() {
  const file = useDeltascope((s) => s.file);
  const applyEdit = useDeltascope((s) => s.applyEdit);
  return (
    <ul className="preset-list" aria-label="Presets">
      {PRESETS.map((preset) => (
        <li key={preset.name}>
          <button
            type="button"
            aria-current={preset.file === file ? 'true' : undefined}
            onClick={() => applyEdit(() => ({ ok: true, file: preset.file }))}
          >
            <strong>{preset.name}</strong>
            <span>{preset.description}</span>
          </button>
        </li>
      ))}
    </ul>
  );
}
