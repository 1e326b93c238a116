import { useEffect } from 'react';
import type { StoreApi } from 'zustand/vanilla';
import type { DeltascopeStore } from '../../store/store';
import { inField, stepKeys } from '../useKeyboard';

/**
 * The stepping keys only (← → PageUp PageDown Space Home End) while the embed has focus. Not the app's whole
 * useKeyboard: its `p` (presentation, full screen), `t` (theme) and `?` belong to the app, not a course page.
 */
export function useEmbedKeys(store: StoreApi<DeltascopeStore>): void {
  useEffect(() => {
    const onKey = (event: KeyboardEvent) => {
      if (event.ctrlKey || event.metaKey || event.altKey || inField(event.target)) return;
      const action = stepKeys(store.getState())[event.key];
      if (action === undefined) return;
      event.preventDefault(); // Space on a focused button would click it as well.
      action();
    };
    window.addEventListener('keydown', onKey);
    return () => window.removeEventListener('keydown', onKey);
  }, [store]);
}
