import { useEffect, useLayoutEffect, useRef } from 'react';
import type { StoreApi } from 'zustand/vanilla';
import type { Network } from '../engine/types';
import type { DeltascopeState, DeltascopeStore } from '../store/store';

/** What a drawing of one step depends on besides the step (the trace only through the layout's redraw). */
export const viewKeys = (s: DeltascopeState) =>
  [s.trace, s.notation, s.digits, s.amplificationOutput, s.selectedWeight, s.theme] as const;
/** The slices of the store a repaint depends on: the view and the step. */
const paintKeys = (s: DeltascopeState) => [...viewKeys(s), s.cursor] as const;

/**
 * Calls `paint` when the step or the view changes, from a store subscription: stepping renders nothing in React
 * (issue 6). `moved` is true when the step changed. `paint` is the latest render's: re-subscribed by a passive
 * effect, the subscription would, for a key press between a new layout's commit and that effect, paint the old
 * layout and start its pulses off the new one's edges.
 */
export function usePaintOnChange(
  store: StoreApi<DeltascopeStore>,
  network: Network,
  paint: (moved: boolean) => void,
): void {
  const latestPaint = useRef(paint);
  const paintedNetwork = useRef(network);
  useLayoutEffect(() => {
    latestPaint.current = paint;
    paintedNetwork.current = network;
  });
  useEffect(() => {
    let last = paintKeys(store.getState());
    return store.subscribe((s) => {
      const next = paintKeys(s);
      if (next.every((v, k) => v === last[k])) return;
      const moved = next[next.length - 1] !== last[last.length - 1];
      last = next;
      // Another shape of network (a preset, a layer added): its layout comes with the render this change asks
      // for, whose layout effect paints it. Painted here, its trace met the old layout's columns and threw,
      // which left every later listener of the store unnotified (the panels on the old network's last step).
      if (!sameShape(s.trace.network, paintedNetwork.current)) return;
      latestPaint.current(moved);
    });
  }, [store]);
}

/** Whether two networks have the same layers and bias layout: a layout made for one draws the other. */
function sameShape(a: Network, b: Network): boolean {
  return (
    a.bias === b.bias && a.layers.length === b.layers.length && a.layers.every((n, h) => n === b.layers[h])
  );
}
