import { useId, useMemo, useState, type FormEvent, type KeyboardEvent } from 'react';
import { stepName } from '../../store/selectors';
import type { Step } from '../../engine/types';
import { useDeltascope } from '../StoreContext';
import { judgeGuess, parseGuess, predictEntries } from './predict';
import './predict.css';

/** The last checked guess, kept for the step it revealed. */
interface Checked {
  readonly cursor: number;
  readonly label: string;
  readonly message: string;
  readonly exact: boolean;
}

/**
 * Predict mode: the reader types one number the next step will write; Check compares it with the engine's
 * value at the shown digits, says how close it was, then reveals the step.
 */
export function PredictPanel() {
  const steps = useDeltascope((s) => s.trace.steps);
  const cursor = useDeltascope((s) => s.cursor);
  const [checked, setChecked] = useState<Checked | null>(null);
  const upcoming = steps[cursor + 1];
  const shown = checked !== null && checked.cursor === cursor ? checked : null;
  return (
    <section className="predict" aria-label="Predict the next value">
      {/* Always there, a line tall when empty: a verdict appearing pushed the panels above up by a line (and a
          live region that is there before its text is announced more reliably). */}
      <p
        className={`predict-verdict ${shown?.exact ? 'exact' : ''}`}
        role="status"
        data-testid={shown ? 'verdict' : undefined}
      >
        {shown && (
          <>
            {shown.exact ? '✓ ' : '△ '}
            {shown.label}: {shown.message}
          </>
        )}
      </p>
      {upcoming === undefined ? (
        <p className="hint">Nothing left to predict: this is the last step.</p>
      ) : (
        <PredictForm
          key={upcoming.index}
          step={upcoming}
          onChecked={setChecked}
          // After a check the reader keeps typing: the next question takes the focus.
          focus={checked !== null && checked.cursor === cursor}
        />
      )}
    </section>
  );
}

interface FormProps {
  step: Step;
  onChecked: (checked: Checked) => void;
  focus: boolean;
}

function PredictForm({ step, onChecked, focus }: FormProps) {
  const trace = useDeltascope((s) => s.trace);
  const notation = useDeltascope((s) => s.notation);
  const digits = useDeltascope((s) => s.digits);
  const next = useDeltascope((s) => s.next);
  const entries = useMemo(() => predictEntries(trace, step, notation), [trace, step, notation]);
  const [which, setWhich] = useState(0);
  const [text, setText] = useState('');
  const [error, setError] = useState<string | null>(null);
  const id = useId();
  const entry = entries[which] ?? entries[0];
  if (entry === undefined) return null;

  const submit = (event: FormEvent) => {
    event.preventDefault();
    const guess = parseGuess(text);
    if (!guess.ok) {
      setError(guess.message);
      return;
    }
    const verdict = judgeGuess(guess.value, entry.value, digits);
    onChecked({ cursor: step.index, label: entry.label, message: verdict.message, exact: verdict.exact });
    next();
  };
  // Esc leaves the field, so the next Esc (or an arrow key) reaches the stepper again.
  const onKeyDown = (event: KeyboardEvent<HTMLInputElement>) => {
    if (event.key === 'Escape') event.currentTarget.blur();
  };
  return (
    <form className="predict-form" onSubmit={submit} noValidate>
      <span className="predict-next">Next: {stepName(step, notation)}.</span>
      {entries.length > 1 ? (
        <label>
          Predict{' '}
          <select value={which} onChange={(e) => setWhich(Number(e.target.value))}>
            {entries.map((e, k) => (
              <option key={k} value={k}>
                {e.label}
              </option>
            ))}
          </select>
        </label>
      ) : (
        <span>Predict {entry.label}</span>
      )}
      <label htmlFor={`${id}-guess`} className="visually-hidden">
        your value of {entry.label}
      </label>
      <input
        id={`${id}-guess`}
        type="text"
        inputMode="decimal"
        autoComplete="off"
        spellCheck={false}
        placeholder="your value"
        value={text}
        aria-invalid={error !== null}
        aria-describedby={error !== null ? `${id}-error` : undefined}
        onChange={(e) => {
          setText(e.target.value);
          setError(null);
        }}
        onKeyDown={onKeyDown}
        autoFocus={focus}
        data-testid="predict-input"
      />
      <button type="submit">Check ↵</button>
      {error !== null && (
        <span id={`${id}-error`} className="field-error" role="alert">
          {error}
        </span>
      )}
    </form>
  );
}
