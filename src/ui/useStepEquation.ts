import { useMemo } from 'react';
import { stepEquation, type StepEquation } from '../engine/formula';
import { selectStep } from '../store/selectors';
import { useDeltascope } from './StoreContext';

/** The current step's equation (symbolic and substituted) in the chosen notation and digits; null at the start. */
export function useStepEquation(): StepEquation | null {
  const trace = useDeltascope((s) => s.trace);
  const step = useDeltascope(selectStep);
  const notation = useDeltascope((s) => s.notation);
  const digits = useDeltascope((s) => s.digits);
  return useMemo(
    () => (step === undefined ? null : stepEquation(trace, step, notation, digits)),
    [trace, step, notation, digits],
  );
}
