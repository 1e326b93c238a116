/**
 * Undo/redo of edits as two bounded stacks of earlier and later values (the network files the user made). Pure:
 * each function returns a new history, so the store can keep it as immutable state.
 */
export interface History<T> {
  /** Earlier values, oldest first; the last one is what undo brings back. */
  readonly past: readonly T[];
  /** Values undone, nearest first; the first one is what redo brings back. */
  readonly future: readonly T[];
}

/** How many edits undo can go back; older ones are forgotten first. */
export const HISTORY_LIMIT = 200;

export const EMPTY_HISTORY: History<never> = { past: [], future: [] };

/** After an edit: `previous` (the value before it) becomes undoable, and what was undone can no longer be redone. */
export function record<T>(history: History<T>, previous: T, limit = HISTORY_LIMIT): History<T> {
  const past = [...history.past, previous];
  return { past: past.length > limit ? past.slice(past.length - limit) : past, future: [] };
}

/** The value before `current` and the history after stepping back, or null when there is nothing to undo. */
export function undo<T>(history: History<T>, current: T): { value: T; history: History<T> } | null {
  const value = history.past.at(-1);
  if (value === undefined) return null;
  return { value, history: { past: history.past.slice(0, -1), future: [current, ...history.future] } };
}

/** The value undone last and the history after stepping forward again, or null when there is nothing to redo. */
export function redo<T>(history: History<T>, current: T): { value: T; history: History<T> } | null {
  const value = history.future[0];
  if (value === undefined) return null;
  return { value, history: { past: [...history.past, current], future: history.future.slice(1) } };
}
