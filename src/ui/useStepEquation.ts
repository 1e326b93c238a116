import { useMemo } from 'react';
import { stepEquation, type StepEquation } from '../engine/formula';
import type { NotationName } from '../engine/notation';
import type { Step, Trace } from '../engine/types';
import { selectStep } from '../store/selectors';
import { useDeltascope } from './StoreContext';

const written = new WeakMap<Step, Map<string, StepEquation>>();

/**
 * A step's equation in a notation and digits, remembered per step (a step belongs to one trace): the panels and
 * the idle-time typesetting of the neighbouring steps (usePretypeset.ts) ask for the same ones.
 */
export function equationAt(trace: Trace, step: Step, notation: NotationName, digits: number): StepEquation {
  let byView = written.get(step);
  if (!byView) written.set(step, (byView = new Map()));
  const key = `${notation}|${digits}`;
  let equation = byView.get(key);
  if (!equation) byView.set(key, (equation = stepEquation(trace, step, notation, digits)));
  return equation;
}

/** The current step's equation (symbolic and substituted) in the chosen notation and digits; null at the start. */
export function useStepEquation(): StepEquation | null {
  const trace = useDeltascope((s) => s.trace);
  const step = useDeltascope(selectStep);
  const notation = useDeltascope((s) => s.notation);
  const digits = useDeltascope((s) => s.digits);
  return useMemo(
    () => (step === undefined ? null : equationAt(trace, step, notation, digits)),
    [trace, step, notation, digits],
  );
}
