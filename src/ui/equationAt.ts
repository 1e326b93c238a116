import { stepEquation, type StepEquation } from '../engine/formula';
import type { NotationName } from '../engine/notation';
import type { Step, Trace } from '../engine/types';
import { useDeltascope } from './StoreContext';

const written = new WeakMap<Trace, Map<Step, Map<string, StepEquation>>>();

/**
 * A step's equation in a notation and digits, remembered per trace and step: each panel's slots (useStepSlots.ts)
 * ask for the current step's and its neighbours', again at every step. Keyed by the trace, not the step alone:
 * every trace of one structure shares its frozen step list (engine/trace.ts), so an edited weight, another input
 * or another preset of the same activations kept showing the first trace's numbers.
 */
export function equationAt(trace: Trace, step: Step, notation: NotationName, digits: number): StepEquation {
  let bySteps = written.get(trace);
  if (!bySteps) written.set(trace, (bySteps = new Map()));
  let byView = bySteps.get(step);
  if (!byView) bySteps.set(step, (byView = new Map()));
  const key = `${notation}|${digits}`;
  let equation = byView.get(key);
  if (!equation) byView.set(key, (equation = stepEquation(trace, step, notation, digits)));
  return equation;
}

/** The equation of step `index` in the store's notation and digits, or null before the first step. */
export function useEquationAt(index: number): StepEquation | null {
  const trace = useDeltascope((s) => s.trace);
  const notation = useDeltascope((s) => s.notation);
  const digits = useDeltascope((s) => s.digits);
  const step = trace.steps[index];
  return step === undefined ? null : equationAt(trace, step, notation, digits);
}
