import { useState, type KeyboardEvent } from 'react';
import { parseTyped } from './parseTyped';

export interface NumberFieldProps {
  /** Unique id; the error message gets `${id}-error`. */
  id: string;
  /** The accessible name, also used in messages ("learning rate: expected …"). */
  label: string;
  value: number;
  /** Applies the typed number; returns a message to show at the field, or null when it was taken. */
  onCommit: (value: number) => string | null;
  /** Parses the text; defaults to any finite number. */
  parse?: (field: string, text: string) => number | string;
  className?: string;
}

/**
 * A number input that commits on Enter or leaving the field. A bad value shows its message under the field
 * (aria-invalid, aria-describedby) and changes nothing; Escape goes back to the current value.
 */
export function NumberField({ id, label, value, onCommit, parse = parseTyped, className }: NumberFieldProps) {
  const [text, setText] = useState<string | null>(null);
  const [error, setError] = useState<string | null>(null);
  const reset = () => {
    setText(null);
    setError(null);
  };
  const commit = () => {
    if (text === null) return;
    const parsed = parse(label, text);
    if (typeof parsed === 'string') return setError(parsed);
    if (parsed === value) return reset();
    const problem = onCommit(parsed);
    if (problem === null) reset();
    else setError(problem);
  };
  const onKeyDown = (event: KeyboardEvent<HTMLInputElement>) => {
    if (event.key === 'Enter') commit();
    else if (event.key === 'Escape') reset();
  };
  const errorId = `${id}-error`;
  return (
    <span className={`number-field${className ? ` ${className}` : ''}`}>
      <input
        id={id}
        type="text"
        inputMode="decimal"
        spellCheck={false}
        aria-label={label}
        value={text ?? String(value)}
        aria-invalid={error !== null}
        aria-describedby={error !== null ? errorId : undefined}
        onChange={(event) => setText(event.target.value)}
        onKeyDown={onKeyDown}
        onBlur={commit}
      />
      {error !== null && (
        <span id={errorId} className="field-error" role="alert">
          {error}
        </span>
      )}
    </span>
  );
}
