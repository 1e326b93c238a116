import { useEffect } from 'react';
import type { StoreApi } from 'zustand/vanilla';
import type { DeltascopeStore } from '../store/store';
import { serializeUrl } from '../store/urlState';

/** Keeps the address bar on what is shown (history.replaceState), so a copied link reopens this view. */
export function useUrlSync(store: StoreApi<DeltascopeStore>) {
  useEffect(() => {
    let last = '';
    const write = (state: DeltascopeStore) => {
      const search = serializeUrl(state);
      if (search === last) return;
      last = search;
      window.history.replaceState(null, '', `${window.location.pathname}${search}${window.location.hash}`);
    };
    write(store.getState());
    return store.subscribe((state, previous) => {
      if (
        state.file !== previous.file ||
        state.cursor !== previous.cursor ||
        state.notation !== previous.notation ||
        state.digits !== previous.digits ||
        state.theme !== previous.theme ||
        state.mode !== previous.mode
      )
        write(state);
    });
  }, [store]);
}
