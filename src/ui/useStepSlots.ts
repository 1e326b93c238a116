import { useEffect, useLayoutEffect, useMemo, useState, type RefObject } from 'react';
import { neighbourSteps } from '../store/selectors';
import { setAttribute, setClass } from '../graph/writeIfChanged';
import { useDeltascope, useStoreApi } from './StoreContext';
import { showSlot } from './showSlot';
import { whenIdle } from './whenIdle';

/** The steps a panel keeps drawn: the current one, and the settled cursor's neighbours (−1 is the start). */
export function slotSteps(cursor: number, settled: number, stepCount: number): number[] {
  const wanted = new Set([settled, cursor, ...neighbourSteps(settled, stepCount)]);
  return [...wanted].filter((k) => k >= -1 && k < stepCount).sort((a, b) => a - b);
}

/**
 * A slot's element attributes: its classes, its step, and the name tests find it by when shown. Whether it is the
 * shown one (class `current`, aria-hidden, data-testid) is not rendered: useShownSlot writes it.
 */
export function slotAttributes(index: number, className: string, testId?: string) {
  return { className: `${className} step-slot`, 'data-step': index, 'data-test-name': testId } as const;
}

/**
 * Marks the slot of step `cursor` among `container`'s children as the shown one and the others as hidden: class
 * `current`, hidden from assistive technology and tests unless shown, and what showSlot switches inside.
 */
export function markShownSlot(container: Element, cursor: number): void {
  for (const slot of container.children) {
    if (!(slot instanceof HTMLElement) || slot.dataset.step === undefined) continue;
    const shown = Number(slot.dataset.step) === cursor;
    setAttribute(slot, 'aria-hidden', shown ? null : 'true');
    setAttribute(slot, 'data-testid', shown ? slot.getAttribute('data-test-name') : null);
    if (slot.classList.contains('current') === shown) continue;
    // Inside, only a slot shown or hidden now: a slot just made has been hidden inside by its own making.
    setClass(slot, 'current', shown);
    showSlot(slot, shown);
  }
}

/**
 * Issue 6's step latency: laying out a panel's new content (an equation of matrices, a layer's matrices) is most
 * of a step's work. A panel that draws one slot per step of `slotSteps`, stacked in one place and all but the
 * current one hidden, has the next and the previous step laid out before the reader asks for them: a step then
 * shows one slot and hides another. The slots for the new neighbours are made once the step is painted and the
 * page is idle, not while the reader waits. The panel renders again only when the set of slots changes (a jump,
 * or the page settling on a step): which slot is shown is written by useShownSlot, since rendering three slots
 * again for a class was half a step's script.
 */
export function useStepSlots(): number[] {
  const store = useStoreApi();
  const stepCount = useDeltascope((s) => s.trace.steps.length);
  const [settled, setSettled] = useState(() => store.getState().cursor);
  // Catches up with the cursor only when the page is idle after it moved.
  useEffect(() => {
    let cancel = whenIdle(() => setSettled(store.getState().cursor));
    const unsubscribe = store.subscribe((s, previous) => {
      if (s.cursor === previous.cursor) return;
      cancel();
      cancel = whenIdle(() => setSettled(s.cursor));
    });
    return () => {
      cancel();
      unsubscribe();
    };
  }, [store]);
  // A string, so that a step within the slots already made renders nothing.
  const key = useDeltascope((s) => slotSteps(s.cursor, settled, stepCount).join(' '));
  return useMemo(() => key.split(' ').map(Number), [key]);
}

/**
 * Keeps the slot of the current step shown among the slots in `container` (markShownSlot): at once when the
 * cursor moves (a store subscription, no render), and after every render of the panel, which may have made the
 * current step's slot or given a slot new content.
 */
export function useShownSlot(container: RefObject<HTMLElement | null>): void {
  const store = useStoreApi();
  useLayoutEffect(() => {
    if (container.current) markShownSlot(container.current, store.getState().cursor);
  });
  useEffect(
    () =>
      store.subscribe((s, previous) => {
        if (s.cursor !== previous.cursor && container.current) markShownSlot(container.current, s.cursor);
      }),
    [store, container],
  );
}
