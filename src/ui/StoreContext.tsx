import { createContext, useContext } from 'react';
import type { StoreApi } from 'zustand/vanilla';
import { useStore } from 'zustand';
import type { DeltascopeStore } from '../store/store';

/** The app's store, provided once by main.tsx (tests provide a fresh one). */
export const StoreContext = createContext<StoreApi<DeltascopeStore> | null>(null);

/** The store itself, for actions and imperative reads. */
export function useStoreApi(): StoreApi<DeltascopeStore> {
  const store = useContext(StoreContext);
  if (store === null) throw new Error('useStoreApi: no StoreContext provider above this component');
  return store;
}

/** Subscribes to one slice of the store; re-renders only when that slice changes. */
export function useDeltascope<T>(selector: (state: DeltascopeStore) => T): T {
  return useStore(useStoreApi(), selector);
}
