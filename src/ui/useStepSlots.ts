import { useEffect, useState } from 'react';
import { neighbourSteps } from '../store/selectors';
import { useDeltascope } from './StoreContext';
import { whenIdle } from './whenIdle';

/** The steps a panel keeps drawn: the current one, and the settled cursor's neighbours (−1 is the start). */
export function slotSteps(cursor: number, settled: number, stepCount: number): number[] {
  const wanted = new Set([settled, cursor, ...neighbourSteps(settled, stepCount)]);
  return [...wanted].filter((k) => k >= -1 && k < stepCount).sort((a, b) => a - b);
}

/** A slot's element attributes: its classes, hidden from assistive technology and tests unless current. */
export function slotAttributes(current: boolean, className: string, testId?: string) {
  return {
    className: current ? `${className} step-slot current` : `${className} step-slot`,
    'aria-hidden': current ? undefined : true,
    'data-testid': current ? testId : undefined,
  } as const;
}

/** `value`, caught up with only when the page is idle after it changed. */
function useSettled<T>(value: T): T {
  const [settled, setSettled] = useState(value);
  useEffect(() => whenIdle(() => setSettled(value)), [value]);
  return settled;
}

/**
 * Issue 6's step latency: laying out a panel's new content (an equation of matrices, a layer's matrices) is most
 * of a step's work. A panel that draws one slot per step of `slotSteps`, stacked in one place and all but the
 * current one hidden, has the next and the previous step laid out before the reader asks for them: a step then
 * shows one slot and hides another. The slots for the new neighbours are made once the step is painted and the
 * page is idle, not while the reader waits.
 */
export function useStepSlots(): { index: number; current: boolean }[] {
  const cursor = useDeltascope((s) => s.cursor);
  const stepCount = useDeltascope((s) => s.trace.steps.length);
  const settled = useSettled(cursor);
  return slotSteps(cursor, settled, stepCount).map((index) => ({ index, current: index === cursor }));
}
