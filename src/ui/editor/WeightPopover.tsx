import {
  useEffect,
  useLayoutEffect,
  useRef,
  useState,
  type KeyboardEvent,
  type PointerEvent,
  type RefObject,
} from 'react';
import { setWeight } from '../../engine/edit';
import { symbolFor } from '../../engine/notation';
import type { WeightRef } from '../../store/store';
import { useDeltascope, useStoreApi } from '../StoreContext';
import { parseTyped } from './parseTyped';
import { FINE_SCRUB_STEP, SCRUB_STEP, scrubbed } from './scrub';

const WIDTH = 260;

/** Where the popover goes: under what was clicked (a matrix entry, a graph edge), else under the matrix entry. */
function anchorRect(weight: WeightRef, clicked: Element | null): DOMRect | null {
  const fromClick = clicked?.isConnected && !clicked.closest('.weight-popover') ? clicked : null;
  const entry = document.querySelector(`[data-weight="${weight.layer}-${weight.i}-${weight.j}"]`);
  return (fromClick ?? entry)?.getBoundingClientRect() ?? null;
}

function placement(rect: DOMRect | null): { left: number; top: number } {
  if (rect === null) return { left: Math.max(8, window.innerWidth / 2 - WIDTH / 2), top: 120 };
  const left = Math.min(Math.max(8, rect.left + rect.width / 2 - WIDTH / 2), window.innerWidth - WIDTH - 8);
  const below = rect.bottom + 8;
  return { left, top: below + 130 > window.innerHeight ? Math.max(8, rect.top - 138) : below };
}

/** The popover for the selected weight, if any; opening another weight starts afresh (its own key). */
export function WeightPopover({ clicked }: { clicked: RefObject<Element | null> }) {
  const weight = useDeltascope((s) => s.selectedWeight);
  if (weight === null) return null;
  return <WeightEditor key={`${weight.layer}-${weight.i}-${weight.j}`} weight={weight} clicked={clicked} />;
}

/**
 * Edits W^h_{ij}: type a number (Enter sets it, Escape cancels) or drag the scrubber sideways (Shift: finer).
 * Every edit goes through the store, so every downstream number follows at once; one drag is one undo step.
 */
