import { layerNumber, symbolFor, type NotationName } from '../engine/notation';
import type { Phase, Step, Trace } from '../engine/types';
import { revealedAt } from './reveal';
import type { DeltascopeState } from './store';

/** The step at the cursor, or undefined before the first step. */
/**
 * The steps beside `cursor` (−1 is the start), the next first: what the panels and the graph's canvas prepare
 * while the page is idle, so the step the reader takes next is already drawn (issue 6).
 */
export function neighbourSteps(cursor: number, stepCount: number): number[] {
  return [cursor + 1, cursor - 1].filter((k) => k >= -1 && k < stepCount);
}

export const selectStep = (state: DeltascopeState): Step | undefined => state.trace.steps[state.cursor];

/** The phase of the current step, or null before the first step. */
export const selectPhase = (state: DeltascopeState): Phase | null => selectStep(state)?.phase ?? null;

/** The architecture as text, e.g. `A[2,2,2]`. */
export const selectArchitecture = (state: DeltascopeState): string => architectureText(state.trace);

export function architectureText(trace: Trace): string {
  return `A[${trace.network.layers.join(',')}]`;
}

const KIND_WORDS: Record<Step['kind'], string> = {
  preActivation: 'weighted sum',
  activation: 'activation',
  loss: 'loss',
  outputError: 'output error',
  deltaDown: 'δdown',
  gradW: 'gradient',
  deltaUp: 'δup',
  update: 'update',
};

/** A step named in words: "backward · layer 2 · δdown₂" in the chosen notation. */
export function stepName(step: Step | undefined, notation: NotationName): string {
  if (step === undefined) return 'start · nothing computed yet';
  const symbol = symbolFor(notation, step.writes.quantity, { layer: step.writes.layer }).text;
  const parts: string[] = [step.phase];
  if (step.kind !== 'loss') parts.push(`layer ${layerNumber(notation, step.layer)}`);
  const words = KIND_WORDS[step.kind];
  // δdown₂ already says "δdown"; δ⁽²⁾ does not.
  parts.push(symbol.startsWith(words) || words === step.phase ? symbol : `${words} ${symbol}`);
  return parts.join(' · ');
}

/** The current step named in words in the chosen notation. */
export const selectStepName = (state: DeltascopeState): string => stepName(selectStep(state), state.notation);

let lastRevealed: { trace: Trace; cursor: number; set: ReadonlySet<string> } | undefined;

/** What has been computed once the current step is done (memoised on trace and cursor). */
export const selectRevealed = (state: DeltascopeState): ReadonlySet<string> => {
  if (lastRevealed?.trace !== state.trace || lastRevealed.cursor !== state.cursor) {
    const set = revealedAt(state.trace.steps, state.cursor, state.trace.layers.length);
    lastRevealed = { trace: state.trace, cursor: state.cursor, set };
  }
  return lastRevealed.set;
};
