import { useMemo } from 'react';
import { narrate } from '../../engine/narration';
import { selectStep } from '../../store/selectors';
import type { DeltascopeState } from '../../store/store';
import { useDeltascope } from '../StoreContext';

/** What the start (before any step) says. */
export const START_NARRATION = 'Nothing computed yet: press → to start the forward pass at layer 1.';

/** The one-line narration of the current step, in the chosen notation. */
export function useNarration(): string {
  const trace = useDeltascope((s: DeltascopeState) => s.trace);
  const step = useDeltascope(selectStep);
  const notation = useDeltascope((s: DeltascopeState) => s.notation);
  return useMemo(
    () => (step === undefined ? START_NARRATION : narrate(trace, step, notation)),
    [trace, step, notation],
  );
}

/** The narration shown large under the equation. */
export function Narration() {
  const narration = useNarration();
  return (
    <p className="narration" data-testid="narration">
      {narration}
    </p>
  );
}