function WeightEditor({ weight, clicked }: { weight: WeightRef; clicked: RefObject<Element | null> }) {
  const store = useStoreApi();
  const value = useDeltascope((s) => s.file.weights[weight.layer - 1]?.[weight.i]?.[weight.j]);
  const notation = useDeltascope((s) => s.notation);
  const bias = useDeltascope((s) => s.file.bias);
  const inputs = useDeltascope((s) => s.file.layers[weight.layer - 1] ?? 0);
  const [text, setText] = useState<string | null>(null);
  const [error, setError] = useState<string | null>(null);
  const box = useRef<HTMLDivElement>(null);
  const input = useRef<HTMLInputElement>(null);
  const drag = useRef<{ x: number; start: number; moved: boolean } | null>(null);
  const opener = useRef<Element | null>(null);
  const close = () => {
    store.getState().selectWeight(null);
    if (opener.current instanceof HTMLElement && opener.current.isConnected) opener.current.focus();
  };

  // Placed once, beside what opened it; edits of this weight leave it where it is.
  useLayoutEffect(() => {
    opener.current = clicked.current;
    const { left, top } = placement(anchorRect(weight, clicked.current));
    if (box.current) Object.assign(box.current.style, { left: `${left}px`, top: `${top}px` });
    input.current?.focus();
    input.current?.select();
  }, []); // eslint-disable-line react-hooks/exhaustive-deps

  useEffect(() => {
    const closeOnOutside = (event: globalThis.PointerEvent) => {
      const target = event.target instanceof Element ? event.target : null;
      if (target && !target.closest('.weight-popover, [data-weight], g.edge, g.edge-label')) close();
    };
    window.addEventListener('pointerdown', closeOnOutside);
    return () => window.removeEventListener('pointerdown', closeOnOutside);
  });

  if (value === undefined) return null;
  const symbol = symbolFor(notation, 'W', {
    layer: weight.layer,
    i: weight.i,
    j: weight.j,
    bias,
    inputs,
  }).text;
  const edit = (v: number, record = true) =>
    store.getState().applyEdit((f) => setWeight(f, weight.layer, weight.i, weight.j, v), { record });

  const commit = () => {
    if (text === null) return close();
    const parsed = parseTyped(symbol, text);
    const problem = typeof parsed === 'string' ? parsed : parsed === value ? null : edit(parsed);
    if (problem !== null) return setError(problem);
    close();
  };
  const onKeyDown = (event: KeyboardEvent<HTMLInputElement>) => {
    if (event.key !== 'Enter' && event.key !== 'Escape') return;
    // Focus goes back to the entry that opened the popover; without this, Enter's keypress would click it again.
    event.preventDefault();
    if (event.key === 'Enter') commit();
    else close();
  };
  const onPointerDown = (event: PointerEvent<HTMLDivElement>) => {
    event.currentTarget.setPointerCapture?.(event.pointerId); // absent in jsdom
    drag.current = { x: event.clientX, start: value, moved: false };
  };
  const onPointerMove = (event: PointerEvent<HTMLDivElement>) => {
    const d = drag.current;
    if (d === null) return;
    const next = scrubbed(d.start, event.clientX - d.x, event.shiftKey);
    if (next === store.getState().file.weights[weight.layer - 1]?.[weight.i]?.[weight.j]) return;
    edit(next, !d.moved); // the first move of a drag is recorded for undo, the rest fold into it
    d.moved = true;
    setText(null);
    setError(null);
  };
  const onSliderKey = (event: KeyboardEvent<HTMLDivElement>) => {
    const sign =
      event.key === 'ArrowRight' || event.key === 'ArrowUp'
        ? 1
        : event.key === 'ArrowLeft' || event.key === 'ArrowDown'
          ? -1
          : 0;
    if (sign !== 0) {
      event.preventDefault();
      edit(scrubbed(value, sign, event.shiftKey));
    } else if (event.key === 'Escape') close();
  };
  const errorId = 'weight-popover-error';
  return (
    <div
      className="weight-popover"
      role="dialog"
      aria-label={`Edit weight ${symbol}`}
      ref={box}
      style={{ width: WIDTH }}
    >
      <div className="weight-popover-head">
        <label htmlFor="weight-popover-input">{symbol} =</label>
        <input
          ref={input}
          id="weight-popover-input"
          type="text"
          inputMode="decimal"
          spellCheck={false}
          value={text ?? String(value)}
          aria-invalid={error !== null}
          aria-describedby={error !== null ? errorId : 'weight-popover-hint'}
          onChange={(e) => {
            setText(e.target.value);
            setError(null);
          }}
          onKeyDown={onKeyDown}
        />
        <button type="button" className="icon" aria-label="Close" onClick={close}>
          ×
        </button>
      </div>
      {error !== null && (
        <p id={errorId} className="field-error" role="alert">
          {error}
        </p>
      )}
      <div
        className="scrubber-handle"
        role="slider"
        tabIndex={0}
        aria-label={`Scrub ${symbol}`}
        aria-valuenow={value}
        aria-valuetext={String(value)}
        onPointerDown={onPointerDown}
        onPointerMove={onPointerMove}
        onPointerUp={() => (drag.current = null)}
        onPointerCancel={() => (drag.current = null)}
        onKeyDown={onSliderKey}
      >
        <span aria-hidden="true">◂</span> drag to scrub, Shift for fine <span aria-hidden="true">▸</span>
      </div>
      <p id="weight-popover-hint" className="hint">
        Enter sets it, Esc cancels. Dragging moves it {SCRUB_STEP} a pixel ({FINE_SCRUB_STEP} with Shift).
      </p>
    </div>
  );
}
