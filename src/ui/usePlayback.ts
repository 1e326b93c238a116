import { useEffect } from 'react';
import { useStore } from 'zustand';
import type { StoreApi } from 'zustand/vanilla';
import type { DeltascopeStore } from '../store/store';

/** While playing, calls next() every 1/speed seconds; next() stops playback at the last step. */
export function usePlayback(store: StoreApi<DeltascopeStore>) {
  const playing = useStore(store, (s) => s.playing);
  const speed = useStore(store, (s) => s.speed);
  useEffect(() => {
    if (!playing) return;
    const timer = window.setInterval(() => store.getState().next(), 1000 / speed);
    return () => window.clearInterval(timer);
  }, [store, playing, speed]);
}
