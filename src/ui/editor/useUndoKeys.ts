import { useEffect } from 'react';
import type { StoreApi } from 'zustand/vanilla';
import type { DeltascopeStore } from '../../store/store';

/** True when the key press belongs to a text field, whose own Ctrl+Z undoes typing. */
function inField(target: EventTarget | null): boolean {
  if (!(target instanceof HTMLElement)) return false;
  return target.isContentEditable || ['INPUT', 'SELECT', 'TEXTAREA'].includes(target.tagName);
}

/** Ctrl+Z undoes an edit of the network; Ctrl+Shift+Z and Ctrl+Y redo it (⌘ on a Mac). */
export function useUndoKeys(store: StoreApi<DeltascopeStore>) {
  useEffect(() => {
    const onKey = (event: KeyboardEvent) => {
      if (!(event.ctrlKey || event.metaKey) || event.altKey || inField(event.target)) return;
      const key = event.key.toLowerCase();
      const action =
        key === 'z'
          ? event.shiftKey
            ? store.getState().redo
            : store.getState().undo
          : key === 'y'
            ? store.getState().redo
            : null;
      if (action === null) return;
      event.preventDefault();
      action();
    };
    window.addEventListener('keydown', onKey);
    return () => window.removeEventListener('keydown', onKey);
  }, [store]);
}
