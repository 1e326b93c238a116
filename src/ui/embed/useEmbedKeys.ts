import { useEffect } from 'react';
import type { StoreApi } from 'zustand/vanilla';
import type { DeltascopeStore } from '../../store/store';

/**
 * The stepping keys only (← → PageUp PageDown Space Home End) while the embed has focus. Not the app's
 * useKeyboard: its `p` (presentation, full screen), `t` (theme) and `?` belong to the app, not a course page.
 */
export function useEmbedKeys(store: StoreApi<DeltascopeStore>): void {
  useEffect(() => {
    const onKey = (event: KeyboardEvent) => {
      if (event.ctrlKey || event.metaKey || event.altKey) return;
      const target = event.target;
      // The scrubber and any field handle their own keys.
      if (
        target instanceof HTMLElement &&
        (target.isContentEditable || /^(INPUT|SELECT|TEXTAREA)$/.test(target.tagName))
      )
        return;
      const s = store.getState();
      const action = (
        {
          ArrowRight: s.next,
          PageDown: s.next,
          ArrowLeft: s.previous,
          PageUp: s.previous,
          Home: s.first,
          End: s.last,
          ' ': s.togglePlay,
        } as Record<string, (() => void) | undefined>
      )[event.key];
      if (action === undefined) return;
      event.preventDefault(); // Space on a focused button would click it as well.
      action();
    };
    window.addEventListener('keydown', onKey);
    return () => window.removeEventListener('keydown', onKey);
  }, [store]);
}
