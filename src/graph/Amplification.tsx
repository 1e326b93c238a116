import type { ReactNode } from 'react';
import { amplificationView } from '../engine/amplificationView';
import { formatNumber } from '../engine/format';
import { layerNumber, symbolFor } from '../engine/notation';
import { quantityKey } from '../store/reveal';
import { selectRevealed } from '../store/selectors';
import { useDeltascope, useStoreApi } from '../ui/StoreContext';
import { parseElementId } from './explain';

/**
 * The engine's plain text with its subscripts set as such: φ′_L(u_L,o) → φ′<sub>L</sub>(u<sub>L,o</sub>). Unicode
 * has no subscript L, and a literal underscore read as part of the formula.
 */
function withSubscripts(text: string): ReactNode[] {
  return text
    .split(/_([A-Za-z](?:,[A-Za-z])?)/)
    .map((part, k) => (k % 2 === 1 ? <sub key={k}>{part}</sub> : part));
}

/** Theorem 5 lines shown at once at most (a tall layer lists its first neurons). */
const MAX_LINES = 3;

/** "α for output o": turns Cheng's amplification view on for one output neuron, or off. */
export function AmplificationControl() {
  const store = useStoreApi();
  const outputs = useDeltascope((s) => s.trace.network.layers.at(-1) ?? 0);
  const output = useDeltascope((s) => s.amplificationOutput);
  return (
    <label className="amplification-control">
      α for output{' '}
      <select
        value={output === null ? 'off' : String(output)}
        onChange={(event) => {
          const v = event.target.value;
          store.getState().setAmplificationOutput(v === 'off' ? null : Number(v));
        }}
      >
        <option value="off">off</option>
        {Array.from({ length: outputs }, (_, o) => (
          <option key={o} value={o}>
            {o + 1}
          </option>
        ))}
      </select>
    </label>
  );
}

/**
 * Cheng's Theorem 5 with the numbers, under the graph: δ_{l,i} = Σ_o ε_o φ'_L(u_{L,o}) α_{l,i→L,o} for the
 * hovered or focused neuron (else the current step's layer), beside the δdown the two-step rule found.
 */
export function AmplificationLine({ focusId }: { focusId: string | null }) {
  const trace = useDeltascope((s) => s.trace);
  const output = useDeltascope((s) => s.amplificationOutput);
  const notation = useDeltascope((s) => s.notation);
  const digits = useDeltascope((s) => s.digits);
  const stepLayer = useDeltascope((s) => s.trace.steps[s.cursor]?.layer ?? null);
  const revealed = useDeltascope(selectRevealed);
  if (output === null) return null;
  const view = amplificationView(trace, output, notation, digits);
  const L = trace.layers.length - 1;
  const focus = focusId ? parseElementId(focusId) : null;
  const neurons =
    focus?.kind === 'neuron' && focus.layer > 0
      ? [view.layers[focus.layer]![focus.i]!]
      : view.layers[Math.max(1, Math.min(L, stepLayer ?? L))]!.slice(0, MAX_LINES);
  return (
    <div
      className="amplification-line"
      aria-live="polite"
      data-testid="amplification-line"
      // it scrolls past three lines (graph.css): reachable from the keyboard
      tabIndex={0}
      role="region"
      aria-label="Cheng, Theorem 5"
    >
      <span className="amplification-title">Cheng, Theorem 5:</span>
      {neurons.map((n) =>
        // No spoilers: δ_{l,i} is shown once the stepper has computed δdown of its layer.
        !revealed.has(quantityKey('deltaDown', n.layer)) ? (
          <div key={`${n.layer}:${n.neuron}`} className="pending">
            {symbolFor(notation, 'deltaDown', { layer: n.layer, i: n.neuron }).text} = Σₒ εₒ{' '}
            {withSubscripts('φ′_L')} α: not computed yet — step on to the backward pass of layer{' '}
            {layerNumber(notation, n.layer)}.
          </div>
        ) : (
          <div key={`${n.layer}:${n.neuron}`}>
            {withSubscripts(n.text)}
            <span className="check">
              {' '}
              — the two-step rule’s {
                symbolFor(notation, 'deltaDown', { layer: n.layer, i: n.neuron }).text
              } = {formatNumber(n.deltaDown, digits)}
              {Math.abs(n.sum - n.deltaDown) <= 1e-12 * Math.max(1, Math.abs(n.deltaDown)) ? ' ✓' : ''}
            </span>
          </div>
        ),
      )}
    </div>
  );
}
