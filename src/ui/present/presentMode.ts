import { useEffect } from 'react';
import type { StoreApi } from 'zustand/vanilla';
import { THEMES, type DeltascopeStore, type Theme } from '../../store/store';

/**
 * Enters presentation mode. Full screen is asked for only here, from a key press or a click: browsers refuse
 * requestFullscreen without a user gesture, so a `?mode=present` link opens the layout without it.
 */
export function enterPresent(store: StoreApi<DeltascopeStore>): void {
  store.getState().setMode('present');
  const root = document.documentElement;
  if (document.fullscreenElement === null && typeof root.requestFullscreen === 'function')
    root.requestFullscreen().catch(() => undefined); // refused (iframe, headless): the layout still applies
}

export function leavePresent(store: StoreApi<DeltascopeStore>): void {
  store.getState().setMode('normal');
  if (document.fullscreenElement) document.exitFullscreen().catch(() => undefined);
}

export function togglePresent(store: StoreApi<DeltascopeStore>): void {
  if (store.getState().mode === 'present') leavePresent(store);
  else enterPresent(store);
}

/** light → dark → high contrast → light. */
export function cycleTheme(store: StoreApi<DeltascopeStore>): void {
  const { theme, setTheme } = store.getState();
  setTheme(nextTheme(theme));
}

/** The theme `t` (or the bar's button) switches to from `theme`. */
export function nextTheme(theme: Theme): Theme {
  return THEMES[(THEMES.indexOf(theme) + 1) % THEMES.length] ?? 'light';
}

/** Esc in full screen is taken by the browser (it never reaches the page): leaving full screen leaves the mode. */
export function useLeaveWithFullscreen(store: StoreApi<DeltascopeStore>): void {
  useEffect(() => {
    const onChange = () => {
      if (document.fullscreenElement === null && store.getState().mode === 'present')
        store.getState().setMode('normal');
    };
    document.addEventListener('fullscreenchange', onChange);
    return () => document.removeEventListener('fullscreenchange', onChange);
  }, [store]);
}
