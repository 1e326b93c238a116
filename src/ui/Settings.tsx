import { useState } from 'react';
import { NOTATIONS, NOTATION_LABELS, type NotationName } from '../engine/notation';
import type { Theme } from '../store/store';
import { useDeltascope } from './StoreContext';

/** Notation, digits and theme. */
export function Settings() {
  const notation = useDeltascope((s) => s.notation);
  const digits = useDeltascope((s) => s.digits);
  const theme = useDeltascope((s) => s.theme);
  const setNotation = useDeltascope((s) => s.setNotation);
  const setDigits = useDeltascope((s) => s.setDigits);
  const setTheme = useDeltascope((s) => s.setTheme);
  const [typed, setTyped] = useState<string | null>(null);
  const onDigits = (text: string) => {
    setTyped(text);
    const n = Number(text);
    if (text.trim() !== '' && Number.isInteger(n) && n >= 0 && n <= 15) {
      setDigits(n);
      setTyped(null);
    }
  };
  const bad = typed !== null;
  return (
    <div className="settings">
      <label>
        Notation{' '}
        <select value={notation} onChange={(e) => setNotation(e.target.value as NotationName)}>
          {NOTATIONS.map((n) => (
            <option key={n} value={n} title={NOTATION_LABELS[n]}>
              {n}
            </option>
          ))}
        </select>
      </label>
      <label>
        Digits{' '}
        <input
          type="number"
          min={0}
          max={15}
          value={typed ?? digits}
          aria-invalid={bad}
          aria-describedby={bad ? 'digits-error' : undefined}
          onChange={(e) => onDigits(e.target.value)}
          onBlur={() => setTyped(null)}
        />
      </label>
      {bad && (
        <span id="digits-error" className="field-error">
          a whole number from 0 to 15
        </span>
      )}
      <label>
        Theme{' '}
        <select value={theme} onChange={(e) => setTheme(e.target.value as Theme)}>
          <option value="light">light</option>
          <option value="dark">dark</option>
          <option value="contrast">high contrast</option>
        </select>
      </label>
    </div>
  );
}
